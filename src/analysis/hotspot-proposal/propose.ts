import { buildCellGrid, type CellGrid } from './cell-grid';
import { coverageCurve } from './coverage';
import { resolveOptions, STABILITY_WINDOW_ENDS } from './defaults';
import { distanceMetres } from './geodesy';
import { greedyHotspots, type FixedHotspot, type GreedyRules } from './greedy';
import { defaultCentre, measureContext, measureHotspot, type MeasureContext } from './measure';
import { note } from './notes';
import { quotaGroup } from './quotas';
import { cellValues, stabilityAt, stabilityRuns, type StabilityWindow } from './stability';
import type {
  CoveragePoint,
  HotspotDefinition,
  HotspotInputs,
  HotspotProposal,
  LngLat,
  ProposalNote,
  ProposalOptions,
  ProposedHotspot,
} from './types';

const rulesOf = (o: ProposalOptions): GreedyRules => ({
  n: o.n,
  maxRadiusM: o.maxRadiusM,
  minSeparationM: o.minSeparationM,
  growthThreshold: o.growthThreshold,
  minCrimes: o.minCrimes,
  quotas: o.quotas,
});

/** `H01`, `H02`, … skipping ids already used (by locked hotspots). */
function idMaker(used: Set<string>): () => string {
  let k = 0;
  return () => {
    let id: string;
    do id = `H${String(++k).padStart(2, '0')}`;
    while (used.has(id));
    return id;
  };
}

function districtNear(grid: CellGrid, cells: string[], [lng, lat]: LngLat): string | null {
  let best: string | null = null;
  let bestMetres = Infinity;
  for (const h3 of cells) {
    const i = grid.index.get(h3);
    if (i === undefined || !grid.info[i].district) continue;
    const metres = distanceMetres(lat, lng, grid.latLng[2 * i], grid.latLng[2 * i + 1]);
    if (metres < bestMetres) [best, bestMetres] = [grid.info[i].district, metres];
  }
  return best;
}

function fixedHotspots(context: MeasureContext, locked: HotspotDefinition[], o: ProposalOptions) {
  const notes: ProposalNote[] = [];
  const fixed: (FixedHotspot & { definition: HotspotDefinition })[] = locked.map((definition) => {
    const centre = definition.centreLngLat ?? defaultCentre(context, definition.cells);
    const district = districtNear(context.grid, definition.cells, centre);
    return {
      definition: { ...definition, centreLngLat: centre },
      cells: definition.cells,
      centreLat: centre[1],
      centreLng: centre[0],
      group: quotaGroup(district, o.quotas),
    };
  });
  if (fixed.length > o.n) notes.push(note('locked-exceed-n', { locked: fixed.length, n: o.n }));
  fixed.forEach((a, i) =>
    fixed.slice(i + 1).forEach((b) => {
      const ids = { a: a.definition.hotspotId, b: b.definition.hotspotId };
      if (a.cells.some((c) => b.cells.includes(c))) notes.push(note('locked-overlap', ids));
      const metres = distanceMetres(a.centreLat, a.centreLng, b.centreLat, b.centreLng);
      if (metres < o.minSeparationM)
        notes.push(note('locked-too-close', { ...ids, metres: Math.round(metres), separation: o.minSeparationM }));
    }),
  );
  return { fixed, notes };
}

function chosenPoint(hotspots: ProposedHotspot[]): CoveragePoint {
  const sum = (f: (h: ProposedHotspot) => number) => hotspots.reduce((s, h) => s + f(h), 0);
  return {
    k: hotspots.length,
    areaShare: sum((h) => h.areaShare),
    crimeShare: sum((h) => h.crimeShare),
    harmShare: sum((h) => h.harmShare),
  };
}

/**
 * Proposes N GRIP hotspots on the inputs' period and crime types (docs/hotspot-proposal.md): locked hotspots kept,
 * the rest grown greedily from the highest-ranked free cells; each measured, with its stability over rolling windows,
 * and the coverage curve. Pure and deterministic: the same inputs and options give the same proposal.
 */
export function proposeHotspots(inputs: HotspotInputs, options: Partial<ProposalOptions> = {}): HotspotProposal {
  const o = resolveOptions(options);
  const grid = buildCellGrid(inputs);
  const context = measureContext(inputs, grid);
  const values = cellValues(context.crimes, context.harm, o.rankBy);
  const rules = rulesOf(o);
  const { fixed, notes } = fixedHotspots(context, o.locked, o);
  const { hotspots: grown, shortfalls } = greedyHotspots(grid, values, rules, fixed);
  for (const s of shortfalls) notes.push(note('quota-not-met', s));
  if (fixed.length + grown.length < o.n && shortfalls.length === 0)
    notes.push(note('fewer-than-n', { placed: fixed.length + grown.length, n: o.n }));

  const runs: StabilityWindow[] = o.stability ? stabilityRuns(inputs, grid, rules, o.rankBy) : [];
  if (o.stability && runs.length === 0) notes.push(note('no-stability-windows'));
  else if (o.stability && runs.length < STABILITY_WINDOW_ENDS)
    notes.push(note('short-stability-history', { windows: runs.length }));
  const stability = (centre: LngLat) => (o.stability ? stabilityAt(centre, runs) : null);

  const nextId = idMaker(new Set(fixed.map((f) => f.definition.hotspotId)));
  const hotspots = [
    ...fixed.map(({ definition }) =>
      measureHotspot(context, definition, { locked: true, stability: stability(definition.centreLngLat!) }),
    ),
    ...grown.map((g) => {
      const centre: LngLat = [grid.latLng[2 * g.seed + 1], grid.latLng[2 * g.seed]];
      const definition = { hotspotId: nextId(), cells: g.members.map((i) => grid.cells[i]), centreLngLat: centre };
      return measureHotspot(context, definition, { locked: false, stability: stability(centre) });
    }),
  ].sort((a, b) => (a.hotspotId < b.hotspotId ? -1 : a.hotspotId > b.hotspotId ? 1 : 0));

  const coverage = coverageCurve(grid, { ...values, harm: context.harm }, rules, context.totals, o.coverageK);
  return {
    selection: inputs.selection,
    options: o,
    hotspots,
    totals: context.totals,
    stabilityWindowEnds: runs.map((r) => r.windowEnd),
    coverage,
    chosen: chosenPoint(hotspots),
    notes,
  };
}

/**
 * Figures for hotspots the analyst made or edited (cells added or removed on the map, a file read back), on the same
 * inputs: what a proposal reports for each, stability included when `options.stability` is on.
 */
export function measureHotspots(
  inputs: HotspotInputs,
  definitions: (HotspotDefinition & { locked?: boolean })[],
  options: Partial<ProposalOptions> = {},
): ProposedHotspot[] {
  const o = resolveOptions(options);
  const grid = buildCellGrid(inputs);
  const context = measureContext(inputs, grid);
  const runs = o.stability ? stabilityRuns(inputs, grid, rulesOf(o), o.rankBy) : [];
  return definitions.map((d) => {
    const centre = d.centreLngLat ?? defaultCentre(context, d.cells);
    return measureHotspot(
      context,
      { ...d, centreLngLat: centre },
      { locked: d.locked ?? false, stability: o.stability ? stabilityAt(centre, runs) : null },
    );
  });
}
