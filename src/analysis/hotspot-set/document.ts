// The working set and its versions as one small JSON document, kept in the browser beside the loaded files and read
// back at start. What is read is checked (HOUSE_STYLE: unknown + validation at the edge): a broken part is left out
// with a sentence saying which, the rest is kept.
import { isHotspotCell } from './shapes';
import type { HotspotSet, HotspotSetVersion, SetHotspot } from './types';

export const SETS_DOCUMENT_NAME = 'grip-hotspot-sets.json';
const FORMAT = 'grip-hotspot-sets';
const FORMAT_VERSION = 1;

export interface SetsDocument {
  working: HotspotSet | null;
  versions: HotspotSetVersion[];
}

export function writeSetsDocument(document: SetsDocument): string {
  return `${JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, ...document })}\n`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isLngLat = (x: unknown): x is [number, number] =>
  Array.isArray(x) && x.length === 2 && x.every((v) => typeof v === 'number' && Number.isFinite(v));

function readHotspot(x: unknown): SetHotspot | null {
  if (!isObject(x) || typeof x.hotspotId !== 'string' || !x.hotspotId || typeof x.name !== 'string') return null;
  if (!Array.isArray(x.cells) || x.cells.length === 0 || !x.cells.every(isHotspotCell)) return null;
  if (!isLngLat(x.centreLngLat) || typeof x.locked !== 'boolean') return null;
  const drawn = x.drawn;
  const drawnOk =
    drawn === null ||
    (isObject(drawn) &&
      (drawn.type === 'Polygon' || drawn.type === 'MultiPolygon') &&
      Array.isArray(drawn.coordinates));
  if (!drawnOk) return null;
  return {
    hotspotId: x.hotspotId,
    name: x.name,
    cells: [...(x.cells as string[])].sort(),
    centreLngLat: [x.centreLngLat[0], x.centreLngLat[1]],
    locked: x.locked,
    drawn: drawn as SetHotspot['drawn'],
  };
}

function readSet(x: unknown, where: string, problems: string[]): HotspotSet | null {
  if (!isObject(x) || typeof x.name !== 'string' || typeof x.basis !== 'string' || !Array.isArray(x.hotspots)) {
    problems.push(`${where} is not a hotspot set: it was not restored.`);
    return null;
  }
  const hotspots: SetHotspot[] = [];
  x.hotspots.forEach((h: unknown, i: number) => {
    const hotspot = readHotspot(h);
    if (!hotspot) problems.push(`${where}, hotspot ${i + 1} is damaged: it was left out.`);
    else if (hotspots.some((k) => k.hotspotId === hotspot.hotspotId))
      problems.push(`${where}, hotspot ${i + 1} repeats the id ${hotspot.hotspotId}: it was left out.`);
    else hotspots.push(hotspot);
  });
  hotspots.sort((a, b) => (a.hotspotId < b.hotspotId ? -1 : a.hotspotId > b.hotspotId ? 1 : 0));
  return { name: x.name, basis: x.basis, hotspots };
}

/**
 * A set sent from elsewhere (the page) checked as the saved document's are: each hotspot with an id of its own, a
 * name, resolution-10 cells, a centre, a lock flag and a polygon or null; sorted by id.
 */
export function checkSet(x: unknown): { set: HotspotSet | null; problems: string[] } {
  const problems: string[] = [];
  const set = readSet(x, 'The set', problems);
  return { set, problems };
}

/** The document read back; `problems` says what was left out (an unreadable document restores nothing). */
export function readSetsDocument(text: string): SetsDocument & { problems: string[] } {
  const problems: string[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!isObject(parsed) || parsed.format !== FORMAT || !Array.isArray(parsed.versions))
    return { working: null, versions: [], problems: ['The saved hotspot sets could not be read: none were restored.'] };
  const working = parsed.working === null ? null : readSet(parsed.working, 'The working set', problems);
  const versions: HotspotSetVersion[] = [];
  parsed.versions.forEach((v: unknown, i: number) => {
    const ok = isObject(v) && typeof v.versionId === 'string' && typeof v.name === 'string';
    const where = ok ? `Version “${v.name}”` : `Saved version ${i + 1}`;
    const set = ok && typeof v.savedAt === 'string' ? readSet(v.set, where, problems) : null;
    if (ok && set)
      versions.push({ versionId: v.versionId as string, name: v.name as string, savedAt: v.savedAt as string, set });
    else if (!ok || typeof v.savedAt !== 'string') problems.push(`${where} is damaged: it was not restored.`);
  });
  return { working, versions, problems };
}
