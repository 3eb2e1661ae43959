import type { ForceArea } from '../force-area';
import { cellForPoint } from '../h3-index';
import { looksSwapped } from '../ingest/swapped-coordinates';

// police.uk rows share a few thousand snap points: each distinct coordinate text is parsed, checked and indexed once.

export const MISSING = 0;
export const LOCATED = 1;
export const NON_NUMERIC = 2;
export const SWAPPED = 3;

/** One distinct coordinate text: parsed, checked and H3-indexed once, however many rows share it. */
export interface Point {
  status: number;
  lat: number;
  lon: number;
  cell: bigint;
  inArea: boolean;
  text: string;
  rowsStored: number;
  location: string | null;
}

/** A point's status, coordinates and cell from its two coordinate texts (swapped ones put right). */
export function parsePoint(latText: string, lonText: string, area: ForceArea): Point {
  const point: Point = {
    status: MISSING,
    lat: Number.NaN,
    lon: Number.NaN,
    cell: 0n,
    inArea: false,
    text: `${latText}, ${lonText}`,
    rowsStored: 0,
    location: null,
  };
  const latBlank = latText.trim() === '';
  const lonBlank = lonText.trim() === '';
  const latIn = latBlank ? Number.NaN : Number(latText);
  const lonIn = lonBlank ? Number.NaN : Number(lonText);
  if ((!latBlank && Number.isNaN(latIn)) || (!lonBlank && Number.isNaN(lonIn))) point.status = NON_NUMERIC;
  else if (latBlank || lonBlank) point.status = MISSING;
  else if (looksSwapped(latIn, lonIn)) Object.assign(point, { status: SWAPPED, lat: lonIn, lon: latIn });
  else Object.assign(point, { status: LOCATED, lat: latIn, lon: lonIn });
  if (point.status === LOCATED || point.status === SWAPPED)
    Object.assign(point, cellForPoint(point.lat, point.lon, area));
  return point;
}

const encoder = new TextEncoder();

/** A text as a byte span, for a dictionary keyed on bytes. */
export function spanOf(text: string): [Uint8Array, number, number] {
  const bytes = encoder.encode(text);
  return [bytes, 0, bytes.length];
}
