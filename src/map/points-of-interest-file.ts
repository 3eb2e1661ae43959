// public/basemap/points-of-interest.json: the shipped risky-facility points, one short array each. The build script
// writes it with `encodePoiFile`; the app reads it back with `poisFromJson`.
import { checkBasemapHeader, checkEveryRow, isFiniteNumber, round5, type BasemapFileKind } from './basemap-file';
import { POI_GROUPS, type PoiGroup, type PointOfInterest } from './points-of-interest';

export const POI_FILE_FORMAT = 'grip-points-of-interest';
export const POI_FILE_VERSION = 1;
const KIND: BasemapFileKind = {
  file: 'public/basemap/points-of-interest.json',
  rebuild: 'npm run basemap:pois',
  format: POI_FILE_FORMAT,
  version: POI_FILE_VERSION,
};

/** [name, group index, subclass index, lng, lat]. */
export type PoiRow = [string, number, number, number, number];

export interface PoiFile {
  format: typeof POI_FILE_FORMAT;
  version: typeof POI_FILE_VERSION;
  attribution: string[];
  columns: string;
  groups: PoiGroup[];
  subclasses: string[];
  pois: PoiRow[];
}

export function encodePoiFile(pois: readonly PointOfInterest[], attribution: string[]): PoiFile {
  const groups = POI_GROUPS.map((g) => g.id);
  const subclasses = [...new Set(pois.map((p) => p.subclass))].sort();
  const groupIndex = new Map<PoiGroup, number>(groups.map((g, i) => [g, i]));
  const subclassIndex = new Map(subclasses.map((s, i) => [s, i]));
  return {
    format: POI_FILE_FORMAT,
    version: POI_FILE_VERSION,
    attribution,
    columns: 'name, group (index into groups), subclass (index into subclasses), lng, lat',
    groups,
    subclasses,
    pois: pois.map((p) => [
      p.name,
      groupIndex.get(p.group) ?? -1,
      subclassIndex.get(p.subclass) ?? -1,
      round5(p.lngLat[0]),
      round5(p.lngLat[1]),
    ]),
  };
}

function checkHeader(input: unknown): PoiFile {
  const { json, fail } = checkBasemapHeader(input, KIND, ['groups', 'subclasses', 'pois']);
  const known = new Set<unknown>(POI_GROUPS.map((g) => g.id));
  const unknownGroup = (json.groups as unknown[]).find((g) => !known.has(g));
  if (unknownGroup !== undefined)
    throw fail(`groups holds ${JSON.stringify(unknownGroup)}, which is not a known group`);
  if (!(json.subclasses as unknown[]).every((s) => typeof s === 'string')) throw fail('subclasses should be strings');
  return json as unknown as PoiFile;
}

function rowProblem(row: unknown, file: PoiFile): string | null {
  if (!Array.isArray(row) || row.length !== 5) return 'should be a list of 5 values (name, group, subclass, lng, lat)';
  const [name, group, subclass, lng, lat] = row as unknown[];
  if (typeof name !== 'string' || name.trim() === '') return 'name should be a non-empty string';
  const isIndex = (x: unknown, length: number) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < length;
  if (!isIndex(group, file.groups.length)) return `group should be an index into groups (0–${file.groups.length - 1})`;
  if (!isIndex(subclass, file.subclasses.length)) return 'subclass should be an index into subclasses';
  if (!isFiniteNumber(lng) || !isFiniteNumber(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90)
    return 'lng and lat should be numbers of degrees';
  return null;
}

/** The points of a parsed points-of-interest.json, every row checked; throws a BasemapFileError at a bad one. */
export function poisFromJson(json: unknown): PointOfInterest[] {
  const file = checkHeader(json);
  checkEveryRow(file.pois, 'pois', KIND, (row) => rowProblem(row, file));
  return file.pois.map((row) => {
    const [name, group, subclass, lng, lat] = row;
    return { name, group: file.groups[group], subclass: file.subclasses[subclass], lngLat: [lng, lat] };
  });
}
