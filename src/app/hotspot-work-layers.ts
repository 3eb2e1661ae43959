import type { Layer } from '@deck.gl/core';
import type { HotspotSetComparison } from '../analysis/hotspot-set';
import { comparisonLayers, editingCellsLayer, proposalLayer, type OutlinedArea } from '../map/hotspot-set-layers';
import { areasOf } from './hotspot-shapes';

interface HotspotWork {
  proposal: OutlinedArea[];
  editingCells: string[];
  comparison: HotspotSetComparison | null;
}

/** What the hotspot panel adds to the map while the analyst works: a proposal, cells being edited, a comparison. */
export function hotspotWorkLayers({ proposal, editingCells, comparison }: HotspotWork): Layer[] {
  const layers: Layer[] = [];
  if (proposal.length > 0) layers.push(proposalLayer(proposal));
  if (editingCells.length > 0) layers.push(editingCellsLayer(editingCells));
  if (comparison) {
    const added = [...comparison.added, ...comparison.moved.map((m) => m.after)];
    const dropped = [...comparison.dropped, ...comparison.moved.map((m) => m.before)];
    layers.push(...comparisonLayers(areasOf(added), areasOf(dropped)));
  }
  return layers;
}
