import { compareHotspotIds } from './edits';
import { metresBetween } from './shapes';
import type { HotspotSet, SetComparison, SetHotspot } from './types';

/** A hotspot whose centre moved further than this between versions has moved (issue 13). */
export const MOVED_THRESHOLD_M = 100;

type Pair = { before: SetHotspot; after: SetHotspot; movedM: number };

const distance = (a: SetHotspot, b: SetHotspot) => metresBetween(a.centreLngLat, b.centreLngLat);

/**
 * What changed from set `a` to set `b`, in four passes:
 * 1. the same id with centres at most MOVED_THRESHOLD_M apart: kept;
 * 2. the rest paired by nearest centres within MOVED_THRESHOLD_M, whatever their ids: kept. A re-proposal numbers
 *    its hotspots afresh (H01 = most harm), so the same place often comes back under another id; matching only by id
 *    would call it dropped and added, or two moves where nothing moved. Closest pairs first, ties by ids;
 * 3. the rest with the same id: moved (centre more than MOVED_THRESHOLD_M away);
 * 4. what is left: dropped (in a only) and added (in b only).
 */
export function compareVersions(a: HotspotSet, b: HotspotSet): SetComparison {
  const before = new Set(a.hotspots);
  const after = new Set(b.hotspots);
  const kept: Pair[] = [];
  const moved: Pair[] = [];
  const take = (into: Pair[], x: SetHotspot, y: SetHotspot) => {
    into.push({ before: x, after: y, movedM: distance(x, y) });
    before.delete(x);
    after.delete(y);
  };
  const sameId = (x: SetHotspot) => [...after].find((y) => y.hotspotId === x.hotspotId);

  for (const x of [...before]) {
    const y = sameId(x);
    if (y && distance(x, y) <= MOVED_THRESHOLD_M) take(kept, x, y);
  }
  const near = [...before]
    .flatMap((x) => [...after].map((y) => ({ x, y, metres: distance(x, y) })))
    .filter((p) => p.metres <= MOVED_THRESHOLD_M)
    .sort((p, q) => p.metres - q.metres || compareHotspotIds(p.x, q.x) || compareHotspotIds(p.y, q.y));
  for (const { x, y } of near) if (before.has(x) && after.has(y)) take(kept, x, y);
  for (const x of [...before]) {
    const y = sameId(x);
    if (y) take(moved, x, y);
  }
  const byBefore = (p: Pair, q: Pair) => compareHotspotIds(p.before, q.before);
  return {
    added: [...after].sort(compareHotspotIds),
    dropped: [...before].sort(compareHotspotIds),
    moved: moved.sort(byBefore),
    kept: kept.sort(byBefore),
  };
}
