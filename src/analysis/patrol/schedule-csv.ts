// The schedule as a CSV a hub can open in a spreadsheet, edit and load back. Every row carries the seed, method and
// share, so a single row pasted elsewhere (or a file whose header comment a spreadsheet dropped) still says how it
// was drawn. Reading validates each row; a bad row is left out with a sentence naming the file, row and problem.
import type { Arm, PlaceDay, Schedule, ScheduleMethod } from './schedule';
import type { PlannedVisit } from './schedule-visits';
import { DEFAULT_DAY_START_MINUTES, formatClock, isDayIso, parseStamp, patrolDayOf } from './schedule-days';

export const SCHEDULE_COLUMNS = [
  'hotspot_id',
  'patrol_day',
  'arm',
  'visit_start',
  'dwell_minutes',
  'seed',
  'method',
  'share',
] as const;

/** One row per planned visit; a control day, or a patrol day without a planned time, is one row with no visit. */
export function formatScheduleCsv(schedule: Schedule): string {
  const { seed, method, share } = schedule.design;
  const byPlaceDay = new Map<string, PlannedVisit[]>();
  for (const v of schedule.visits) {
    const key = `${v.hotspotId}|${v.dayIso}`;
    byPlaceDay.set(key, [...(byPlaceDay.get(key) ?? []), v]);
  }
  const lines = [SCHEDULE_COLUMNS.join(',')];
  const design = `${seed},${method},${share}`;
  for (const { hotspotId, dayIso, arm } of schedule.placeDays) {
    const visits = arm === 'patrol' ? (byPlaceDay.get(`${hotspotId}|${dayIso}`) ?? []) : [];
    if (visits.length === 0) lines.push(`${hotspotId},${dayIso},${arm},,,${design}`);
    for (const v of visits) lines.push(`${hotspotId},${dayIso},${arm},${v.start},${v.dwellMinutes},${design}`);
  }
  return `${lines.join('\n')}\n`;
}

export type ScheduleCsvProblemCode =
  | 'not-a-schedule'
  | 'no-rows'
  | 'wrong-field-count'
  | 'unknown-hotspot'
  | 'bad-date'
  | 'bad-arm'
  | 'control-with-visit'
  | 'bad-visit-start'
  | 'visit-outside-day'
  | 'bad-dwell'
  | 'bad-design'
  | 'duplicate-place-day'
  | 'mixed-design';

export interface ScheduleCsvProblem {
  code: ScheduleCsvProblemCode;
  /** The row as a spreadsheet numbers it (header = 1); null for the whole file. */
  row: number | null;
  sentence: string;
}

export interface ParsedSchedule {
  /** `grip`: this module's columns; `demo`: the demo's `hotspot_id,date,arm` (no visits, no design). */
  format: 'grip' | 'demo';
  /** One per place-day, sorted by day then hotspot id. */
  placeDays: PlaceDay[];
  visits: PlannedVisit[];
  /** From the first row that gives them; null in the demo format or when no row does. */
  design: { seed: number | null; method: ScheduleMethod | null; share: number | null };
  rowsRead: number;
  rowsKept: number;
  problems: ScheduleCsvProblem[];
}

export interface ParseScheduleOptions {
  /** The hotspot ids the schedule may name; a row naming another is left out. Omitted: any id. */
  hotspotIds?: Iterable<string>;
  /** The patrol day's start the visits are checked against; default 06:00. */
  dayStartMinutes?: number;
}

/** What each row problem means, after "<file>, row <n>: ". */
const MEANING: Record<ScheduleCsvProblemCode, string> = {
  'not-a-schedule': 'it has no hotspot_id, patrol_day (or date) and arm columns, so it is not a patrol schedule',
  'no-rows': 'it has a header but no rows',
  'wrong-field-count': 'it has a different number of fields from the header',
  'unknown-hotspot': 'its hotspot_id is not one of the GRIP hotspots loaded',
  'bad-date': 'its patrol day is not a date as YYYY-MM-DD',
  'bad-arm': 'its arm is neither patrol nor control',
  'control-with-visit': 'it is a control day but has a visit (control days have no planned visit)',
  'bad-visit-start': 'its visit_start is not a local time as YYYY-MM-DD HH:MM',
  'visit-outside-day': 'its visit_start falls outside its patrol day',
  'bad-dwell': 'its dwell_minutes is not a whole number of minutes from 1 to 600 beside a visit_start',
  'bad-design': 'its seed, method or share is not a whole-number seed, simple or blocked, and a share between 0 and 1',
  'duplicate-place-day': 'an earlier row already gives this hotspot and patrol day (a place-day is one arm)',
  'mixed-design': 'its rows give more than one seed, method or share, so it may have been edited by hand',
};

