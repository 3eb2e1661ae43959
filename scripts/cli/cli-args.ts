// What the grip commands share in reading their command lines.
import { existsSync, readFileSync } from 'node:fs';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `--name value` → value; '' when the flag ends the line; null when the flag is absent. */
export const flagValue = (args: string[], name: string): string | null => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '') : null;
};

/** The sentence for a --from or --to that is not a month as YYYY-MM, or null when both are (or are absent). */
export function monthFlagsProblem(from: string | null, to: string | null): string | null {
  for (const [flag, m] of [
    ['--from', from],
    ['--to', to],
  ] as const)
    if (m !== null && !MONTH.test(m)) return `${flag} must be a month as YYYY-MM (got "${m}").`;
  return null;
}

/** The hotspot file's text, or null after saying on stderr that there is no such file (the command exits 2). */
export function readHotspotFile(path: string): string | null {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  console.error(`No such hotspot file: ${path}.`);
  return null;
}
