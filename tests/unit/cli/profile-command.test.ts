// `npm run grip -- profile` end to end on the real June 2024 Leicestershire month (tests/fixtures/police-uk, OGL v3):
// the CLI ingests, proposes a hotspot file and profiles H01 in its own process; the JSON has exactly the shape
// and its count equals an independent Turf point-in-polygon count over the CSV.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHotspotsGeoJson, type HotspotFeature } from '../../../src/analysis/hotspot-proposal';
import { parseProfileArgs } from '../../../scripts/cli/profile-command';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';

const repoRoot = path.resolve(__dirname, '../../..');
const month = fixturePath(REAL_POLICE_UK_MONTH);
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const cli = path.join(repoRoot, 'scripts/grip-cli.ts');
let workDir: string;
let h01: HotspotFeature;
let profile: Record<string, unknown>;

const grip = (...args: string[]) => execFileSync(tsx, [cli, ...args], { cwd: workDir, encoding: 'utf8' });

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'grip-profile-'));
  grip('ingest', month);
  grip('select', '--out', 'hotspots.geojson');
  h01 = readHotspotsGeoJson(readFileSync(path.join(workDir, 'hotspots.geojson'), 'utf8')).features[0];
  profile = JSON.parse(grip('profile', '--hotspots', 'hotspots.geojson', '--id', 'H01', '--json'));
}, 120_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The month's located crimes in a polygon, all types, from the CSV itself (no quoted fields: see its README). */
function typesInside(feature: HotspotFeature): string[] {
  const [header, ...lines] = readFileSync(month, 'utf8').trim().split('\n');
  const c = header.split(',');
  const [lon, lat, type] = ['Longitude', 'Latitude', 'Crime type'].map((name) => c.indexOf(name));
  return lines
    .map((line) => line.split(','))
    .filter((f) => f[lon] !== '' && booleanPointInPolygon([Number(f[lon]), Number(f[lat])], feature.geometry))
    .map((f) => f[type]);
}

describe('grip profile', () => {
  it('prints exactly the JSON shape of issue 16', () => {
    expect(Object.keys(profile)).toEqual([
      'id',
      'crimes',
      'harm',
      'byType',
      'byMonth',
      'byHourWeekday',
      'trend',
      'previousPeriod',
      'pai',
    ]);
    expect(Object.keys(profile.trend as object)).toEqual(['s', 'z', 'p', 'trend']);
    expect(Object.keys(profile.previousPeriod as object)).toEqual(['crimes', 'rateRatio', 'ciLow', 'ciHigh']);
    expect(profile.id).toBe('H01');
    expect(profile.byHourWeekday).toBeNull(); // police.uk: months only
    expect(profile.byMonth).toEqual({ '2024-06': profile.crimes });
    expect(profile.pai).toBeGreaterThan(1);
  });

  it("counts all crime types in the hotspot's polygon, as Turf does over the CSV", () => {
    const inside = typesInside(h01);
    expect(profile.crimes).toBe(inside.length);
    const byType = profile.byType as Record<string, number>;
    expect(Object.values(byType).reduce((a, b) => a + b, 0)).toBe(inside.length);
    for (const type of new Set(inside)) expect(byType[type]).toBe(inside.filter((t) => t === type).length);
  });

  it('follows --types', () => {
    const only = JSON.parse(
      grip('profile', '--hotspots', 'hotspots.geojson', '--id', 'H01', '--types', 'Public order|Robbery', '--json'),
    );
    const inside = typesInside(h01).filter((t) => t === 'Public order' || t === 'Robbery');
    expect(only.crimes).toBe(inside.length);
  });

  it('says what is wrong with the command line or the id, and exits 2', () => {
    expect(parseProfileArgs(['--id', 'H01'])).toEqual({
      error: 'profile needs --hotspots <file.geojson>: the GRIP hotspot file to read.',
    });
    expect(parseProfileArgs(['--hotspots', 'h.geojson', '--id', 'H01', '--from', '2024-6'])).toEqual({
      error: '--from must be a month as YYYY-MM (got "2024-6").',
    });
    const run = spawnSync(tsx, [cli, 'profile', '--hotspots', 'hotspots.geojson', '--id', 'H99'], {
      cwd: workDir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No hotspot H99 in hotspots.geojson');
  });

  it('counts the crimes within 50 m of a street-segment hotspot (its buffer, as the patrol rules say)', () => {
    // An east–west segment through Leicester city centre; distances on an equirectangular projection (exact enough
    // over 200 m at 52.6° N) bound the buffer's count between the crimes within 45 m and those within 55 m.
    const line: [number, number][] = [
      [-1.1345, 52.6358],
      [-1.1285, 52.6358],
    ];
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { hotspot_id: 'S01' }, geometry: { type: 'LineString', coordinates: line } },
      ],
    });
    writeFileSync(path.join(workDir, 'street.geojson'), text);
    const street = JSON.parse(grip('profile', '--hotspots', 'street.geojson', '--id', 'S01', '--json'));
    const metresPerDegreeLat = 111_195;
    const metresPerDegreeLng = metresPerDegreeLat * Math.cos((52.6358 * Math.PI) / 180);
    const [header, ...lines] = readFileSync(month, 'utf8').trim().split('\n');
    const c = header.split(',');
    const [lon, lat] = [c.indexOf('Longitude'), c.indexOf('Latitude')];
    const distances = lines
      .map((l) => l.split(','))
      .filter((f) => f[lon] !== '')
      .map((f) => {
        const x = (Number(f[lon]) - Math.min(Math.max(Number(f[lon]), line[0][0]), line[1][0])) * metresPerDegreeLng;
        const y = (Number(f[lat]) - line[0][1]) * metresPerDegreeLat;
        return Math.hypot(x, y);
      });
    const within = (m: number) => distances.filter((d) => d <= m).length;
    expect(within(45)).toBeGreaterThan(20);
    expect(street.crimes).toBeGreaterThanOrEqual(within(45));
    expect(street.crimes).toBeLessThanOrEqual(within(55));
  });
});
