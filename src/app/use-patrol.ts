import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HotspotSet } from '../analysis/hotspot-set';
import { deliveryAgainstSchedule } from '../analysis/patrol/dosage-delivery';
import { placeDaysNeeded } from '../analysis/patrol/sample-size';
import { planSchedule } from '../analysis/patrol/schedule';
import { briefingReasons } from '../analysis/patrol/schedule-briefing';
import { formatScheduleCsv, parseScheduleCsv, type ParsedSchedule } from '../analysis/patrol/schedule-csv';
import { parseClock } from '../analysis/patrol/schedule-days';
import type { EngineClient } from '../data/engine-client';
import { dosageLayers, type DosagePoint } from '../map/dosage-layer';
import { scheduleOptionsOf, scheduleFileName, type PlanForm } from '../ui/patrol/plan-form';
import type { PatrolPanelProps, PatrolPart } from '../ui/patrol/patrol-view';
import { downloadText, homeOfficeCsv } from './patrol-exports';
import { loadPlanForm, newSeed, savePlanForm } from './patrol-plan-store';
import { usePatrolCalls } from './use-patrol-calls';
import { useStreetSheets } from './use-street-sheets';

/** The panel this hook fills in, so App imports the pair in one line. */
export { PatrolPanel } from '../ui/patrol/PatrolPanel';

interface AppData {
  dataVersion: number;
  dataSource: 'demo' | 'user';
}

/**
 * Issue 17's three parts for the patrol panel: the plan drawn from the form (pure, so the same seed gives the same
 * CSV as `grip schedule`), the dosage found in the pings loaded, and the evaluation of the schedule in use (an
 * imported one, else the demo's own). The engine is asked only once a part is opened.
 */
export function usePatrol(engine: EngineClient, working: HotspotSet | null, app: AppData, weightsVersion: number) {
  const [form, setForm] = useState<PlanForm>(loadPlanForm);
  useEffect(() => savePlanForm(form), [form]);
  const [open, setOpen] = useState<Record<PatrolPart, boolean>>({ plan: false, dosage: false, evaluation: false });
  const [imported, setImported] = useState<{ fileName: string; parsed: ParsedSchedule } | null>(null);
  const [layerOn, setLayerOn] = useState(false);
  const dayStartMinutes = parseClock(form.dayStart) ?? 360;
  const hotspotIds = useMemo(() => (working?.hotspots ?? []).map((h) => h.hotspotId), [working]);

  const calls = usePatrolCalls(engine, {
    ...app,
    working,
    weightsVersion,
    open,
    dayStartMinutes,
    imported: imported?.parsed ?? null,
  });
  const { inputs, dosage, demoSchedule, evaluation } = calls;
  const streets = useStreetSheets(open.plan, working);

  const planned = useMemo(() => {
    if (hotspotIds.length === 0 || (form.windowKind === 'profile' && !inputs)) return null;
    const grids = Object.fromEntries((inputs?.hotspots ?? []).map((h) => [h.hotspotId, h.byHourWeekday]));
    const built = scheduleOptionsOf(form, hotspotIds, grids);
    if ('problem' in built) return built;
    const drawn = planSchedule(built.options);
    return 'problem' in drawn
      ? { problem: drawn.problem.sentence }
      : { schedule: drawn.schedule, options: built.options };
  }, [form, hotspotIds, inputs]);

  const sampleSize = useMemo(() => {
    if (!inputs?.baseRatePerPlaceDay) return null;
    return placeDaysNeeded({
      baseRatePerPlaceDay: inputs.baseRatePerPlaceDay,
      reduction: Number(form.reductionPercent) / 100,
      patrolShare: Number(form.share),
    });
  }, [inputs, form.reductionPercent, form.share]);

  const reasons = useMemo(
    () =>
      Object.fromEntries(
        (inputs?.hotspots ?? []).map((h) => [h.hotspotId, briefingReasons(h.byType, h.byHourWeekday)]),
      ),
    [inputs],
  );
  const names = useMemo(
    () => Object.fromEntries((working?.hotspots ?? []).map((h) => [h.hotspotId, h.name])),
    [working],
  );

  // The schedule dosage is held against and evaluated: an imported one, else the demo's own while the demo shows.
  const inUse =
    imported ?? (demoSchedule ? { fileName: "the demo's patrol_schedule.csv", parsed: demoSchedule } : null);
  const targetMinutes = Number(form.dwellMinutes) > 0 ? Number(form.dwellMinutes) : 15;
  const delivery = useMemo(
    () =>
      dosage.value && inUse
        ? deliveryAgainstSchedule(dosage.value.days, inUse.parsed.placeDays, { targetMinutes })
        : null,
    [dosage.value, inUse, targetMinutes],
  );

  const points = useMemo<DosagePoint[]>(
    () =>
      (working?.hotspots ?? []).map((h) => ({
        hotspotId: h.hotspotId,
        lngLat: h.centreLngLat,
        patrolMinutes: dosage.value?.hotspots[h.hotspotId]?.patrolMinutes ?? 0,
      })),
    [working, dosage.value],
  );
  const layers = useMemo(() => dosageLayers(points, layerOn && dosage.value !== null), [points, layerOn, dosage.value]);

  const onImport = useCallback(
    async (file: File) => {
      const parsed = parseScheduleCsv(await file.text(), file.name, { hotspotIds, dayStartMinutes });
      setImported({ fileName: file.name, parsed });
    },
    [hotspotIds, dayStartMinutes],
  );
  const onExport = useCallback(() => {
    if (planned && 'schedule' in planned)
      downloadText(scheduleFileName(planned.options), formatScheduleCsv(planned.schedule));
  }, [planned]);

  const panel: PatrolPanelProps = {
    onToggle: (part, isOpen) => setOpen((o) => (o[part] === isOpen ? o : { ...o, [part]: isOpen })),
    plan: {
      form,
      onForm: setForm,
      onNewSeed: () => setForm((f) => ({ ...f, seed: String(newSeed()) })),
      planned,
      sampleSize,
      imported,
      onImport: (file) => void onImport(file),
      onClearImport: () => setImported(null),
      onExport,
      reasons,
      names,
      dayStartMinutes,
      streetMaps: streets.sheets,
      streetMapsProblem: streets.problem,
    },
    dosage: {
      dosage: dosage.value,
      busy: dosage.busy,
      delivery,
      scheduleLabel: inUse?.fileName ?? null,
      targetMinutes,
      layerOn,
      onLayer: setLayerOn,
      onExportHomeOffice: () => {
        if (dosage.value) downloadText('grip-patrol-hours-home-office.csv', homeOfficeCsv(dosage.value.monthly));
      },
      legendMaxMinutes: Math.max(0, ...points.map((p) => p.patrolMinutes)),
    },
    evaluation: { ...evaluation, scheduleLabel: inUse?.fileName ?? null },
  };
  return { panel, layers };
}
