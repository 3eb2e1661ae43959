import { describe, expect, it } from 'vitest';
import type { HotspotProfile } from '../../../src/analysis/hotspot-profile';
import { emptyReport } from '../../../src/data/loaders/file-report';
import { hotspotListCsv, loadReportCsv, profileFiguresCsv } from '../../../src/data/exports/table-csv';
import { parseCsv } from './read-csv';

const HOSTILE = ['=cmd|"/C calc"!A0', '<script>alert(1)</script>', '+1', '-2+3', '@x', '\tx'];
const read = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return parseCsv(text.slice(1));
};

describe('table CSVs', () => {
  it('load report: one row per file, hostile file names neutralised', () => {
    const files = HOSTILE.map((name) => ({ ...emptyReport(name, 'police-uk-street'), rowsRead: 3, notes: ['a, b'] }));
    const [header, ...rows] = read(loadReportCsv(files));
    expect(header.slice(0, 3)).toEqual(['file', 'format', 'rows_read']);
    expect(rows.map((r) => r[0])).toEqual([
      `'=cmd|"/C calc"!A0`,
      '<script>alert(1)</script>',
      "'+1",
      "'-2+3",
      "'@x",
      "'\tx",
    ]);
    expect(rows[0][2]).toBe('3');
    expect(rows[0][9]).toBe('a, b');
  });

  it('hotspot list: figures when measured, empty cells before; negative longitudes stay numbers', () => {
    const [, measured, unmeasured] = read(
      hotspotListCsv([
        {
          hotspotId: 'H01',
          name: '=HYPERLINK("x")',
          centreLngLat: [-1.13, 52.63],
          cells: 4,
          measured: { crimes: 10, harm: 20.5, crimeShare: 0.1, harmShare: 0.2, pai: NaN, stability: null },
        },
        { hotspotId: 'H02', name: 'Clock Tower', centreLngLat: [-1.1, 52.6], cells: 2 },
      ]),
    );
    expect(measured).toEqual(['H01', `'=HYPERLINK("x")`, '-1.13', '52.63', '4', '10', '20.5', '0.1', '0.2', '', '']);
    expect(unmeasured.slice(5)).toEqual(['', '', '', '', '', '']);
  });

  it('profile figures: the figures, then crimes by type, most first', () => {
    const profile: HotspotProfile = {
      id: 'H01',
      crimes: 12,
      harm: 30,
      byType: { Robbery: 2, '-Drugs': 10 },
      byMonth: {},
      byHourWeekday: null,
      trend: { s: 0, z: 0, p: 0.5, trend: 'no trend' as HotspotProfile['trend']['trend'] },
      previousPeriod: { crimes: null, rateRatio: NaN, ciLow: NaN, ciHigh: NaN },
      pai: 40,
    };
    const rows = read(profileFiguresCsv('H01 · <b>x</b>', 'Jan 2024 to Dec 2025', profile));
    expect(rows[0]).toEqual(['figure', 'value']);
    expect(rows[1]).toEqual(['selection', 'H01 · <b>x</b>']);
    expect(rows.find((r) => r[0] === 'rate_ratio')).toEqual(['rate_ratio', '']);
    expect(rows.slice(-2)).toEqual([
      ['crimes: -Drugs', '10'],
      ['crimes: Robbery', '2'],
    ]);
  });
});
