import type { CellGrid } from './cell-grid';
import { distanceMetres } from './geodesy';
import { MaxHeap } from './max-heap';
import { QuotaLedger, quotaGroup } from './quotas';
import type { ProposalOptions } from './types';

export type GreedyRules = Pick<
  ProposalOptions,
  'n' | 'maxRadiusM' | 'minSeparationM' | 'growthThreshold' | 'minCrimes' | 'quotas'
>;

/** A hotspot the method must keep (a locked one): its cells are not free, its centre keeps others away. */
export interface FixedHotspot {
  cells: string[];
  centreLat: number;
  centreLng: number;
  group: string;
}

/** Per-cell figures one run ranks on: `value` (harm or count), `tie` (the other), `crimes` (for minCrimes). */
export interface CellValues {
  value: Float64Array;
  tie: Float64Array;
  crimes: Float64Array;
}

export interface GrownHotspot {
  /** Grid index of the seed; its centre is the hotspot's centre. */
  seed: number;
  /** Grid indices in the order they joined (seed first). */
  members: number[];
  group: string;
}

interface Candidate {
  seed: number;
  members: number[];
  /** The value the hotspot grown from this seed would hold. */
  potential: number;
  /** Hotspots accepted when the potential was computed. */
  version: number;
}

export interface GreedyResult {
  hotspots: GrownHotspot[];
  shortfalls: { group: string; minimum: number; placed: number }[];
}

/**
 * The greedy proposal (docs/hotspot-proposal.md). From every free cell a hotspot is grown: add the contiguous
 * neighbour adding most value while its centre lies within `maxRadiusM` of the seed's, stop when the best adds less
 * than `growthThreshold` of the hotspot's value so far. Each round takes the seed whose hotspot holds most value (ties:
 * the seed's own value, the other measure, cell id) among seeds at least `minSeparationM` from every centre so far;
 * repeat to N. Quota minimums reserve places: a seed outside a short group waits while the places left are reserved.
 */
export function greedyHotspots(
  grid: CellGrid,
  values: CellValues,
  rules: GreedyRules,
  fixed: FixedHotspot[] = [],
): GreedyResult {
  const taken = new Uint8Array(grid.cells.length);
  for (const f of fixed)
    for (const h3 of f.cells) {
      const i = grid.index.get(h3);
      if (i !== undefined) taken[i] = 1;
    }
  const centres: [number, number][] = fixed.map((f) => [f.centreLat, f.centreLng]);
  const ledger = new QuotaLedger(rules.quotas);
  for (const f of fixed) ledger.add(f.group);
  const hotspots: GrownHotspot[] = [];
  const slotsLeft = () => rules.n - fixed.length - hotspots.length;
  const lat = (i: number) => grid.latLng[2 * i];
  const lng = (i: number) => grid.latLng[2 * i + 1];
  const tooClose = (i: number) =>
    centres.some(([cLat, cLng]) => distanceMetres(lat(i), lng(i), cLat, cLng) < rules.minSeparationM);

  // `seen[j] === stamp`: j was looked at in this growth (a counter instead of a fresh Set per seed).
  const seen = new Uint32Array(grid.cells.length);
  let stamp = 0;
  const grow = (seed: number): number[] => {
    const members = [seed];
    const frontier: number[] = [];
    let total = values.value[seed];
    stamp += 1;
    seen[seed] = stamp;
    const reach = (from: number) => {
      for (const j of grid.neighbours[from]) {
        if (seen[j] === stamp) continue;
        seen[j] = stamp;
        const within = distanceMetres(lat(seed), lng(seed), lat(j), lng(j)) <= rules.maxRadiusM;
        if (!taken[j] && values.value[j] > 0 && within) frontier.push(j);
      }
    };
    reach(seed);
    while (frontier.length > 0) {
      let best = 0;
      for (let k = 1; k < frontier.length; k++) {
        const a = frontier[k];
        const b = frontier[best];
        const d = values.value[a] - values.value[b] || values.tie[a] - values.tie[b] || b - a;
        if (d > 0) best = k;
      }
      const cell = frontier[best];
      if (values.value[cell] < rules.growthThreshold * total) break;
      frontier.splice(best, 1);
      members.push(cell);
      total += values.value[cell];
      reach(cell);
    }
    return members;
  };

  const potentialOf = (seed: number): Candidate => {
    const members = grow(seed);
    const potential = members.reduce((sum, i) => sum + values.value[i], 0);
    return { seed, members, potential, version: hotspots.length };
  };
  const before = (a: Candidate, b: Candidate) => {
    const { value, tie } = values;
    const d =
      a.potential - b.potential || value[a.seed] - value[b.seed] || tie[a.seed] - tie[b.seed] || b.seed - a.seed;
    return d > 0;
  };

  // Lazy greedy: a candidate's potential is recomputed when it comes out after a hotspot was accepted (taking cells
  // only lowers potentials), and it goes back in if it fell; so each round takes the best hotspot left.
  const pass = (candidates: Candidate[], reserve: boolean): Candidate[] => {
    const heap = new MaxHeap<Candidate>(before);
    for (const c of candidates) heap.push(c);
    const deferred: Candidate[] = [];
    while (heap.size > 0 && slotsLeft() > 0) {
      let c = heap.pop()!;
      if (taken[c.seed] || tooClose(c.seed)) continue;
      const group = quotaGroup(grid.info[c.seed].district, rules.quotas);
      if (ledger.isFull(group)) continue;
      if (c.version < hotspots.length) {
        const fresh = potentialOf(c.seed);
        if (fresh.potential < c.potential) {
          heap.push(fresh);
          continue;
        }
        c = fresh;
      }
      if (reserve && ledger.unmet(group) === 0 && slotsLeft() - 1 < ledger.reservedOutside(group)) {
        deferred.push(c);
        continue;
      }
      const crimes = c.members.reduce((sum, i) => sum + values.crimes[i], 0);
      if (crimes < rules.minCrimes) continue;
      for (const i of c.members) taken[i] = 1;
      centres.push([lat(c.seed), lng(c.seed)]);
      ledger.add(group);
      hotspots.push({ seed: c.seed, members: c.members, group });
    }
    return deferred;
  };

  const seeds: Candidate[] = [];
  for (let i = 0; i < grid.cells.length; i++) if (values.value[i] > 0 && !taken[i]) seeds.push(potentialOf(i));
  const deferred = pass(seeds, true);
  const shortfalls = ledger.shortfalls();
  // The short groups have no seed left: the places they reserved go to the seeds that waited.
  if (slotsLeft() > 0 && deferred.length > 0) pass(deferred, false);
  return { hotspots, shortfalls };
}
