import type { HotspotInputs, HotspotSelectionRequest } from '../../analysis/hotspot-proposal';
import type { MethodName } from './protocol';

/**
 * Calls that change nothing a GRIP hotspot proposal reads (crimes, their details, harm weights): the inputs fetched
 * for a selection stay good across them. Any other call (a load, a clear, new weights, one added later) drops them.
 */
const KEEPS_INPUTS: ReadonlySet<MethodName> = new Set<MethodName>([
  'cellValues',
  'giStar',
  'emerging',
  'cellProfile',
  'summary',
  'gripHotspots',
  'crimeTypeCounts',
  'hotspotInputs',
  'proposeHotspots',
  'hotspotSet',
  'replaceHotspotSet',
  'saveHotspotVersion',
  'openHotspotVersion',
  'deleteHotspotVersion',
  'compareHotspotVersions',
  'measureHotspotSet',
  'exportHotspotSet',
  'hotspotProfile',
]);

/**
 * The proposal inputs last fetched, by selection, so that re-measuring the set after each edit on the map need not
 * query DuckDB again (≈ 0.65 s of the ≈ 1 s a measure took on the demo's 24 months). Shared only by proposing,
 * measuring and exporting, which never change them; the `hotspotInputs` call hands out inputs of its own.
 */
export class HotspotInputsCache {
  private last: { key: string; inputs: Promise<HotspotInputs> } | null = null;

  /** Before every call: one that may change the data drops the inputs. */
  beforeCall(method: MethodName): void {
    if (!KEEPS_INPUTS.has(method)) this.last = null;
  }

  get(selection: HotspotSelectionRequest, fetch: () => Promise<HotspotInputs>): Promise<HotspotInputs> {
    const key = JSON.stringify([selection.fromMonth ?? null, selection.toMonth ?? null, selection.crimeTypes ?? null]);
    if (this.last?.key !== key) {
      const inputs = fetch();
      inputs.catch(() => {
        if (this.last?.inputs === inputs) this.last = null; // a failed fetch is not kept
      });
      this.last = { key, inputs };
    }
    return this.last.inputs;
  }
}
