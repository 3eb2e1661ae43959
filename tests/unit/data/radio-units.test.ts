// A radio id → call sign lookup (Airwave ISSI) loaded into radio_units on DuckDB-WASM in Node, naming pings that
// carry only the radio id. Fixture: tests/fixtures/good/radio-units.csv (synthetic) and airwave-pings.csv's ids.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/data/connector';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { loadByFormat, type FormatLoaders } from '../../../src/data/formats/registry';
import { detectFormat, firstLine } from '../../../src/data/ingest/detect-format';
import { loadRadioUnits } from '../../../src/data/loaders/radio-units';
import { tableToRows } from '../../../src/data/rows';
import { ingestFiles } from '../../../src/data/ingest-files';
import { createNodeEngine } from '../../../scripts/cli/node-engine';
import { ALL_TABLES_SQL } from '../../../src/data/sql/schema';

const text = readFileSync(path.resolve(__dirname, '../../fixtures/good/radio-units.csv'), 'utf8');
let db: Connector;
const rows = async <T>(sql: string) => tableToRows<T>(await db.query(sql));
const load = (path: string, csv: string) =>
  loadByFormat(
    { loadRadioUnits: (file) => loadRadioUnits(db, file) } as FormatLoaders,
    detectFormat(path, firstLine(csv)),
    { path, utf8: new TextEncoder().encode(csv), headerLine: firstLine(csv), progress: {} },
  );

beforeAll(async () => {
  db = await createNodeConnector();
  for (const sql of ALL_TABLES_SQL) await db.query(sql);
  await db.query(`INSERT INTO patrol_pings (unit_id, pinged_at, lat, lon, source_file) VALUES
    ('6541021', '2025-03-07 16:15:00', 52.6362, -1.1299, 'airwave-pings.csv'),
    ('6541037', '2025-03-07 16:19:00', 52.6364, -1.1301, 'airwave-pings.csv'),
    ('6549999', '2025-03-07 16:20:00', 52.6365, -1.1302, 'airwave-pings.csv')`);
}, 60_000);

afterAll(() => db.close());

describe('radio id → call sign lookups', () => {
  it('load into radio_units, reporting rows that name nothing by their row', async () => {
    const report = await load('radio-units.csv', text);
    expect(report).toMatchObject({ format: 'radio-units', rowsRead: 4, rowsStored: 3 });
    expect(report.declined).toBeUndefined();
    expect(report.notes).toContain('1 row has no radio id or no call sign (row 4): not loaded.');
  });

  it('name the pings recorded by radio id; a radio id not in the lookup keeps its id', async () => {
    expect(await rows('SELECT unit_id, call_sign FROM named_patrol_pings ORDER BY pinged_at')).toEqual([
      { unit_id: '6541021', call_sign: 'LC41' },
      { unit_id: '6541037', call_sign: 'LC42' },
      { unit_id: '6549999', call_sign: '6549999' },
    ]);
  });

  it('a later lookup reissuing a radio id replaces its call sign, without doubling pings', async () => {
    await load('radio-units-april.csv', 'TEI,Callsign\n6541021,LC55\n');
    expect(await rows("SELECT call_sign FROM named_patrol_pings WHERE unit_id = '6541021'")).toEqual([
      { call_sign: 'LC55' },
    ]);
    expect(await rows('SELECT count(*)::INTEGER AS n FROM radio_units')).toEqual([{ n: 3 }]);
  });

  it('loads through the app’s own ingest, and goes with its file and with Clear all', async () => {
    const engine = await createNodeEngine();
    const bytes = new TextEncoder().encode(text);
    const summary = await ingestFiles(engine, [{ path: 'radio-units.csv', bytes }]);
    expect(summary.files[0]).toMatchObject({ format: 'radio-units', rowsStored: 3 });
    expect(await engine.holdsAnyRows()).toBe(true);
    await engine.removeRowsFrom(['radio-units.csv']);
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM radio_units')).toEqual([{ n: 0 }]);
    await ingestFiles(engine, [{ path: 'radio-units.csv', bytes }]);
    await engine.clearAll();
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM radio_units')).toEqual([{ n: 0 }]);
    await engine.close();
  });
});
