// Patrol times are naive clock readings: parsed and printed through UTC so no zone or summer-time shift happens.
import { describe, expect, it } from 'vitest';
import { naiveIso, parseNaiveTimestamp, patrolDayOfMs } from '../../../../src/analysis/patrol/naive-time';

describe('naive timestamps', () => {
  it.each([
    ['2025-03-30 01:30:00', '2025-03-30T01:30:00'], // the hour the UK clocks skip: kept as written
    ['2025-10-26T01:30:00', '2025-10-26T01:30:00'], // the hour they repeat
    ['2025-03-07T16:15:00Z', '2025-03-07T16:15:00'],
    ['2025-03-07 16:15', '2025-03-07T16:15:00'],
    ['2025-03-07 16:15:03.250', '2025-03-07T16:15:03'],
  ])('%s reads as %s', (text, iso) => {
    expect(naiveIso(parseNaiveTimestamp(text) as number)).toBe(iso);
  });

  it.each([
    '2025-02-30 10:00:00',
    '2025-03-07 24:00:00',
    '2025-03-07 16:60:00',
    '07/03/2025 16:15',
    '2025-03-07T16:15:00+01:00',
    '',
  ])('%j is not a clock reading', (text) => expect(parseNaiveTimestamp(text)).toBeNull());

  it.each([
    ['2025-03-08 05:59:59', 360, '2025-03-07'],
    ['2025-03-08 06:00:00', 360, '2025-03-08'],
    ['2025-03-08 00:30:00', 0, '2025-03-08'],
    ['2025-03-08 21:59:00', 22 * 60, '2025-03-07'],
  ])('%s with the day starting %i minutes after midnight is patrol day %s', (text, dayStartMinutes, dayIso) => {
    expect(patrolDayOfMs(parseNaiveTimestamp(text) as number, dayStartMinutes)).toBe(dayIso);
  });
});
