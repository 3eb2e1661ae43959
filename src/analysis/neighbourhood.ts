import type { Parsed } from './study-area';

export type RingCount = 1 | 2 | 3 | 4 | 5;

/**
 * Which cells count as a cell's neighbours: H3 rings (contiguity, k steps on the grid) or every cell whose centre lies
 * within a fixed distance of its centre; 'auto' picks the distance from incremental spatial autocorrelation.
 */
export type NeighbourhoodSpec =
  { kind: 'rings'; k: RingCount } | { kind: 'band'; metres: number } | { kind: 'band'; metres: 'auto' };

export const DEFAULT_NEIGHBOURHOOD: NeighbourhoodSpec = { kind: 'rings', k: 1 };

/** Bands beyond this link so many cells that the statistics would take minutes at a fine resolution. */
export const MAX_BAND_METRES = 5000;

const metresText = (metres: number) => `${Math.round(metres).toLocaleString('en-GB')} m`;

/**
 * What the legend and the CLI call it. For an automatic band already chosen, pass `chosenMetres` to say the distance.
 */
export function neighbourhoodLabel(spec: NeighbourhoodSpec, chosenMetres?: number): string {
  if (spec.kind === 'rings') return spec.k === 1 ? 'adjacent hexes (1 ring)' : `hexes within ${spec.k} rings`;
  if (spec.metres !== 'auto') return `hexes within ${metresText(spec.metres)}`;
  return chosenMetres === undefined
    ? 'a distance band chosen from the data'
    : `hexes within ${metresText(chosenMetres)} (chosen from the data)`;
}

/** The URL's short form: `rings:2`, `band:400`, `band:auto` (the CLI says `--rings 2`, `--band-m 400|auto`). */
export function formatNeighbourhood(spec: NeighbourhoodSpec): string {
  return spec.kind === 'rings' ? `rings:${spec.k}` : `band:${spec.metres}`;
}

const ACCEPTED = 'rings:1 to rings:5, band:<metres> (e.g. band:400) or band:auto';

/** A ring count as text: a whole number 1–5. */
export function parseRings(text: string): Parsed<NeighbourhoodSpec> {
  const k = Number(text.trim());
  if (text.trim() !== '' && Number.isInteger(k) && k >= 1 && k <= 5)
    return { ok: true, value: { kind: 'rings', k: k as RingCount } };
  return { ok: false, error: `The number of rings must be a whole number from 1 to 5 (got "${text}").` };
}

/** A band as text: a distance in metres or `auto`. */
export function parseBandMetres(text: string): Parsed<NeighbourhoodSpec> {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'auto') return { ok: true, value: { kind: 'band', metres: 'auto' } };
  const metres = Number(trimmed.replace(/m$/, ''));
  if (trimmed !== '' && Number.isFinite(metres) && metres > 0 && metres <= MAX_BAND_METRES)
    return { ok: true, value: { kind: 'band', metres } };
  return {
    ok: false,
    error: `A distance band must be "auto" or a distance in metres above 0 and up to ${MAX_BAND_METRES.toLocaleString('en-GB')} (got "${text}").`,
  };
}

/** The URL's text back to a spec; the error sentence says what is accepted. */
export function parseNeighbourhood(text: string): Parsed<NeighbourhoodSpec> {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  const kind = (colon >= 0 ? trimmed.slice(0, colon) : trimmed).toLowerCase();
  const rest = colon >= 0 ? trimmed.slice(colon + 1) : '';
  if (kind === 'rings') return parseRings(rest);
  if (kind === 'band') return parseBandMetres(rest);
  return { ok: false, error: `Unknown neighbourhood "${trimmed}": use ${ACCEPTED}.` };
}
