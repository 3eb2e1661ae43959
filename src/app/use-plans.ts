import type { CubeRow } from '../analysis/crime-cube';
import { measureFigures, type MeasureFigures } from '../analysis/measure-figures';
import { useCallback, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Layer } from '@deck.gl/core';
import { interventionLayer, type InterventionDatum } from '../map/tier-layers';
import type { MapSettings } from '../map/map-settings';
import { createPlan, refreshSnapshot, snapshotFromProfile, touchPlan, updateAction } from '../plans/plan-model';
import { importSentence, planListRows } from '../plans/plan-summary';
import type { SaraPlan } from '../plans/plan-types';
import { downloadBlob, downloadText } from '../ui/download';
import type { PlanDrawerProps } from '../ui/plans/PlanDrawer';
import type { PlansPanelProps } from '../ui/plans/PlansPanel';
import type { PrintViewProps } from '../ui/plans/PrintView';
import type { ProfileView } from '../ui/profile/ProfilePanel';
import { LARGE_TEXT_SCALE } from './map-presentation';
import { hotspotLabel, hotspotSetVersionLabel, planFor, selectedSubject } from './plan-subject';
import { usePlanExports, type PlanExportInputs } from './use-plan-exports';
import { usePlanStore } from './use-plan-store';

interface PlansInputs extends Omit<PlanExportInputs, 'view' | 'plans' | 'names'> {
  setSettings: Dispatch<SetStateAction<MapSettings>>;
  /** The profile panel's view, its click rule and its layers (the selection outline: plan actions draw above it). */
  insights: {
    panel: { view: ProfileView | null } | null;
    selectAt: (lngLat: [number, number]) => void;
    layers: Layer[];
  };
}

const nowIso = () => new Date().toISOString();
/** The charts the printed profile copies from the profile panel. */
const CHART_SELECTOR = ['type-chart', 'month-chart', 'hour-chart'].map((c) => `[data-testid="${c}"] svg`).join(', ');

/**
 * Problem-solving plans in the app (issue 18): the plan of the selected GRIP hotspot or drawn area in a drawer, the
 * list, the plans file, placing an action with a click on the map (it then shows in the prevention-tier overlay),
 * the printed profile and the exports. Plans live in IndexedDB (use-plan-store.ts).
 */
