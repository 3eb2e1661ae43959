// `npm run grip -- export records [--from YYYY-MM] [--to YYYY-MM] [--types 'A|B'] --out records.csv`: the crime
// records of the ingested data (or the demo) as CSV with formula injection neutralised (src/data/exports/csv.ts).
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  writeCrimeRecordsCsv,
  type CrimeRecordRow,
  type CrimeRecordsFilter,
} from '../../src/data/exports/crime-records';
import { flagValue, monthFlagsProblem } from './cli-args';
import { createNodeEngine } from './node-engine';
import { loadWorkspace } from './workspace';

export interface ExportRecordsArgs extends CrimeRecordsFilter {
  outPath: string;
}

const TABLES = ['records'] as const;

/** The command line as arguments, or the sentence saying what is wrong with it. */
export function parseExportArgs(args: string[]): ExportRecordsArgs | { error: string } {
  const [table, ...rest] = args;
  if (!TABLES.includes(table as (typeof TABLES)[number]))
    return { error: `export needs what to export: ${TABLES.join(', ')} (got "${table ?? ''}").` };
  const value = (name: string) => flagValue(rest, name);
  const outPath = value('out');
  if (!outPath) return { error: 'export records needs --out <file.csv>: the file to write.' };
  const fromMonth = value('from');
  const toMonth = value('to');
  const monthProblem = monthFlagsProblem(fromMonth, toMonth);
  if (monthProblem) return { error: monthProblem };
  if (fromMonth && toMonth && fromMonth > toMonth)
    return { error: `--from (${fromMonth}) must not be after --to (${toMonth}).` };
  const crimeTypes = (value('types') ?? '').split('|').filter(Boolean);
  return { outPath, fromMonth, toMonth, crimeTypes };
}

export async function runExport(argv: string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const engine = await createNodeEngine();
  let fd: number | null = null;
  try {
    const loaded = await loadWorkspace(engine);
    // The workspace loads without crime details (ids, locations, outcomes) for speed; records need them.
    await engine.finishDetails();
    fd = openSync(args.outPath, 'w');
    const out = fd;
    const written = await writeCrimeRecordsCsv(
      (sql) => engine.query<CrimeRecordRow>(sql),
      (chunk) => void writeSync(out, chunk, null, 'utf8'),
      args,
    );
    console.log(`Wrote ${written.toLocaleString('en-GB')} crime records to ${args.outPath} (from ${loaded}).`);
    return 0;
  } finally {
    if (fd !== null) closeSync(fd);
    await engine.close();
  }
}
