// The set in use measured on the crimes loaded, and written as the GRIP hotspot file.
import {
  hotspotFeature,
  measureHotspots,
  resolveOptions,
  stabilityWindows,
  writeHotspotsGeoJson,
  type HotspotInputs,
  type HotspotProposal,
  type ProposalOptions,
  type ProposedHotspot,
} from '../hotspot-proposal';
import { definitions } from './convert';
import type { HotspotSet } from './types';

export interface MeasuredSet {
  /** Sorted by id, as the set. */
  hotspots: ProposedHotspot[];
  /** Force-wide figures of the selected types and period: the denominators of the shares. */
  totals: HotspotProposal['totals'];
}

/**
 * Crimes and harm of the selected types and period, force-wide: what the proposal's measureContext sums (every row of
 * a selected type in the period), so shares agree with a proposal's on the same inputs.
 */
function totalsOf(inputs: HotspotInputs): HotspotProposal['totals'] {
  const { fromMonth, toMonth, crimeTypes } = inputs.selection;
  const types = new Set(crimeTypes);
  let crimes = 0;
  let harm = 0;
  for (const row of inputs.cellMonths) {
    if (row.monthIso < fromMonth || row.monthIso > toMonth || (types.size > 0 && !types.has(row.crimeType))) continue;
    crimes += row.crimes;
    harm += row.harm;
  }
  return { crimes, harm, forceAreaKm2: inputs.forceAreaKm2 };
}

/**
 * Every hotspot's figures (as a proposal reports them; stability too unless `options.stability` is false), hand-drawn
 * ones by their cells. An unnamed hotspot is named after the street holding most of its crimes.
 */
export function measureSet(
  inputs: HotspotInputs,
  set: HotspotSet,
  options: Partial<ProposalOptions> = {},
): MeasuredSet {
  const hotspots = set.hotspots.length === 0 ? [] : measureHotspots(inputs, definitions(set), options);
  return { hotspots, totals: totalsOf(inputs) };
}

/**
 * The set as the GRIP hotspot file (README, "Proposing the 18 GRIP hotspots"): the measured figures, `locked`, and
 * each hotspot's drawn polygon where it has one (else the union of its cells). Export → import (readHotspotsGeoJson,
 * fromFeatures) → export gives identical bytes.
 */
export function setGeoJson(
  inputs: HotspotInputs,
  set: HotspotSet,
  measured: MeasuredSet,
  options: Partial<ProposalOptions> = {},
): string {
  const o = resolveOptions(options);
  const asProposal: HotspotProposal = {
    selection: inputs.selection,
    options: o,
    hotspots: measured.hotspots,
    totals: measured.totals,
    stabilityWindowEnds: o.stability ? stabilityWindows(inputs.selection, inputs.monthsLoaded).map((w) => w.to) : [],
    coverage: [],
    chosen: { k: measured.hotspots.length, areaShare: 0, crimeShare: 0, harmShare: 0 },
    notes: [],
  };
  const drawn = new Map(set.hotspots.map((h) => [h.hotspotId, h.drawn]));
  return writeHotspotsGeoJson(
    measured.hotspots.map((h) => {
      const feature = hotspotFeature(h, asProposal);
      return { ...feature, geometry: drawn.get(h.hotspotId) ?? feature.geometry };
    }),
  );
}
