// `npm run grip -- select` end to end on the real June 2024 Leicestershire month (tests/fixtures/police-uk, OGL v3):
// the CLI ingests and proposes in its own process, and each hotspot's `crimes` must equal an independent Turf
// point-in-polygon count of the month's crimes of the chosen types, read straight from the CSV.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PROPOSAL_CRIME_TYPES,
  readHotspotsGeoJson,
  writeHotspotsGeoJson,
  type HotspotFeature,
} from '../../../src/analysis/hotspot-proposal';
import { parseSelectArgs } from '../../../scripts/cli/select-command';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';

const repoRoot = path.resolve(__dirname, '../../..');
const month = fixturePath(REAL_POLICE_UK_MONTH);
let workDir: string;
let output: string;
let features: HotspotFeature[];

const grip = (...args: string[]) =>
  execFileSync(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(repoRoot, 'scripts/grip-cli.ts'), ...args], {
    cwd: workDir,
    encoding: 'utf8',
  });

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'grip-select-'));
  grip('ingest', month);
  output = grip('select', '--out', 'hotspots.geojson');
  const read = readHotspotsGeoJson(readFileSync(path.join(workDir, 'hotspots.geojson'), 'utf8'));
  expect(read.problems).toEqual([]);
  features = read.features;
}, 120_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The month's located crimes of the default types, from the CSV itself (it has no quoted fields: see its README). */
function crimePoints(): [number, number][] {
  const [header, ...lines] = readFileSync(month, 'utf8').trim().split('\n');
  const columns = header.split(',');
  const [lon, lat, type] = ['Longitude', 'Latitude', 'Crime type'].map((c) => columns.indexOf(c));
  return lines
    .map((line) => line.split(','))
    .filter((f) => f[lon] !== '' && DEFAULT_PROPOSAL_CRIME_TYPES.includes(f[type]))
    .map((f) => [Number(f[lon]), Number(f[lat])]);
}

describe('grip select on the real June 2024 month', () => {
  it('proposes 18 hotspots and prints them as a table', () => {
    expect(features).toHaveLength(18);
    expect(features.map((f) => f.properties.hotspot_id)).toEqual(
      Array.from({ length: 18 }, (_, i) => `H${String(i + 1).padStart(2, '0')}`),
    );
    for (const f of features) expect(output).toContain(`${f.properties.hotspot_id}  ${f.properties.name}`);
    expect(output).toContain('2024-06 to 2024-06');
  });

  it('counts in each hotspot exactly the crimes Turf finds inside its polygon', () => {
    const points = crimePoints();
    const counts = features.map((f) => points.filter((p) => booleanPointInPolygon(p, f.geometry)).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    expect(features.map((f) => f.properties.crimes)).toEqual(counts);
  });
});

describe('the file it writes', () => {
  it('reads back to the same bytes', () => {
    const text = readFileSync(path.join(workDir, 'hotspots.geojson'), 'utf8');
    expect(writeHotspotsGeoJson(readHotspotsGeoJson(text).features)).toBe(text);
  });
});

describe('the select command line', () => {
  it('takes the options with their defaults', () => {
    expect(parseSelectArgs(['--n', '12', '--by', 'count', '--types', 'Robbery|Drugs', '--from', '2024-01'])).toEqual({
      from: '2024-01',
      to: null,
      types: ['Robbery', 'Drugs'],
      options: { n: 12, maxRadiusM: 150, minSeparationM: 500, minCrimes: 0, rankBy: 'count' },
      out: null,
    });
  });

  it('says what is wrong with a bad option', () => {
    expect(parseSelectArgs(['--by', 'cost'])).toEqual({ error: '--by must be harm or count.' });
    expect(parseSelectArgs(['--from', '2024-6'])).toEqual({
      error: '--from must be a month as YYYY-MM (got "2024-6").',
    });
    expect(parseSelectArgs(['--n', 'x'])).toEqual({ error: '--n must be a number ≥ 0.' });
  });
});
