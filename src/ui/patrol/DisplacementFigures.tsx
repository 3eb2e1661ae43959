import type { DisplacementResult } from '../../analysis/patrol/displacement';

type Months = { fromMonth: string; toMonth: string };

interface DisplacementFiguresProps {
  d: (DisplacementResult & { before: Months; after: Months }) | null;
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** What the WDQ says, read only when crime fell in the hotspots against the control (Bowers & Johnson 2003). */
function wdqWords(d: DisplacementResult): string {
  const c = d.counts;
  const success = c.hotspotAfter / c.controlAfter - c.hotspotBefore / c.controlBefore;
  if (!(success < 0)) return 'crime did not fall in the hotspots against the control ring, so the WDQ is not read';
  if (!Number.isFinite(d.wdq)) return 'no WDQ (a count of 0)';
  if (d.wdq > 0) return `WDQ ${fixed(d.wdq)}: the ring improved too (diffusion of benefit)`;
  if (d.wdq < 0) return `WDQ ${fixed(d.wdq)}: some crime moved into the ring (displacement)`;
  return 'WDQ 0: the ring did not change against the control';
}

/**
 * Displacement and diffusion round the set: crimes in the hotspots, in the ring round them and in the control ring
 * beyond, the schedule's months against as many months before; the WDQ in words and the WDD with its standard error
 * (Wheeler & Ratcliffe 2018); and the set's PAI.
 */
export function DisplacementFigures({ d }: DisplacementFiguresProps) {
  if (!d)
    return <p className="hint">Displacement: the months before the schedule are not loaded, so it is not measured.</p>;
  const c = d.counts;
  const w = d.wdd;
  return (
    <div data-testid="displacement">
      <h4>Displacement and diffusion ({d.bufferMetres} m ring)</h4>
      <p>
        {d.before.fromMonth} to {d.before.toMonth} against {d.after.fromMonth} to {d.after.toMonth}: hotspots{' '}
        {c.hotspotBefore} → {c.hotspotAfter} crimes, the ring {c.bufferBefore} → {c.bufferAfter}, the control ring (400
        m to 1 km out) {c.controlBefore} → {c.controlAfter}. {wdqWords(d)}. WDD {fixed(w.estimate, 0)} crimes (standard
        error {fixed(w.standardError, 1)}, 95% CI {fixed(w.lower95, 0)} to {fixed(w.upper95, 0)}; negative means crimes
        prevented, net of the control ring&apos;s trend). The set&apos;s PAI after: {fixed(d.pai, 1)}.
      </p>
    </div>
  );
}
