// `npm run grip -- evaluate --hotspots h.geojson --schedule schedule.csv --json`: crimes on patrol against control
// days per GRIP hotspot and over all (src/analysis/patrol/evaluation.ts), on the ingested data or the demo, with the
// engine's own query (src/data/patrol-evaluation.ts). Reads `grip schedule` files and the demo's patrol_schedule.csv.
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_HARM_WEIGHTS } from '../../src/analysis/harm-weights';
import { DEFAULT_STREET_BUFFER_METRES } from '../../src/analysis/hotspot-area';
import type { ArmComparison, PatrolEvaluation } from '../../src/analysis/patrol/evaluation';
import { parseScheduleCsv, type ParsedSchedule } from '../../src/analysis/patrol/schedule-csv';
import { parseClock } from '../../src/analysis/patrol/schedule-days';
import { readPatrolHotspots, type PatrolHotspot } from '../../src/analysis/patrol/schedule-hotspots';
import type { Engine } from '../../src/data/engine';
import { queryPatrolEvaluation, type PatrolEvaluationResult } from '../../src/data/patrol-evaluation';
import { flagValue } from './cli-args';
import { createNodeEngine } from './node-engine';
import { loadWorkspace } from './workspace';

export interface EvaluateArgs {
  hotspotsPath: string;
  schedulePath: string;
  dayStartMinutes: number;
  bufferMetres: number;
  /** Empty: all crime types. */
  types: string[];
  json: boolean;
}

/** The command line as arguments, or the sentence saying what is wrong with it. */
export function parseEvaluateArgs(args: string[]): EvaluateArgs | { error: string } {
  const value = (name: string) => flagValue(args, name);
  const hotspotsPath = value('hotspots');
  const schedulePath = value('schedule');
  if (!hotspotsPath) return { error: 'evaluate needs --hotspots <file.geojson>: the GRIP hotspots evaluated.' };
  if (!schedulePath) return { error: 'evaluate needs --schedule <schedule.csv>: the patrol and control days.' };
  const dayStartMinutes = parseClock(value('day-start') ?? '06:00');
  if (dayStartMinutes === null || dayStartMinutes % 60 !== 0)
    return { error: `--day-start must be a clock time on the hour such as 06:00 (got "${value('day-start')}").` };
  const buffer = value('buffer-m');
  const bufferMetres = buffer === null ? DEFAULT_STREET_BUFFER_METRES : Number(buffer);
  if (!(bufferMetres > 0)) return { error: `--buffer-m must be more than 0 metres (got "${buffer}").` };
  const types = (value('types') ?? '').split('|').filter(Boolean);
  return { hotspotsPath, schedulePath, dayStartMinutes, bufferMetres, types, json: args.includes('--json') };
}

/** The per-hotspot and overall shape. */
const summary = (c: ArmComparison) => ({
  patrolDays: c.patrolDays,
  controlDays: c.controlDays,
  patrolCrimes: c.patrolCrimes,
  controlCrimes: c.controlCrimes,
  rateRatio: c.rateRatio,
  ciLow: c.ciLow,
  ciHigh: c.ciHigh,
  p: c.p,
});