/** One CSV line's fields (RFC 4180 quotes; a schedule has no line breaks inside fields). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') field += line[i++];
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  return [...fields, field];
}

type Row = Record<string, string>;
type Checked = { placeDay: PlaceDay; visit: PlannedVisit | null; design: [string, string, string] };

function checkRow(r: Row, known: Set<string> | null, dayStart: number): Checked | [ScheduleCsvProblemCode, string] {
  const hotspotId = r.hotspot_id;
  if (!hotspotId || (known && !known.has(hotspotId))) return ['unknown-hotspot', `"${hotspotId}"`];
  const dayIso = r.patrol_day;
  if (!isDayIso(dayIso)) return ['bad-date', `"${dayIso}"`];
  const arm = r.arm.toLowerCase();
  if (arm !== 'patrol' && arm !== 'control') return ['bad-arm', `"${r.arm}"`];
  const [start, dwell] = [r.visit_start ?? '', r.dwell_minutes ?? ''];
  let visit: PlannedVisit | null = null;
  if (arm === 'control' && (start || dwell)) return ['control-with-visit', `${start || dwell}`];
  if (start || dwell) {
    const stamp = parseStamp(start);
    if (!stamp) return ['bad-visit-start', `"${start}"`];
    if (patrolDayOf(stamp.dayIso, stamp.minute, dayStart) !== dayIso)
      return ['visit-outside-day', `${start} belongs to ${patrolDayOf(stamp.dayIso, stamp.minute, dayStart)}`];
    const minutes = Number(dwell);
    if (!/^\d+$/.test(dwell) || minutes < 1 || minutes > 600) return ['bad-dwell', `"${dwell}"`];
    visit = { hotspotId, dayIso, start: `${stamp.dayIso} ${formatClock(stamp.minute)}`, dwellMinutes: minutes };
  }
  const design: [string, string, string] = [r.seed ?? '', r.method ?? '', r.share ?? ''];
  const [seed, method, share] = design;
  if (
    (seed && !(/^\d+$/.test(seed) && Number(seed) <= 2 ** 32 - 1)) ||
    (method && method !== 'simple' && method !== 'blocked') ||
    (share && !(Number(share) > 0 && Number(share) < 1))
  )
    return ['bad-design', `${seed || '–'}, ${method || '–'}, ${share || '–'}`];
  return { placeDay: { hotspotId, dayIso, arm: arm as Arm }, visit, design };
}

/** Reads a schedule (this module's format or the demo's `hotspot_id,date,arm`); the good rows are kept. */
export function parseScheduleCsv(text: string, fileName: string, options: ParseScheduleOptions = {}): ParsedSchedule {
  const known = options.hotspotIds ? new Set(options.hotspotIds) : null;
  const dayStart = options.dayStartMinutes ?? DEFAULT_DAY_START_MINUTES;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const format = header.includes('patrol_day') ? 'grip' : 'demo';
  const dayColumn = format === 'grip' ? 'patrol_day' : 'date';
  const problems: ScheduleCsvProblem[] = [];
  const fileProblem = (code: ScheduleCsvProblemCode, tail: string) =>
    problems.push({ code, row: null, sentence: `${fileName}: ${MEANING[code]}; ${tail}.` });
  const empty: ParsedSchedule = {
    format,
    placeDays: [],
    visits: [],
    design: { seed: null, method: null, share: null },
    rowsRead: Math.max(0, lines.length - 1),
    rowsKept: 0,
    problems,
  };
  if (!['hotspot_id', dayColumn, 'arm'].every((c) => header.includes(c))) {
    fileProblem('not-a-schedule', 'nothing was loaded');
    return empty;
  }
  if (lines.length < 2) {
    fileProblem('no-rows', 'nothing was loaded');
    return empty;
  }
  const arms = new Map<string, { arm: Arm; starts: Set<string> }>();
  const designs = new Set<string>();
  const kept: Checked[] = [];
  for (let i = 1; i < lines.length; i++) {
    const fields = splitCsvLine(lines[i]).map((f) => f.trim());
    const row = i + 1;
    const leaveOut = (code: ScheduleCsvProblemCode, detail: string) =>
      problems.push({
        code,
        row,
        sentence: `${fileName}, row ${row}: ${MEANING[code]} (${detail}); the row was left out.`,
      });
    if (fields.length !== header.length) {
      leaveOut('wrong-field-count', `${fields.length} fields, the header has ${header.length}`);
      continue;
    }
    const r: Row = Object.fromEntries(header.map((h, c) => [h === dayColumn ? 'patrol_day' : h, fields[c]]));
    const checked = checkRow(r, known, dayStart);
    if (Array.isArray(checked)) {
      leaveOut(checked[0], checked[1]);
      continue;
    }
    const { placeDay, visit } = checked;
    const key = `${placeDay.hotspotId}|${placeDay.dayIso}`;
    const before = arms.get(key);
    const start = visit?.start ?? '';
    if (before && (before.arm !== placeDay.arm || placeDay.arm === 'control' || before.starts.has(start))) {
      leaveOut('duplicate-place-day', `${placeDay.hotspotId} on ${placeDay.dayIso}`);
      continue;
    }
    if (before) before.starts.add(start);
    else arms.set(key, { arm: placeDay.arm, starts: new Set([start]) });
    if (checked.design.some(Boolean)) designs.add(checked.design.join(','));
    kept.push(checked);
  }
  if (designs.size > 1) fileProblem('mixed-design', `all its good rows were loaded (${[...designs].join('; ')})`);
  const [seed, method, share] = [...designs][0]?.split(',') ?? ['', '', ''];
  const placeDays = [...arms.keys()]
    .map((key) => {
      const [hotspotId, dayIso] = key.split('|');
      return { hotspotId, dayIso, arm: arms.get(key)!.arm };
    })
    .sort((a, b) => (a.dayIso < b.dayIso ? -1 : a.dayIso > b.dayIso ? 1 : a.hotspotId < b.hotspotId ? -1 : 1));
  return {
    ...empty,
    placeDays,
    visits: kept.flatMap((c) => (c.visit ? [c.visit] : [])),
    design: {
      seed: seed ? Number(seed) : null,
      method: (method || null) as ScheduleMethod | null,
      share: share ? Number(share) : null,
    },
    rowsKept: kept.length,
  };
}
