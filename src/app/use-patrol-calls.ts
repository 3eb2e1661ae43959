import { useEffect, useState } from 'react';
import type { HotspotSet } from '../analysis/hotspot-set';
import { parseScheduleCsv, type ParsedSchedule } from '../analysis/patrol/schedule-csv';
import type { EngineClient } from '../data/engine-client';
import type { PatrolDosageResult, PatrolEvaluationCall, PatrolScheduleInputs } from '../data/engine/patrol-calls';
import type { PatrolPart } from '../ui/patrol/patrol-view';

interface PatrolCallsInputs {
  dataVersion: number;
  dataSource: 'demo' | 'user';
  working: HotspotSet | null;
  weightsVersion: number;
  open: Record<PatrolPart, boolean>;
  dayStartMinutes: number;
  /** An imported schedule; null: the demo's own, while the demo shows. */
  imported: ParsedSchedule | null;
}

/** True from the first time `on` is: a part once opened keeps its figures up to date, folded or not. */
function useOnceOpened(on: boolean): boolean {
  const [opened, setOpened] = useState(on);
  useEffect(() => {
    if (on) setOpened(true);
  }, [on]);
  return opened || on;
}

/** Runs `call` whenever its inputs change while `wanted`; a stale answer never overwrites a newer one. */
function useEngineValue<T>(wanted: boolean, call: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ value: T | null; busy: boolean; error: string | null }>({
    value: null,
    busy: false,
    error: null,
  });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    setState((s) => ({ ...s, busy: true, error: null }));
    call().then(
      (value) => current && setState({ value, busy: false, error: null }),
      (error: Error) => current && setState({ value: null, busy: false, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [wanted, ...deps]);
  return state;
}

/** The patrol panel's engine calls, each made once its part has been opened and again when what it reads changes. */
export function usePatrolCalls(engine: EngineClient, d: PatrolCallsInputs) {
  const ready = d.dataVersion > 0 && d.working !== null && d.working.hotspots.length > 0;
  const planOpened = useOnceOpened(d.open.plan);
  const dosageOpened = useOnceOpened(d.open.dosage);
  const evaluationOpened = useOnceOpened(d.open.evaluation);
  const ids = (d.working?.hotspots ?? []).map((h) => h.hotspotId);

  const inputs = useEngineValue<PatrolScheduleInputs>(ready && planOpened, () => engine.patrolScheduleInputs({}), [
    d.dataVersion,
    d.working,
  ]);
  const demo = useEngineValue<ParsedSchedule | null>(
    ready && d.dataSource === 'demo' && (dosageOpened || evaluationOpened),
    async () => {
      const text = await engine.demoPatrolSchedule({});
      const options = { hotspotIds: ids, dayStartMinutes: d.dayStartMinutes };
      return text === null ? null : parseScheduleCsv(text, 'patrol_schedule.csv', options);
    },
    [d.dataVersion, d.working, d.dayStartMinutes],
  );
  const demoSchedule = d.dataSource === 'demo' ? demo.value : null;
  const dosage = useEngineValue<PatrolDosageResult>(
    ready && dosageOpened,
    () => engine.patrolDosage({ dayStartMinutes: d.dayStartMinutes }),
    [d.dataVersion, d.working, d.dayStartMinutes],
  );
  const schedule = d.imported ?? demoSchedule;
  const evaluation = useEngineValue<PatrolEvaluationCall>(
    ready && evaluationOpened && schedule !== null,
    () => engine.patrolEvaluation({ placeDays: schedule!.placeDays, dayStartMinutes: d.dayStartMinutes }),
    [schedule, d.dataVersion, d.weightsVersion, d.working, d.dayStartMinutes],
  );
  return {
    inputs: inputs.value,
    demoSchedule,
    dosage: { value: dosage.value, busy: dosage.busy },
    evaluation: { evaluation: evaluation.value, busy: evaluation.busy, error: evaluation.error },
  };
}