/** The evaluation as the --json output: the fields first, then the tables, method and caveats. */
export function evaluationJson(e: PatrolEvaluation, schedule: ParsedSchedule, schedulePath: string) {
  return {
    overall: summary(e.overall),
    hotspots: Object.fromEntries(Object.entries(e.hotspots).map(([id, c]) => [id, summary(c)])),
    harmPerPlaceDay: e.harmPerPlaceDay,
    carryOver: e.carryOver,
    method: e.method,
    caveats: e.caveats.map((c) => c.sentence),
    crimesOutsideSchedule: e.crimesOutsideSchedule,
    schedule: {
      file: schedulePath,
      format: schedule.format,
      placeDays: schedule.placeDays.length,
      design: schedule.design,
      problems: schedule.problems.map((p) => p.sentence),
    },
  };
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const line = (label: string, c: ArmComparison) =>
  `${label}: ${c.patrolCrimes} crimes on ${c.patrolDays} patrol days, ${c.controlCrimes} on ${c.controlDays} control days; ` +
  `rate ratio ${fixed(c.rateRatio, 2)} (95% CI ${fixed(c.ciLow, 2)} to ${fixed(c.ciHigh, 2)}), p = ${fixed(c.p, 3)}.`;

function evaluationLines(e: PatrolEvaluation): string[] {
  const [all, ...rows] = e.harmPerPlaceDay;
  const c = e.carryOver;
  return [
    line('All hotspots', e.overall),
    ...Object.entries(e.hotspots).map(([id, h]) => line(`  ${id}`, h)),
    `Harm per place-day: ${fixed(all.patrol, 2)} on patrol days, ${fixed(all.control, 2)} on control days (${fixed(all.lowerPercent, 1)}% lower).`,
    ...rows.map((r) => `  ${r.hotspotId}: ${fixed(r.patrol, 2)} against ${fixed(r.control, 2)}.`),
    `Carry-over: ${c.afterPatrolCrimes} crimes on ${c.afterPatrolDays} control days after a patrol day, ${c.otherControlCrimes} on ${c.otherControlDays} other control days; rate ratio ${fixed(c.rateRatio, 2)} (95% CI ${fixed(c.ciLow, 2)} to ${fixed(c.ciHigh, 2)}).`,
    `Method: ${e.method}`,
    ...e.caveats.map((caveat) => `Caveat: ${caveat.sentence}`),
  ];
}

/** The evaluation on what the engine holds, harm with the app's default weights (the CLI has no weights panel). */
export async function evaluateOnEngine(
  engine: Engine,
  args: EvaluateArgs,
  hotspots: PatrolHotspot[],
  schedule: ParsedSchedule,
): Promise<PatrolEvaluationResult> {
  await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
  return queryPatrolEvaluation(engine, {
    hotspots,
    placeDays: schedule.placeDays,
    crimeTypes: args.types,
    dayStartMinutes: args.dayStartMinutes,
    bufferMetres: args.bufferMetres,
  });
}

export async function runEvaluate(argv: string[]): Promise<number> {
  const args = parseEvaluateArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  for (const [what, file] of [
    ['hotspot', args.hotspotsPath],
    ['schedule', args.schedulePath],
  ])
    if (!existsSync(file)) {
      console.error(`No such ${what} file: ${file}.`);
      return 2;
    }
  const read = readPatrolHotspots(readFileSync(args.hotspotsPath, 'utf8'), args.hotspotsPath);
  for (const p of read.problems) console.error(p);
  const schedule = parseScheduleCsv(readFileSync(args.schedulePath, 'utf8'), args.schedulePath, {
    hotspotIds: read.hotspots.map((h) => h.id),
    dayStartMinutes: args.dayStartMinutes,
  });
  for (const p of schedule.problems) console.error(p.sentence);
  if (schedule.placeDays.length === 0) {
    console.error(`No place-days to evaluate in ${args.schedulePath}.`);
    return 2;
  }
  const engine = await createNodeEngine();
  try {
    await loadWorkspace(engine);
    const result = await evaluateOnEngine(engine, args, read.hotspots, schedule);
    if (result.status !== 'evaluated') {
      console.log(args.json ? JSON.stringify(result, null, 2) : result.sentence);
      return 1;
    }
    const { evaluation, loadedDays, placeDaysOutsideData } = result;
    if (placeDaysOutsideData > 0)
      console.error(
        `${placeDaysOutsideData} of the schedule's place-days fall outside the patrol days the timed crimes loaded cover (${loadedDays.fromIso} to ${loadedDays.toIso}); they were left out.`,
      );
    console.log(
      args.json
        ? JSON.stringify(evaluationJson(evaluation, schedule, args.schedulePath), null, 2)
        : evaluationLines(evaluation).join('\n'),
    );
    return 0;
  } finally {
    await engine.close();
  }
}
