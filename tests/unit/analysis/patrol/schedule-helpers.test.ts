// The schedule's helpers: the patrol day boundary, calendar checks, hand windows, the hotspot file and the
// briefing's "why it was chosen".
import { describe, expect, it } from 'vitest';
import { briefingReasons } from '../../../../src/analysis/patrol/schedule-briefing';
import { dayRange, isDayIso, patrolDayOf, weekdayOf } from '../../../../src/analysis/patrol/schedule-days';
import { readPatrolHotspots } from '../../../../src/analysis/patrol/schedule-hotspots';
import { hourWeights } from '../../../../src/analysis/patrol/schedule-visits';
import { parseHandWindow } from '../../../../src/analysis/patrol/schedule-window';

describe('the patrol day (Thames Valley: 06:00–05:59)', () => {
  it.each([
    ['2025-03-08', '01:00', 360, '2025-03-07'],
    ['2025-03-08', '05:59', 360, '2025-03-07'],
    ['2025-03-08', '06:00', 360, '2025-03-08'],
    ['2025-03-08', '23:59', 360, '2025-03-08'],
    ['2025-03-01', '00:30', 360, '2025-02-28'],
    ['2025-01-01', '02:00', 360, '2024-12-31'],
    ['2025-03-08', '01:00', 0, '2025-03-08'],
  ])('%s %s with the day from minute %i is patrol day %s', (dayIso, clock, start, expected) => {
    const [h, m] = clock.split(':').map(Number);
    expect(patrolDayOf(dayIso, h * 60 + m, start)).toBe(expected);
  });

  it('checks calendar dates and counts weekdays from Monday', () => {
    expect(isDayIso('2024-02-29')).toBe(true);
    expect(isDayIso('2025-02-29')).toBe(false);
    expect(isDayIso('2025-3-1')).toBe(false);
    expect(weekdayOf('2024-01-01')).toBe(0); // a Monday
    expect(weekdayOf('2025-03-09')).toBe(6); // a Sunday
    expect(dayRange('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it("reads a harm grid's small hours from the next weekday's row", () => {
    const grid = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d * 100 + h));
    const friday = hourWeights({ kind: 'harm-grid', byHourWeekday: grid }, '2025-03-07', 360);
    expect(friday[0]).toBe(406); // slot 0 = Friday 06:00
    expect(friday[17]).toBe(423); // Friday 23:00
    expect(friday[18]).toBe(500); // Saturday 00:00, still Friday's patrol day
    expect(friday[23]).toBe(505);
  });
});

describe('hand windows', () => {
  it.each([
    ['Wed-Sat 15-22', [2, 3, 4, 5], 15, 22],
    ['wed–sat 15:00–22:00', [2, 3, 4, 5], 15, 22],
    ['Fri,Sat 20-02', [4, 5], 20, 2],
    ['Fri-Mon 18-23', [0, 4, 5, 6], 18, 23],
  ])('%s', (text, weekdays, fromHour, toHour) => {
    expect(parseHandWindow(text)).toEqual({ kind: 'hand', weekdays, fromHour, toHour });
  });

  it.each(['Wed-Sat', 'Someday 15-22', 'Wed-Sat 15-25', 'Wed-Sat-Sun 15-22'])('refuses "%s"', (text) => {
    expect(parseHandWindow(text)).toEqual({
      problem: `A visit window is weekdays and hours, e.g. "Wed-Sat 15-22" or "Fri,Sat 20:00-02:00" (got "${text}").`,
    });
  });

  it('runs a window past midnight on the patrol day that starts it', () => {
    const w = parseHandWindow('Fri 20-02');
    if ('problem' in w) throw new Error(w.problem);
    const friday = hourWeights(w, '2025-03-07', 360);
    const hours = friday.flatMap((x, slot) => (x > 0 ? [(6 + slot) % 24] : []));
    expect(hours).toEqual([20, 21, 22, 23, 0, 1]);
    expect(hourWeights(w, '2025-03-08', 360).every((x) => x === 0)).toBe(true); // Saturday is not in it
  });
});

describe('the hotspot file', () => {
  it('takes street segments and areas, and names each feature left out', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [-1.13, 52.63],
        [-1.12, 52.64],
      ],
    };
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [-1, 52],
          [-1, 52.1],
          [-0.9, 52.1],
          [-1, 52],
        ],
      ],
    };
    const feature = (id: unknown, geometry: unknown) => ({ type: 'Feature', properties: { hotspot_id: id }, geometry });
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('H01', line),
        feature('H02', square),
        feature('H01', line),
        feature(null, line),
        feature('H05', { type: 'Point', coordinates: [-1, 52] }),
        feature('H06', { type: 'LineString', coordinates: [[-1, 'x']] }),
      ],
    });
    const { hotspots, problems } = readPatrolHotspots(text, 'h.geojson');
    expect(hotspots.map((h) => [h.id, h.shape.type])).toEqual([
      ['H01', 'LineString'],
      ['H02', 'Polygon'],
    ]);
    expect(problems).toEqual([
      'h.geojson, features[2] (H01): its hotspot_id is used by an earlier feature; it was left out.',
      'h.geojson, features[3]: it has no hotspot_id (a non-empty string such as "H01"); it was left out.',
      'h.geojson, features[4] (H05): its geometry is not a Polygon, MultiPolygon, LineString or MultiLineString; it was left out.',
      'h.geojson, features[5] (H06): its coordinates are not [longitude, latitude] in degrees; it was left out.',
    ]);
    expect(readPatrolHotspots('{', 'bad.geojson').problems).toEqual([
      'bad.geojson is not valid JSON; no hotspots were loaded.',
    ]);
  });
});

describe("the briefing's reasons", () => {
  it('gives the top types with shares and the busiest hours, ties in a stable order', () => {
    const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    grid[5][23] = 9; // Sat 23:00
    grid[4][22] = 7; // Fri 22:00
    grid[4][23] = 7; // Fri 23:00
    grid[0][23] = 1;
    const byType = { 'Violence and sexual offences': 11, 'Anti-social behaviour': 5, 'Public order': 4, Drugs: 4 };
    const r = briefingReasons(byType, grid);
    expect(r.topTypes).toEqual([
      { crimeType: 'Violence and sexual offences', crimes: 11, share: 11 / 24 },
      { crimeType: 'Anti-social behaviour', crimes: 5, share: 5 / 24 },
      { crimeType: 'Drugs', crimes: 4, share: 4 / 24 },
    ]);
    expect(r.topSlots).toEqual([
      { weekday: 5, hour: 23, crimes: 9 },
      { weekday: 4, hour: 22, crimes: 7 },
      { weekday: 4, hour: 23, crimes: 7 },
    ]);
    expect(r.topHours).toEqual([
      { hour: 23, crimes: 17 },
      { hour: 22, crimes: 7 },
    ]);
    expect(r.sentence).toBe(
      'Mostly Violence and sexual offences (46%), Anti-social behaviour (21%), Drugs (17%); busiest Sat 23:00, Fri 22:00, Fri 23:00.',
    );
  });

  it('says when the data carry no times', () => {
    expect(briefingReasons({ Drugs: 2 }, null).sentence).toBe('Mostly Drugs (100%); the data carry no times.');
    expect(briefingReasons({}, null).topHours).toEqual([]);
  });
});
