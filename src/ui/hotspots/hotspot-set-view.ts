import type {
  HotspotProposal,
  HotspotSelectionRequest,
  ProposalOptions,
  ProposedHotspot,
} from '../../analysis/hotspot-proposal';
import type { HotspotSet, HotspotSetComparison, HotspotSetState } from '../../analysis/hotspot-set';

/** What the hotspot panel reads and can do: the set in use as the engine keeps it (app/use-hotspot-set.ts). */
export interface HotspotSetView {
  state: HotspotSetState | null;
  /** The working set's figures for `selection` (period and crime types), by hotspot id. */
  measured: Map<string, ProposedHotspot>;
  totals: HotspotProposal['totals'] | null;
  selection: HotspotSelectionRequest;
  setSelection: (selection: HotspotSelectionRequest) => void;
  /** A proposal shown beside the set until it is used or discarded. */
  proposal: HotspotProposal | null;
  comparison: HotspotSetComparison | null;
  busy: string | null;
  error: string | null;
  propose: (options: Partial<ProposalOptions>) => Promise<void>;
  adoptProposal: () => Promise<void>;
  discardProposal: () => void;
  replace: (set: HotspotSet | null) => Promise<void>;
  saveVersion: (name: string) => Promise<void>;
  openVersion: (versionId: string) => Promise<void>;
  deleteVersion: (versionId: string) => Promise<void>;
  compare: (a: string, b: string) => Promise<void>;
  closeComparison: () => void;
  exportFile: () => Promise<{ fileName: string; text: string } | null>;
}
