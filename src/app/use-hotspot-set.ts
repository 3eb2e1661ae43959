import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EngineClient } from '../data/engine-client';
import type { HotspotSetView } from '../ui/hotspots/hotspot-set-view';
import type { HotspotProposal, HotspotSelectionRequest, ProposedHotspot } from '../analysis/hotspot-proposal';
import {
  fromProposal,
  lockedDefinitions,
  proposalBasis,
  type HotspotSetComparison,
  type HotspotSetState,
} from '../analysis/hotspot-set';

/**
 * The GRIP hotspot set in use, as the engine keeps it (DuckDB + the browser's storage): the one source of truth every
 * view outlines. Edits are pure functions (analysis/hotspot-set) whose result is sent back whole.
 */
export function useHotspotSet(engine: EngineClient, dataVersion: number): HotspotSetView {
  const [state, setState] = useState<HotspotSetState | null>(null);
  const [measuredList, setMeasured] = useState<{ hotspots: ProposedHotspot[]; totals: HotspotProposal['totals'] }>();
  const [selection, setSelection] = useState<HotspotSelectionRequest>({});
  const [proposal, setProposal] = useState<HotspotProposal | null>(null);
  const [comparison, setComparison] = useState<HotspotSetComparison | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Re-read on start, after each load, and whenever the worker says the set changed (a hotspot file inside a load).
  const [changes, setChanges] = useState(0);
  useEffect(() => engine.onHotspotSetChanged(() => setChanges((n) => n + 1)), [engine]);
  useEffect(() => {
    if (dataVersion === 0) return;
    engine
      .hotspotSet({})
      .then((next) => setState((prev) => (prev && prev.revision === next.revision ? prev : next)))
      .catch(() => undefined);
  }, [engine, dataVersion, changes]);
  const working = state?.working ?? null;
  useEffect(() => {
    if (dataVersion === 0 || !working) return setMeasured(undefined);
    let current = true;
    engine
      .measureHotspotSet({ selection })
      .then((m) => current && setMeasured(m))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [engine, dataVersion, working, selection]);

  const run = useCallback(async <T>(what: string, job: () => Promise<T>): Promise<T | null> => {
    setBusy(what);
    setError(null);
    try {
      return await job();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      setBusy(null);
    }
  }, []);
  const changed = useCallback(
    async (job: () => Promise<HotspotSetState>, what: string) => {
      const next = await run(what, job);
      if (next) setState(next);
    },
    [run],
  );

  const measured = useMemo(() => new Map((measuredList?.hotspots ?? []).map((h) => [h.hotspotId, h])), [measuredList]);
  return {
    state,
    measured,
    totals: measuredList?.totals ?? null,
    selection,
    setSelection,
    proposal,
    comparison,
    busy,
    error,
    propose: async (options) => {
      const locked = working ? lockedDefinitions(working) : [];
      const result = await run('Proposing…', () =>
        engine.proposeHotspots({ selection, options: { ...options, locked } }),
      );
      if (result) setProposal(result);
    },
    adoptProposal: async () => {
      if (!proposal) return;
      const basis = proposalBasis(proposal, new Date().toISOString().slice(0, 10));
      const set = fromProposal(proposal, basis, { previous: working ?? undefined });
      await changed(() => engine.replaceHotspotSet({ set }), 'Using the proposal…');
      setProposal(null);
    },
    discardProposal: () => setProposal(null),
    replace: (set) => changed(() => engine.replaceHotspotSet({ set }), 'Saving the change…'),
    saveVersion: (name) => changed(() => engine.saveHotspotVersion({ name }), 'Saving the version…'),
    openVersion: (versionId) => changed(() => engine.openHotspotVersion({ versionId }), 'Opening the version…'),
    deleteVersion: (versionId) => changed(() => engine.deleteHotspotVersion({ versionId }), 'Deleting the version…'),
    compare: async (a, b) => {
      const result = await run('Comparing…', () => engine.compareHotspotVersions({ a, b }));
      if (result) setComparison(result);
    },
    closeComparison: () => setComparison(null),
    exportFile: () => run('Writing the file…', () => engine.exportHotspotSet({ selection })),
  };
}
