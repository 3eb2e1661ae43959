// `grip dosage` on hand-made pings (tests/fixtures/patrol, see its README): the app's ingest reads the pings in either
// column layout, the JSON has the shape, and the numbers are the ones the tracks were made to give.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  computeDosage,
  dosageLines,
  parseDosageArgs,
  readDosageHotspots,
  runDosage,
  type DosageArgs,
} from '../../../scripts/cli/dosage-command';
import { ingestFiles } from '../../../src/data/ingest-files';
import { queryVisitLogDosage } from '../../../src/data/patrol-dosage';
import { createNodeEngine } from '../../../scripts/cli/node-engine';
import { fixturePath, readFixture } from '../../fixture';

const args = (pings: string, extra: string[] = []) => {
  const parsed = parseDosageArgs([
    '--pings',
    fixturePath(pings),
    '--hotspots',
    fixturePath('patrol/hotspots.geojson'),
    ...extra,
  ]);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const dosageOf = async (a: DosageArgs) => {
  const result = await computeDosage(a);
  if ('error' in result) throw new Error(result.error);
  return result;
};

// Each run starts its own DuckDB-WASM (≈1–2 s): the lat/lon file's result is computed once and shared.
let latLon: Awaited<ReturnType<typeof dosageOf>>;
beforeAll(async () => {
  latLon = await dosageOf(args('patrol/pings-latlon.csv'));
}, 30_000);
afterEach(() => vi.restoreAllMocks());

describe('grip dosage', () => {
  it('prints the issue’s JSON: per hotspot counts and minutes, and each visit in the pings’ own clock', async () => {
    const { dosage, warnings } = latLon;
    expect(dosage).toEqual({
      hotspots: {
        P01: { visits: 2, passThroughs: 0, patrolMinutes: 20, officerMinutes: 27, koper10to15: 1, koperAtLeast10: 1 },
        S01: { visits: 1, passThroughs: 1, patrolMinutes: 15, officerMinutes: 15, koper10to15: 1, koperAtLeast10: 1 },
        Z01: {
          visits: 0,
          passThroughs: 0,
          patrolMinutes: 0,
          officerMinutes: 0,
          koper10to15: null,
          koperAtLeast10: null,
        },
      },
      visits: [
        { hotspot_id: 'P01', unit_id: 'LC41', start: '2025-03-07T16:00:00', end: '2025-03-07T16:12:00', minutes: 12 },
        { hotspot_id: 'P01', unit_id: 'LC42', start: '2025-03-07T16:05:00', end: '2025-03-07T16:20:00', minutes: 15 },
        { hotspot_id: 'S01', unit_id: 'LC41', start: '2025-03-07T16:30:00', end: '2025-03-07T16:45:00', minutes: 15 },
      ],
    });
    expect(warnings).toEqual([
      expect.stringMatching(/^.*pings-latlon\.csv: 1 row set aside \(row 21\)\. The date or time is missing/),
    ]);
  });

  it('reads easting/northing pings with a callsign column the same', async () => {
    const bng = await dosageOf(args('patrol/pings-bng.csv'));
    expect(bng.dosage).toEqual(latLon.dosage);
    expect(bng.warnings).toEqual([]);
  });

  it('--buffer-m, --gap-s and --min-dwell-s change the rules', async () => {
    const narrow = await dosageOf(args('patrol/pings-latlon.csv', ['--buffer-m', '10']));
    expect(narrow.dosage.hotspots.S01).toMatchObject({ visits: 0, passThroughs: 0 });
    const strict = await dosageOf(args('patrol/pings-latlon.csv', ['--gap-s', '60', '--min-dwell-s', '0']));
    // The 90 s lost fix now splits LC41's P01 visit; with no minimum dwell the S01 crossing is a visit.
    expect(strict.dosage.hotspots.P01.visits).toBe(3);
    expect(strict.dosage.hotspots.S01).toMatchObject({ visits: 2, passThroughs: 0 });
  });

  it('says what is wrong with a command line', () => {
    expect(parseDosageArgs(['--hotspots', 'h.geojson'])).toEqual({ error: expect.stringMatching(/--pings/) });
    expect(parseDosageArgs(['--pings', 'p.csv'])).toEqual({ error: expect.stringMatching(/--hotspots/) });
    expect(parseDosageArgs(['--pings', 'p.csv', '--hotspots', 'h.geojson', '--gap-s', 'soon'])).toEqual({
      error: expect.stringMatching(/--gap-s must be a number of seconds/),
    });
    expect(parseDosageArgs(['--pings', 'p.csv', '--hotspots', 'h.geojson', '--buffer-m', '0'])).toEqual({
      error: expect.stringMatching(/--buffer-m/),
    });
  });

  it('names hotspot features it cannot use, and keeps the rest', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { hotspot_id: 'S01' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [-1.1, 52.6],
              [-1.09, 52.6],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { hotspot_id: 'S02' },
          geometry: { type: 'LineString', coordinates: [[-1.1, 'x']] },
        },
        {
          type: 'Feature',
          properties: { hotspot_id: 'S01' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [-1.2, 52.6],
              [-1.19, 52.6],
            ],
          },
        },
        { type: 'Feature', properties: { hotspot_id: 'X01' }, geometry: { type: 'Point', coordinates: [-1.1, 52.6] } },
      ],
    });
    const { hotspots, problems } = readDosageHotspots(text, 50);
    expect(hotspots.map((h) => [h.hotspotId, h.area.type])).toEqual([['S01', 'Polygon']]);
    expect(problems).toEqual([
      expect.stringMatching(/features\[1\] \(S02\): its coordinates are not \[longitude, latitude\]/),
      expect.stringMatching(/features\[2\] \(S01\): its hotspot_id is used by an earlier feature/),
      expect.stringMatching(/features\[3\] \(X01\): its geometry is not a Polygon/),
    ]);
  });

  it('prints a plain table without --json, and refuses a file that is not pings', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = args('patrol/pings-latlon.csv');
    expect(await runDosage(['--pings', a.pingsPath, '--hotspots', a.hotspotsPath])).toBe(0);
    const table = String(log.mock.calls[0][0]).split('\n');
    expect(table[0]).toMatch(/^Hotspot\s+Visits\s+Pass-throughs\s+Patrol min\s+Officer min\s+Koper 10–15\s+Koper ≥10$/);
    expect(table[1]).toMatch(/^P01\s+2\s+0\s+20\.0\s+27\.0\s+100%\s+100%$/);
    expect(table[3]).toMatch(/^Z01\s+0\s+0\s+0\.0\s+0\.0\s+–\s+–$/);
    expect(table).toEqual(dosageLines(latLon.dosage, a));
    const notPings = await computeDosage({ ...a, pingsPath: fixturePath('good/patrol-visits.csv') });
    expect(notPings).toEqual({ error: expect.stringMatching(/is not patrol GPS pings \(it reads as patrol-visits\)/) });
  });
});

describe('dosage from a visit log the app ingested (no pings)', () => {
  it('reads patrol_visits through the same rules: the row ending before it starts was set aside by the ingest', async () => {
    const engine = await createNodeEngine();
    try {
      await ingestFiles(engine, [
        { path: 'patrol-visits.csv', bytes: new Uint8Array(readFixture('good/patrol-visits.csv')) },
      ]);
      const { hotspots, days } = await queryVisitLogDosage(engine);
      expect(Object.keys(hotspots)).toEqual(['H04', 'H07', 'H08']);
      expect(hotspots.H07).toMatchObject({ visits: 2, patrolMinutes: 35, officerMinutes: 35, koper10to15: 0.5 });
      expect(days.map((d) => `${d.hotspotId} ${d.dayIso}`)).toEqual([
        'H04 2025-01-01',
        'H07 2025-01-01',
        'H08 2025-01-01',
      ]);
    } finally {
      await engine.close();
    }
  });
});
