// `npm run grip -- export records` end to end in its own process: on the real June 2024 Leicestershire month
// (tests/fixtures/police-uk, OGL v3) its rows and one record's values match DuckDB reading the CSV itself; on a small
// file of hostile locations every formula is neutralised and the HTML stays literal text.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../scripts/cli/export-command';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { CRIME_RECORD_COLUMNS } from '../../../src/data/exports/crime-records';
import { tableToRows } from '../../../src/data/rows';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';
import { parseCsv } from '../exports/read-csv';

const repoRoot = path.resolve(__dirname, '../../..');
const month = fixturePath(REAL_POLICE_UK_MONTH);
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const cli = path.join(repoRoot, 'scripts/grip-cli.ts');
const dirs: string[] = [];
const workDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'grip-export-'));
  dirs.push(dir);
  return dir;
};
const grip = (cwd: string, ...args: string[]) => execFileSync(tsx, [cli, ...args], { cwd, encoding: 'utf8' });

/** The exported file as objects keyed by column, after checking the BOM, CRLF and header. */
function readExport(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(CRIME_RECORD_COLUMNS);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** DuckDB reading the police.uk file directly: nothing of the app's ingest in between. */
async function fromFixture<T>(sql: string): Promise<T[]> {
  const db = await createNodeConnector();
  try {
    await db.registerFile('month.csv', new Uint8Array(readFileSync(month)));
    return tableToRows<T>(
      await db.query(sql.replace('MONTH', "read_csv('month.csv', header = true, all_varchar = true)")),
    );
  } finally {
    await db.close();
  }
}

let real: string;
let all: Record<string, string>[];
beforeAll(() => {
  real = workDir();
  grip(real, 'ingest', month);
  grip(real, 'export', 'records', '--out', 'all.csv');
  all = readExport(path.join(real, 'all.csv'));
}, 180_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('grip export records', () => {
  it('writes every stored record, and each type as often as DuckDB counts it in the file', async () => {
    const counts = await fromFixture<{ crime_type: string; n: number }>(
      'SELECT "Crime type" AS crime_type, count(*)::INTEGER AS n FROM MONTH GROUP BY 1',
    );
    expect(all.length).toBe(counts.reduce((sum, c) => sum + c.n, 0));
    for (const { crime_type, n } of counts) expect(all.filter((r) => r.crime_type === crime_type).length).toBe(n);
  });

  it("holds a record's values as the file has them, coordinates as plain numbers", async () => {
    const [first] = await fromFixture<Record<string, string>>(
      `SELECT * FROM MONTH WHERE "Crime type" = 'Robbery' AND "Longitude" IS NOT NULL ORDER BY "Crime ID" LIMIT 1`,
    );
    const row = all.find((r) => r.crime_id === first['Crime ID'])!;
    expect(row).toMatchObject({
      month: '2024-06',
      crime_type: 'Robbery',
      location: first.Location,
      lsoa_code: first['LSOA code'],
      outcome: first['Last outcome category'],
      source_format: 'police-uk-street',
      force: 'Leicestershire Police',
    });
    // The shortest text of the same double ("-0.885750" comes back as "-0.88575"), never prefixed with a quote.
    expect([Number(row.longitude), Number(row.latitude)]).toEqual([Number(first.Longitude), Number(first.Latitude)]);
    expect(row.longitude).toMatch(/^-\d/);
  });

  it('follows --types, --from and --to', async () => {
    grip(
      real,
      'export',
      'records',
      '--types',
      'Robbery|Bicycle theft',
      '--from',
      '2024-06',
      '--to',
      '2024-06',
      '--out',
      'some.csv',
    );
    const [{ n }] = await fromFixture<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM MONTH WHERE "Crime type" IN ('Robbery', 'Bicycle theft')`,
    );
    const some = readExport(path.join(real, 'some.csv'));
    expect(some.length).toBe(n);
    grip(real, 'export', 'records', '--from', '2024-07', '--out', 'none.csv');
    expect(readExport(path.join(real, 'none.csv'))).toEqual([]);
  });

  it('neutralises formulas in text from the file and keeps HTML as text', () => {
    const dir = workDir();
    const header = readFileSync(month, 'utf8').split('\n')[0];
    const row = (id: string, location: string, outcome: string) =>
      `${id},2024-06,Leicestershire Police,Leicestershire Police,-1.1336,52.6364,${location},E01013649,Leicester 030A,Robbery,${outcome},`;
    writeFileSync(
      path.join(dir, 'hostile.csv'),
      [
        header,
        row('c1', '"=HYPERLINK(""http://evil.example"",""x"")"', '@SUM(A1)'),
        row('c2', '<img src=x onerror=alert(1)>', '"+cmd|\' /C calc\'!A0"'),
        row('c3', '"On or near ""Quoted, Street"""', '-2+3'),
      ].join('\n'),
    );
    grip(dir, 'ingest', 'hostile.csv');
    grip(dir, 'export', 'records', '--out', 'out.csv');
    const rows = readExport(path.join(dir, 'out.csv'));
    expect(rows.map((r) => [r.crime_id, r.location, r.outcome, r.longitude])).toEqual([
      ['c1', `'=HYPERLINK("http://evil.example","x")`, "'@SUM(A1)", '-1.1336'],
      ['c2', '<img src=x onerror=alert(1)>', "'+cmd|' /C calc'!A0", '-1.1336'],
      ['c3', 'On or near "Quoted, Street"', "'-2+3", '-1.1336'],
    ]);
  }, 60_000);

  it('says what is wrong with the command line, and exits 2', () => {
    expect(parseExportArgs(['records'])).toEqual({
      error: 'export records needs --out <file.csv>: the file to write.',
    });
    expect(parseExportArgs(['hotspots', '--out', 'x.csv'])).toEqual({
      error: 'export needs what to export: records (got "hotspots").',
    });
    expect(parseExportArgs(['records', '--out', 'x.csv', '--to', '24-06'])).toEqual({
      error: '--to must be a month as YYYY-MM (got "24-06").',
    });
    expect(parseExportArgs(['records', '--out', 'x.csv', '--types', 'A|B', '--from', '2024-01'])).toEqual({
      outPath: 'x.csv',
      fromMonth: '2024-01',
      toMonth: null,
      crimeTypes: ['A', 'B'],
    });
    const run = spawnSync(tsx, [cli, 'export', 'records'], { cwd: real, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('needs --out');
  });
});
