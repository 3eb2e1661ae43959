// The schedule CSV: a round trip keeps every place-day, visit and the design; reading an edited file keeps the good
// rows and names the file, row and problem of each bad one; the demo's hotspot_id,date,arm reads too.
import { describe, expect, it } from 'vitest';
import { planSchedule, type Schedule } from '../../../../src/analysis/patrol/schedule';
import { formatScheduleCsv, parseScheduleCsv } from '../../../../src/analysis/patrol/schedule-csv';

const HEADER = 'hotspot_id,patrol_day,arm,visit_start,dwell_minutes,seed,method,share';
const GOOD = [
  'H01,2025-03-07,patrol,2025-03-07 21:10,15,42,blocked,0.5',
  'H01,2025-03-07,patrol,2025-03-08 01:20,15,42,blocked,0.5',
  'H02,2025-03-07,control,,,42,blocked,0.5',
];
const ids = { hotspotIds: ['H01', 'H02'] };
const read = (rows: string[], header = HEADER) => parseScheduleCsv([header, ...rows].join('\n'), 'edited.csv', ids);

function schedule(): Schedule {
  const result = planSchedule({
    hotspotIds: ['H01', 'H02', 'H03', 'H04'],
    fromIso: '2025-06-01',
    toIso: '2025-06-30',
    seed: 99,
    share: 0.5,
    method: 'blocked',
    windows: { kind: 'hand', weekdays: [0, 1, 2, 3, 4, 5, 6], fromHour: 20, toHour: 3 },
    visitsPerDay: 2,
  });
  if ('problem' in result) throw new Error(result.problem.sentence);
  return result.schedule;
}

describe('schedule CSV round trip', () => {
  it('reads back every place-day, visit and the design, and writes the same bytes again', () => {
    const s = schedule();
    const csv = formatScheduleCsv(s);
    const back = parseScheduleCsv(csv, 'schedule.csv', { hotspotIds: ['H01', 'H02', 'H03', 'H04'] });
    expect(back.problems).toEqual([]);
    expect(back.format).toBe('grip');
    expect(back.placeDays).toEqual(s.placeDays);
    expect(back.visits).toEqual(s.visits);
    expect(back.design).toEqual({ seed: 99, method: 'blocked', share: 0.5 });
    expect(back.rowsKept).toBe(back.rowsRead);
    const again = { ...s, placeDays: back.placeDays, visits: back.visits };
    expect(formatScheduleCsv(again)).toBe(csv);
  });

  it('puts the seed, method and share in every row, and visits after midnight on the evening before', () => {
    const lines = formatScheduleCsv(schedule()).trim().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.slice(1).every((l) => l.endsWith(',99,blocked,0.5'))).toBe(true);
    const late = lines.find((l) => / 0[0-2]:\d\d,/.test(l))!.split(',');
    expect(late[3].slice(0, 10) > late[1]).toBe(true); // the visit's date is the next calendar day
  });

  it('reads CRLF, a byte-order mark, quoted fields and capitalised arms', () => {
    const text = `\uFEFF${HEADER}\r\n"H01",2025-03-07,Patrol,2025-03-07 21:10,15,42,blocked,0.5\r\n`;
    const parsed = parseScheduleCsv(text, 'excel.csv', ids);
    expect(parsed.problems).toEqual([]);
    expect(parsed.placeDays).toEqual([{ hotspotId: 'H01', dayIso: '2025-03-07', arm: 'patrol' }]);
  });

  it("reads the demo's hotspot_id,date,arm (no visits, no design)", () => {
    const parsed = read(['H01,2025-01-01,control', 'H02,2025-01-01,patrol'], 'hotspot_id,date,arm');
    expect(parsed.format).toBe('demo');
    expect(parsed.problems).toEqual([]);
    expect(parsed.placeDays).toEqual([
      { hotspotId: 'H01', dayIso: '2025-01-01', arm: 'control' },
      { hotspotId: 'H02', dayIso: '2025-01-01', arm: 'patrol' },
    ]);
    expect(parsed.design).toEqual({ seed: null, method: null, share: null });
  });
});