export function usePlans(inputs: PlansInputs) {
  const { settings, setSettings, insights, gripHotspots } = inputs;
  const store = usePlanStore();
  const { plans, save } = store;
  const [openId, setOpenId] = useState<string | null>(null);
  const [picking, setPicking] = useState<{ planId: string; actionId: string } | null>(null);
  const [printing, setPrinting] = useState<(Omit<PrintViewProps, 'onReady' | 'plan'> & { token: number }) | null>(null);
  const printed = useRef(0);
  const view = insights.panel?.view ?? null;
  const names = useMemo(() => new Map(gripHotspots.map((h) => [h.hotspotId, hotspotLabel(h)])), [gripHotspots]);
  const exports = usePlanExports({ ...inputs, view, plans, names });

  const selected = useMemo(
    () => selectedSubject(settings.selection, gripHotspots, settings.studyArea),
    [settings.selection, gripHotspots, settings.studyArea],
  );
  const selectedPlan = planFor(plans, selected?.subject ?? null);
  const openPlan = plans.find((p) => p.id === openId) ?? null;
  // The profile shown is the plan's own when the selection is its subject: only then may it fill the snapshot.
  const viewOfPlan = (plan: SaraPlan) => (view && !view.isForce && selectedPlan?.id === plan.id ? view : null);

  const open = useCallback(
    (planId: string) => {
      const plan = plans.find((p) => p.id === planId);
      if (plan?.subject.kind === 'hotspot') {
        const id = plan.subject.hotspotId;
        setSettings((s) => ({ ...s, selection: { kind: 'hotspot', id } }));
      }
      setOpenId(planId);
    },
    [plans, setSettings],
  );
  const start = () => {
    if (!selected) return;
    const at = nowIso();
    const snapshot = view && !view.isForce ? snapshotFromProfile(view.profile, at) : null;
    const hotspotSetVersion =
      selected.subject.kind === 'hotspot' ? hotspotSetVersionLabel(inputs.hotspotSet.state) : null;
    const plan = createPlan({ subject: selected.subject, nowIso: at, hotspotSetVersion, snapshot });
    void save(plan);
    setOpenId(plan.id);
  };

  const place = (lngLat: [number, number]) => {
    const plan = picking && plans.find((p) => p.id === picking.planId);
    const action = plan?.response.actions.find((a) => a.id === picking?.actionId);
    setPicking(null);
    if (!plan || !action) return;
    void save(touchPlan(updateAction(plan, action.id, { lngLat }), nowIso()));
    // The action shows where its tier does: switch that tier on so the analyst sees it land.
    setSettings((s) => ({ ...s, tiers: { ...s.tiers, [action.tier]: true } }));
  };

  const scale = settings.largeText ? LARGE_TEXT_SCALE : 1;
  const placed = useMemo(
    () =>
      plans.flatMap((p) =>
        p.response.actions.flatMap((a): InterventionDatum[] =>
          a.lngLat && settings.tiers[a.tier] ? [{ tier: a.tier, lngLat: a.lngLat }] : [],
        ),
      ),
    [plans, settings.tiers],
  );
  const layers: Layer[] = useMemo(
    () => [...insights.layers, ...(placed.length > 0 ? [interventionLayer(placed, scale, 'plan-actions')] : [])],
    [insights.layers, placed, scale],
  );

  const print = async () => {
    if (!openPlan) return;
    let mapUrl: string | null = null;
    try {
      mapUrl = URL.createObjectURL(await exports.mapPng());
    } catch {
      mapUrl = null;
    }
    if (printing?.mapUrl) URL.revokeObjectURL(printing.mapUrl);
    const charts = [...document.querySelectorAll<SVGElement>(CHART_SELECTOR)];
    const ofPlan = viewOfPlan(openPlan);
    setPrinting({
      token: printed.current + 1,
      title: subjectTitle(openPlan, names),
      period: ofPlan?.period ?? '',
      mapUrl,
      profile: ofPlan?.profile ?? null,
      charts: ofPlan ? charts : [],
    });
  };
  const onPrintReady = useCallback(() => {
    if (!printing || printed.current === printing.token) return;
    printed.current = printing.token;
    window.print();
  }, [printing]);

  const cancelPick = useCallback(() => setPicking(null), []);
  const drawer: PlanDrawerProps = {
    selection: selected ? { label: selected.label, planId: selectedPlan?.id ?? null } : null,
    onStart: start,
    onOpen: open,
    editor: openPlan && {
      plan: openPlan,
      hotspotName: subjectTitle(openPlan, names),
      onChange: (plan) => void save(plan),
      onDelete: () => {
        if (!window.confirm('Delete this plan from this browser? Export the plans first to keep a copy.')) return;
        setOpenId(null);
        void store.remove(openPlan.id);
      },
      onRefreshSnapshot: () => {
        const ofPlan = viewOfPlan(openPlan);
        const at = nowIso();
        if (ofPlan) void save(refreshSnapshot(openPlan, snapshotFromProfile(ofPlan.profile, at), at));
      },
      crimeTypes: inputs.state.crimeTypes.map((t) => t.crime_type),
      measureFigures: figuresOf(openPlan, viewOfPlan(openPlan)?.cube ?? null),
      onPlaceAction: (actionId) => setPicking({ planId: openPlan.id, actionId }),
    },
    onClose: () => setOpenId(null),
    picking: picking && {
      actionNumber: (openPlan?.response.actions.findIndex((a) => a.id === picking.actionId) ?? 0) + 1,
    },
    onCancelPick: cancelPick,
    onPrint: () => void print(),
    onMapPng: () => void exports.mapPng().then((blob) => downloadBlob(blob, 'grip-map.png')),
    print: printing && openPlan ? { ...printing, plan: openPlan, onReady: onPrintReady } : null,
  };

  const panel: PlansPanelProps = {
    rows: planListRows(plans, names, nowIso().slice(0, 10)),
    openId,
    onOpen: open,
    onExportPlans: () => downloadText(store.exportText(), 'grip-plans.json', 'application/json'),
    onImport: async (text, mode) => {
      const result = await store.importFile(text, mode);
      return 'errors' in result ? result : { sentence: importSentence(result) };
    },
    exports: exports.choices,
    problems: store.problems,
    placedActions: placed.length,
  };

  return {
    layers,
    drawer,
    panel,
    /** A click on the map: it places the action being placed, else it selects (the profile's rule). */
    onClick: picking ? place : insights.selectAt,
    /** Clear all data asks, separately, whether the plans go too (the default keeps them). */
    dataControls: (clearAll: () => Promise<void>) => ({
      planCount: plans.length,
      onClearAll: async (deletePlans: boolean) => {
        await clearAll();
        if (deletePlans) await store.clear();
      },
    }),
  };
}

function subjectTitle(plan: SaraPlan, names?: ReadonlyMap<string, string>): string {
  if (plan.subject.kind === 'area') return plan.subject.name || 'Drawn area';
  return names?.get(plan.subject.hotspotId) ?? plan.subject.hotspotId;
}

/** Each measure's figures from the place's cube; undefined when the plan's place is not the one selected. */
function figuresOf(plan: SaraPlan, cube: CubeRow[] | null): Record<string, MeasureFigures | null> | undefined {
  if (!cube) return undefined;
  return Object.fromEntries(plan.assessment.measures.map((m) => [m.id, measureFigures(cube, m)]));
}
