// `npm run grip -- gistar|emerging|clusters` with a study area and a neighbourhood (issue 15): the command line's
// options and refusals, and the commands end to end on the real June 2024 Leicestershire month
// (tests/fixtures/police-uk, OGL v3), each in its own process as an analyst runs them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatisticsArgs } from '../../../scripts/cli/statistics-commands';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';

const repoRoot = path.resolve(__dirname, '../../..');
let workDir: string;

function grip(...args: string[]) {
  const run = spawnSync(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    [path.join(repoRoot, 'scripts/grip-cli.ts'), ...args],
    { cwd: workDir, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const csvRows = (text: string) => {
  const [header, ...lines] = text.trim().split('\n');
  const columns = header.split(',');
  return { columns, rows: lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v]))) };
};

describe('the statistics command line', () => {
  it('defaults to all of LLR, 1 ring, 999 permutations and seed 12345', () => {
    expect(parseStatisticsArgs(['--res', '10'])).toEqual({
      res: 10,
      from: null,
      to: null,
      harm: false,
      fdr: false,
      out: null,
      format: null,
      types: [],
      area: { kind: 'llr' },
      neighbourhood: { kind: 'rings', k: 1 },
      permutations: 999,
      seed: 12345,
    });
  });

  it.each([
    [['--area', 'city', '--rings', '2'], { area: { kind: 'city' }, neighbourhood: { kind: 'rings', k: 2 } }],
    [
      ['--area', 'district:charnwood', '--band-m', '400'],
      { area: { kind: 'district', name: 'Charnwood' }, neighbourhood: { kind: 'band', metres: 400 } },
    ],
    [
      ['--area', 'bbox:-1.2,52.6,-1.1,52.7', '--band-m', 'auto'],
      { area: { kind: 'bbox', bbox: [-1.2, 52.6, -1.1, 52.7] }, neighbourhood: { kind: 'band', metres: 'auto' } },
    ],
    [['--format', 'geojson', '--permutations', '99', '--seed', '3'], { format: 'geojson', permutations: 99, seed: 3 }],
  ])('reads %j', (args, expected) => {
    expect(parseStatisticsArgs(args)).toMatchObject(expected);
  });

  it.each([
    [['--area', 'county'], /^Unknown study area "county": use llr, city, district:<name>/],
    [['--area', 'district:Rugby'], /^There is no district called "Rugby" in LLR: use one of Blaby/],
    [['--area', 'bbox:1,2,3'], /^"bbox:1,2,3" is not a box: it needs four numbers/],
    [['--rings', '7'], /^The number of rings must be a whole number from 1 to 5 \(got "7"\)\.$/],
    [['--band-m', 'far'], /^A distance band must be "auto" or a distance in metres above 0 and up to 5,000/],
    [['--rings', '2', '--band-m', '400'], /^Give --rings or --band-m, not both\.$/],
    [['--format', 'kml'], /^--format must be csv or geojson \(got "kml"\)\.$/],
    [['--permutations', '-1'], /^The number of permutations must be a whole number from 0 to 9,999 \(got -1\)\.$/],
    [['--seed', 'x'], /^--seed must be a whole number \(got "x"\)\.$/],
  ])('refuses %j with a sentence', (args, message) => {
    const parsed = parseStatisticsArgs(args);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('the statistics commands on the real June 2024 month', () => {
  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'grip-statistics-'));
    expect(grip('ingest', fixturePath(REAL_POLICE_UK_MONTH)).status).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('gistar --harm over the city with an automatic band says where, which band and why, and ranks on harm', () => {
    const count = csvRows(grip('gistar', '--area', 'city').stdout);
    const run = grip('gistar', '--area', 'city', '--band-m', 'auto', '--harm');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^Gi\* over Leicester city \([\d,]+ hexes at resolution 9\), neighbours: hexes within [\d,]+ m \(chosen from the data\); 9490 rows from .*: [\d,]+ significant, [\d,]+ ms\n {2}Distance band: .*Moran's I z-score/,
    );
    const harm = csvRows(run.stdout);
    expect(harm.columns).toEqual(['h3', 'value', 'z', 'p', 'bin']);
    // With the default weights a hex's harm is far above its count (the Node engine's table used to be empty: all 0).
    const max = (rows: Record<string, string>[]) => Math.max(...rows.map((r) => Number(r.value)));
    expect(harm.rows.length).toBeGreaterThan(0);
    expect(max(harm.rows)).toBeGreaterThan(10 * max(count.rows));
  }, 120_000);

  it('clusters writes local Moran’s I as GeoJSON hexagons with h3, value, i, z, p, quadrant', () => {
    const run = grip('clusters', '--area', 'city', '--permutations', '199', '--format', 'geojson', '--out', 'c.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^Local Moran's I over Leicester city \([\d,]+ hexes at resolution 9\), neighbours: adjacent hexes \(1 ring\), 199 permutations \(seed 12345\); .*: [\d,]+ significant \([\d,]+ HH, [\d,]+ LH, [\d,]+ LL, [\d,]+ HL\), [\d,]+ ms\n$/,
    );
    const features = JSON.parse(readFileSync(path.join(workDir, 'c.json'), 'utf8')).features;
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) {
      expect(Object.keys(f.properties)).toEqual(['h3', 'value', 'i', 'z', 'p', 'quadrant']);
      expect(['HH', 'LH', 'LL', 'HL']).toContain(f.properties.quadrant);
      expect(f.properties.p).toBeLessThan(0.05);
      expect(f.geometry.coordinates[0]).toHaveLength(7); // six corners, closed once
      expect(f.geometry.coordinates[0][6]).toEqual(f.geometry.coordinates[0][0]);
    }
  }, 120_000);

  it('refuses a bad option before loading anything, and an area outside LLR once it knows the cells', () => {
    expect(grip('clusters', '--rings', '9')).toMatchObject({
      status: 2,
      stderr: 'The number of rings must be a whole number from 1 to 5 (got "9").\n',
    });
    const outside = grip('gistar', '--area', 'bbox:0,51,0.1,51.1');
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('The map view holds no hexes of LLR at resolution 9');
  }, 120_000);
});