describe('schedule CSV validation: the good rows are kept, each bad one named', () => {
  it.each([
    ['H01,2025-03-08,patrol,2025-03-08 20:00,15,42,blocked', 'wrong-field-count', '7 fields, the header has 8'],
    ['H99,2025-03-08,control,,,42,blocked,0.5', 'unknown-hotspot', '"H99"'],
    [',2025-03-08,control,,,42,blocked,0.5', 'unknown-hotspot', '""'],
    ['H01,2025-02-29,control,,,42,blocked,0.5', 'bad-date', '"2025-02-29"'],
    ['H01,08/03/2025,control,,,42,blocked,0.5', 'bad-date', '"08/03/2025"'],
    ['H01,2025-03-08,patrl,,,42,blocked,0.5', 'bad-arm', '"patrl"'],
    ['H01,2025-03-08,control,2025-03-08 20:00,15,42,blocked,0.5', 'control-with-visit', '2025-03-08 20:00'],
    ['H01,2025-03-08,patrol,8pm,15,42,blocked,0.5', 'bad-visit-start', '"8pm"'],
    [
      'H01,2025-03-08,patrol,2025-03-08 05:59,15,42,blocked,0.5',
      'visit-outside-day',
      '2025-03-08 05:59 belongs to 2025-03-07',
    ],
    ['H01,2025-03-08,patrol,2025-03-08 20:00,a while,42,blocked,0.5', 'bad-dwell', '"a while"'],
    ['H01,2025-03-08,patrol,2025-03-08 20:00,,42,blocked,0.5', 'bad-dwell', '""'],
    ['H01,2025-03-08,control,,,42,stratified,0.5', 'bad-design', '42, stratified, 0.5'],
    ['H01,2025-03-08,control,,,42,blocked,1.5', 'bad-design', '42, blocked, 1.5'],
    ['H02,2025-03-07,patrol,,,42,blocked,0.5', 'duplicate-place-day', 'H02 on 2025-03-07'],
    ['H02,2025-03-07,patrol,2025-03-07 20:00,15,42,blocked,0.5', 'duplicate-place-day', 'H02 on 2025-03-07'],
    ['H01,2025-03-07,control,,,42,blocked,0.5', 'duplicate-place-day', 'H01 on 2025-03-07'],
    ['H01,2025-03-07,patrol,2025-03-07 21:10,15,42,blocked,0.5', 'duplicate-place-day', 'H01 on 2025-03-07'],
  ])('%s → %s', (bad, code, detail) => {
    const parsed = read([...GOOD, bad]);
    const meaning = {
      'wrong-field-count': 'it has a different number of fields from the header',
      'unknown-hotspot': 'its hotspot_id is not one of the GRIP hotspots loaded',
      'bad-date': 'its patrol day is not a date as YYYY-MM-DD',
      'bad-arm': 'its arm is neither patrol nor control',
      'control-with-visit': 'it is a control day but has a visit (control days have no planned visit)',
      'bad-visit-start': 'its visit_start is not a local time as YYYY-MM-DD HH:MM',
      'visit-outside-day': 'its visit_start falls outside its patrol day',
      'bad-dwell': 'its dwell_minutes is not a whole number of minutes from 1 to 600 beside a visit_start',
      'bad-design':
        'its seed, method or share is not a whole-number seed, simple or blocked, and a share between 0 and 1',
      'duplicate-place-day': 'an earlier row already gives this hotspot and patrol day (a place-day is one arm)',
    }[code];
    expect(parsed.problems).toEqual([
      { code, row: 5, sentence: `edited.csv, row 5: ${meaning} (${detail}); the row was left out.` },
    ]);
    expect(parsed.rowsRead).toBe(4);
    expect(parsed.rowsKept).toBe(3);
    expect(parsed.placeDays).toHaveLength(2);
    expect(parsed.visits).toHaveLength(2);
  });

  it('refuses a file without the schedule columns, and one with no rows, loading nothing', () => {
    expect(parseScheduleCsv('unit_id,timestamp\nA,2025-01-01 10:00\n', 'pings.csv').problems).toEqual([
      {
        code: 'not-a-schedule',
        row: null,
        sentence:
          'pings.csv: it has no hotspot_id, patrol_day (or date) and arm columns, so it is not a patrol schedule; nothing was loaded.',
      },
    ]);
    expect(parseScheduleCsv(`${HEADER}\n`, 'empty.csv').problems.map((p) => p.sentence)).toEqual([
      'empty.csv: it has a header but no rows; nothing was loaded.',
    ]);
  });

  it('loads a file whose rows disagree on the seed, but says so', () => {
    const parsed = read([...GOOD, 'H02,2025-03-08,control,,,43,blocked,0.5']);
    expect(parsed.placeDays).toHaveLength(3);
    expect(parsed.design.seed).toBe(42);
    expect(parsed.problems.map((p) => p.sentence)).toEqual([
      'edited.csv: its rows give more than one seed, method or share, so it may have been edited by hand; all its good rows were loaded (42,blocked,0.5; 43,blocked,0.5).',
    ]);
  });

  it('checks visits against the day start it is given (00:00: a 05:59 visit is that date’s own)', () => {
    const row = 'H01,2025-03-08,patrol,2025-03-08 05:59,15,42,blocked,0.5';
    expect(parseScheduleCsv(`${HEADER}\n${row}`, 'x.csv', { dayStartMinutes: 0 }).problems).toEqual([]);
  });
});
