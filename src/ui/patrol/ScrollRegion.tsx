import type { ReactNode } from 'react';

/**
 * A wide table's box that scrolls sideways in a narrow panel: a named region in the Tab order, so a keyboard can reach
 * it and scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <div className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
