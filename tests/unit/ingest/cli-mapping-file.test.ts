// `grip ingest --mapping mapping.json`: a mapping file read, checked and keyed by header signature, through the real
// ingest path (DuckDB-WASM in Node).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import { createNodeEngine } from '../../../scripts/cli/node-engine';
import { mappingsFor, parseMappingFile } from '../../../scripts/cli/mapping-file';

const dir = mkdtempSync(path.join(tmpdir(), 'grip-mapping-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

const header = 'Occurrence Number,First Committed Date/Time,What,X Coordinate,Y Coordinate';
const csv = {
  path: 'unsure.csv',
  bytes: new TextEncoder().encode(`${header}\nA1,05/01/2025 22:15,Robbery,458791,304659\n`),
};

describe('grip ingest --mapping', () => {
  it('without it, the file is declined naming the missing field; with one mapping for every file, it loads', async () => {
    const engine = await createNodeEngine();
    const declined = await ingestFiles(engine, [csv]);
    expect(declined.files[0].declined).toBe(
      'unsure.csv: a force crime export needs an offence or category column. Choose the columns below.',
    );
    const mappings = mappingsFor(parseMappingFile(json('every.json', { offence: 'What' })), [csv]);
    const loaded = await ingestFiles(engine, [csv], { mappings });
    expect(loaded.files[0]).toMatchObject({ format: 'force-crimes', rowsStored: 1, rowsMapped: 1 });
    await engine.close();
  });

  it('keys mappings by the header they name, laid over the guess; null takes a guessed field away', () => {
    const file = parseMappingFile(json('by-header.json', { [header]: { offence: 'What', id: null } }));
    expect(Object.values(mappingsFor(file, [csv]))).toEqual([
      {
        id: undefined,
        occurredFrom: 'First Committed Date/Time',
        offence: 'What',
        easting: 'X Coordinate',
        northing: 'Y Coordinate',
      },
    ]);
  });

  it('says what is wrong with a mapping file', () => {
    expect(() => parseMappingFile(json('typo.json', { offense: 'What' }))).toThrow(/"offense" is not a mapping field/);
    expect(() => parseMappingFile(json('list.json', ['What']))).toThrow(/expected a JSON object/);
  });
});
