// public/basemap/gazetteer.json: the shipped search index, one short array per entry so 17,000 names stay near 1 MB.
// The build script writes it with `encodeGazetteerFile`; the app reads it back with `gazetteerFromJson`.
import {
  checkBasemapHeader,
  checkEveryRow,
  isFiniteNumber as isNumber,
  round5,
  type BasemapFileKind,
} from './basemap-file';
import { GAZETTEER_KINDS, type GazetteerEntry, type GazetteerKind } from './gazetteer';

export const GAZETTEER_FILE_FORMAT = 'grip-gazetteer';
export const GAZETTEER_FILE_VERSION = 1;
const KIND: BasemapFileKind = {
  file: 'public/basemap/gazetteer.json',
  rebuild: 'npm run basemap:gazetteer',
  format: GAZETTEER_FILE_FORMAT,
  version: GAZETTEER_FILE_VERSION,
};

/**
 * [name, kind index, lng, lat, context index or -1, rank] then, when it has a bbox, how far it reaches west, south,
 * east and north of [lng, lat] in units of 0.00001° (whole numbers ≥ 0): a third of the bytes of four coordinates.
 */
export type GazetteerRow =
  | [string, number, number, number, number, number]
  | [string, number, number, number, number, number, number, number, number, number];

export interface GazetteerFile {
  format: typeof GAZETTEER_FILE_FORMAT;
  version: typeof GAZETTEER_FILE_VERSION;
  attribution: string[];
  /** What each row holds, for a reader of the file. */
  columns: string;
  kinds: GazetteerKind[];
  /** Shared context strings ("Oakham, Rutland"): a street's row holds an index into this list. */
  contexts: string[];
  entries: GazetteerRow[];
}

const BBOX_UNITS_PER_DEGREE = 1e5;
const toUnits = (degrees: number) => Math.max(0, Math.round(degrees * BBOX_UNITS_PER_DEGREE));

export function encodeGazetteerFile(entries: readonly GazetteerEntry[], attribution: string[]): GazetteerFile {
  const contexts = [...new Set(entries.flatMap((e) => (e.context ? [e.context] : [])))].sort();
  const contextIndex = new Map(contexts.map((c, i) => [c, i]));
  const kindIndex = new Map<GazetteerKind, number>(GAZETTEER_KINDS.map((k, i) => [k, i]));
  const rows = entries.map((e): GazetteerRow => {
    const [lng, lat] = [round5(e.lngLat[0]), round5(e.lngLat[1])];
    const head: [string, number, number, number, number, number] = [
      e.name,
      kindIndex.get(e.kind) ?? -1,
      lng,
      lat,
      e.context ? (contextIndex.get(e.context) ?? -1) : -1,
      Math.round(e.rank ?? 0),
    ];
    if (!e.bbox) return head;
    const [w, s, east, n] = e.bbox;
    return [...head, toUnits(lng - w), toUnits(lat - s), toUnits(east - lng), toUnits(n - lat)];
  });
  return {
    format: GAZETTEER_FILE_FORMAT,
    version: GAZETTEER_FILE_VERSION,
    attribution,
    columns:
      'name, kind (index into kinds), lng, lat, context (index into contexts, -1 none), rank' +
      '[, bbox reach west, south, east, north of lng/lat in 0.00001 degrees]',
    kinds: [...GAZETTEER_KINDS],
    contexts,
    entries: rows,
  };
}

function checkHeader(input: unknown): GazetteerFile {
  const { json, fail } = checkBasemapHeader(input, KIND, ['kinds', 'contexts', 'entries']);
  const unknownKind = (json.kinds as unknown[]).find((k) => !GAZETTEER_KINDS.includes(k as GazetteerKind));
  if (unknownKind !== undefined) throw fail(`kinds holds ${JSON.stringify(unknownKind)}, which is not a known kind`);
  if (!(json.contexts as unknown[]).every((c) => typeof c === 'string')) throw fail('contexts should all be strings');
  return json as unknown as GazetteerFile;
}

/** Why a row is unusable, or null when it is fine. */
function rowProblem(row: unknown, file: GazetteerFile): string | null {
  if (!Array.isArray(row) || (row.length !== 6 && row.length !== 10))
    return 'should be a list of 6 or 10 values (name, kind, lng, lat, context, rank[, bbox reaches])';
  const [name, kind, lng, lat, context, rank, ...bbox] = row as unknown[];
  if (typeof name !== 'string' || name.trim() === '') return 'name should be a non-empty string';
  if (!Number.isInteger(kind) || (kind as number) < 0 || (kind as number) >= file.kinds.length)
    return `kind should be an index into kinds (0–${file.kinds.length - 1})`;
  if (!isNumber(lng) || !isNumber(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90)
    return 'lng and lat should be numbers of degrees';
  if (!Number.isInteger(context) || (context as number) < -1 || (context as number) >= file.contexts.length)
    return 'context should be -1 or an index into contexts';
  if (!isNumber(rank)) return 'rank should be a number';
  if (bbox.length === 4 && !bbox.every((reach) => Number.isInteger(reach) && (reach as number) >= 0))
    return 'the bbox reaches should be four whole numbers ≥ 0 (0.00001° west, south, east and north of the point)';
  return null;
}

/** The entries of a parsed gazetteer.json, every row checked; throws a BasemapFileError naming the first bad one. */
export function gazetteerFromJson(json: unknown): GazetteerEntry[] {
  const file = checkHeader(json);
  checkEveryRow(file.entries, 'entries', KIND, (row) => rowProblem(row, file));
  return file.entries.map((row) => {
    const [name, kind, lng, lat, context, rank, w, s, e, n] = row;
    const entry: GazetteerEntry = { name, kind: file.kinds[kind], lngLat: [lng, lat] };
    if (context >= 0) entry.context = file.contexts[context];
    if (rank !== 0) entry.rank = rank;
    if (w !== undefined)
      entry.bbox = [lng - w / 1e5, lat - s! / 1e5, lng + e! / 1e5, lat + n! / 1e5].map(
        round5,
      ) as GazetteerEntry['bbox'];
    return entry;
  });
}
