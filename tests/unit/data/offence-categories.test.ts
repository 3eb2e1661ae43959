// A force export's offences are classified by the Home Office offence classification, never guessed: the offences the
// engine issue found misfiled ("Public fear, alarm or distress", knife possession, malicious communications…) land in
// their police.uk categories, and offences the classification does not know are kept as Unclassified and named in
// the load report. Fixture: tests/fixtures/good/force-export-ho-offences.csv (synthetic rows, real offence wording).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import { headerSignature, suggestMapping } from '../../../src/data/ingest/column-mapping';
import { parseCsvHeader } from '../../../src/data/ingest/detect-format';
import type { Engine } from '../../../src/data/engine';
import type { IngestSummary } from '../../../src/data/ingest-summary';
import { createNodeEngine } from '../../../scripts/cli/node-engine';
import { readFixture } from '../../fixture';

let engine: Engine;
let summary: IngestSummary;

beforeAll(async () => {
  engine = await createNodeEngine();
  const bytes = new Uint8Array(readFixture('good/force-export-ho-offences.csv'));
  summary = await ingestFiles(engine, [{ path: 'force-export-ho-offences.csv', bytes }]);
}, 60_000);
afterAll(async () => engine.close());

describe('offences in a force export', () => {
  it('are stored under the police.uk category the Home Office classification gives them', async () => {
    expect(summary.files[0]).toMatchObject({ rowsRead: 15, rowsStored: 15, rowsMapped: 15 });
    // Counted independently of the app's own summary: straight from the crimes table.
    const counts = await engine.query<{ crime_type: string; n: number }>(
      'SELECT crime_type, count(*)::INTEGER AS n FROM crimes GROUP BY crime_type ORDER BY crime_type',
    );
    expect(Object.fromEntries(counts.map((c) => [c.crime_type, c.n]))).toEqual({
      'Criminal damage and arson': 1,
      'Other theft': 2,
      'Possession of weapons': 2,
      'Public order': 4,
      Unclassified: 3,
      'Violence and sexual offences': 3,
    });
  });

  it('never files an unknown offence under Other crime: it is kept as Unclassified and named with its rows', () => {
    const report = summary.files[0];
    expect(report.unclassifiedOffences).toEqual([
      { offence: 'Parking on the verge', rows: 2 },
      { offence: 'Fly-posting', rows: 1 },
    ]);
    expect(report.notes).toContain(
      "3 rows have offences this app could not classify: 'Parking on the verge' (2), 'Fly-posting' (1). Kept as " +
        "Unclassified: counted in totals, in no crime type's map until the offence is given a category.",
    );
    expect(summary.crimeTypes['Other crime']).toBeUndefined();
  });

  it('says which category the commonest offences went to, offence and category side by side', () => {
    const classified = summary.files[0].notes.find((n) => n.startsWith('Offences classified'));
    expect(classified).toContain("'Public fear, alarm or distress' → Public order (3)");
  });

  it('keeps the offence text itself in crime_details', async () => {
    const rows = await engine.query<{ offence: string }>(
      "SELECT offence FROM crime_details WHERE crime_id = 'LC/24/0001'",
    );
    expect(rows).toEqual([{ offence: 'Public fear, alarm or distress' }]);
  });

  it('takes the analyst’s category for an offence the classification does not know, and only a real category', async () => {
    const bytes = new Uint8Array(readFixture('good/force-export-ho-offences.csv'));
    const header = parseCsvHeader(new TextDecoder().decode(bytes).split('\n')[0]);
    const mapping = {
      ...suggestMapping(header),
      offenceCategories: { 'Parking on the verge': 'Other crime', 'Fly-posting': 'Not a category' },
    };
    const own = await createNodeEngine();
    const loaded = await ingestFiles(own, [{ path: 'again.csv', bytes }], {
      mappings: { [headerSignature(header)]: mapping },
    });
    expect(loaded.crimeTypes).toMatchObject({ 'Other crime': 2, Unclassified: 1 });
    expect(loaded.files[0].unclassifiedOffences).toEqual([{ offence: 'Fly-posting', rows: 1 }]);
    await own.close();
  });

  // Each header style's fixture (tests/fixtures/good, synthetic rows at real Leicester places), its offences checked by
  // hand against the classification's sources; Athena's carries Home Office codes, the others descriptions only.
  it.each([
    ['niche-export', { Violence: 3, Robbery: 1, Public: 1, Weapons: 1, Damage: 1, Drugs: 1 }],
    ['athena-export', { Violence: 4, Robbery: 2, Public: 1, Weapons: 1, Damage: 1, Drugs: 1 }],
    ['connect-export', { Violence: 4, Robbery: 1, Public: 2, Weapons: 1, Damage: 2, Drugs: 1 }],
  ])('classifies every offence of the %s fixture, none left over', async (name, expected) => {
    const own = await createNodeEngine();
    const loaded = await ingestFiles(own, [
      { path: `${name}.csv`, bytes: new Uint8Array(readFixture(`good/${name}.csv`)) },
    ]);
    expect(loaded.files[0].unclassifiedOffences).toBeUndefined();
    expect(loaded.files[0].rowsStored).toBe(loaded.files[0].rowsRead);
    expect(loaded.crimeTypes).toMatchObject({
      'Violence and sexual offences': expected.Violence,
      Robbery: expected.Robbery,
      'Public order': expected.Public,
      'Possession of weapons': expected.Weapons,
      'Criminal damage and arson': expected.Damage,
      Drugs: expected.Drugs,
      Burglary: 1,
      Shoplifting: 1,
      'Theft from the person': 1,
      'Other theft': 1,
    });
    expect(loaded.crimeTypes['Other crime']).toBeUndefined();
    await own.close();
  });
});
