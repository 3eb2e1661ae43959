// `npm run grip -- <command>`: the app's own ingest and statistics code, headless (DuckDB-WASM in Node).
import { existsSync } from 'node:fs';
import { ingestFiles } from '../src/data/ingest-files';
import { reasonSentence } from '../src/data/formats/set-aside-reasons';
import type { FileReport } from '../src/data/loaders/file-report';
import { collectFiles } from './cli/collect-files';
import { mappingsFor, parseMappingFile } from './cli/mapping-file';
import { createNodeEngine } from './cli/node-engine';
import { rememberIngested } from './cli/workspace';
import { parseStatisticsArgs, runStatistics } from './cli/statistics-commands';
import { runSelect } from './cli/select-command';
import { runProfile } from './cli/profile-command';

const USAGE = `Usage:
  npm run grip -- ingest <files or folders…> [--json] [--mapping mapping.json]   load police.uk CSVs/zips, force exports, patrol pings; print the load report; later commands use this data
  npm run grip -- gistar --res 9 [--from YYYY-MM] [--to YYYY-MM] [--types 'A|B'] [--harm] [--fdr] [AREA] [NEIGHBOURS] [--format csv|geojson] [--out file.geojson|file.csv]
  npm run grip -- emerging --res 8 [--from YYYY-MM] [--to YYYY-MM] [--step month] [--harm] [--fdr] [AREA] [NEIGHBOURS] [--format csv|geojson] [--out file.geojson|file.csv]
  npm run grip -- clusters --res 9 [--from YYYY-MM] [--to YYYY-MM] [--types 'A|B'] [--harm] [--fdr] [AREA] [NEIGHBOURS] [--permutations 999] [--seed 12345] [--format csv|geojson] [--out file]   local Moran's I clusters and outliers (h3,value,i,z,p,quadrant; significant cells only)
    AREA:       --area llr | city | district:<name> (e.g. district:Charnwood) | bbox:minLon,minLat,maxLon,maxLat   the cells compared (default llr; a box is clipped to LLR)
    NEIGHBOURS: --rings 1…5 | --band-m <metres> | --band-m auto   H3 rings (default 1) or every hex whose centre is within the distance (auto: incremental spatial autocorrelation)
  npm run grip -- select [--n 18] [--from YYYY-MM] [--to YYYY-MM] [--types 'A|B'] [--by harm|count] [--max-radius-m 150] [--min-separation-m 500] [--min-crimes 0] [--out hotspots.geojson]   propose the GRIP hotspots
  npm run grip -- profile --hotspots hotspots.geojson --id H01 [--from YYYY-MM] [--to YYYY-MM] [--types 'A|B'] [--json]   one GRIP hotspot's crimes by type, month and hour × weekday, trend, previous period, PAI
  npm run grip -- schedule --hotspots hotspots.geojson --from YYYY-MM-DD --to YYYY-MM-DD --seed N [--share 0.5] [--method blocked|simple] [--window 'Wed-Sat 15-22'] [--dwell-min 15] [--visits 1] [--cap-min N] [--day-start 06:00] [--out schedule.csv]   a randomised patrol schedule (docs/patrol-schedule.md)
  npm run grip -- evaluate --hotspots hotspots.geojson --schedule schedule.csv [--day-start 06:00] [--types 'A|B'] [--buffer-m 50] [--json]   crimes on patrol against control days per GRIP hotspot: exact rate ratio, harm per place-day, carry-over
  npm run grip -- export records [--from YYYY-MM] [--to YYYY-MM] [--types 'A|B'] --out records.csv   the crime records as CSV (UTF-8 with BOM; text that could run as a spreadsheet formula is neutralised)
  npm run grip -- dosage --pings pings.csv --hotspots hotspots.geojson [--gap-s 120] [--min-dwell-s 60] [--buffer-m 50] [--json]   visits, pass-throughs, patrol- and officer-minutes and Koper compliance per GRIP hotspot from GPS pings (docs/patrol-dosage.md)`;

/** Each reason a file's rows were set aside or flagged for, as its sentence from the reason table (never the code). */
function reasonLines(f: FileReport): string[] {
  const counted = [
    ...Object.entries(f.setAside).map(([reason, n]) => ['Set aside', reason, n] as const),
    ...Object.entries(f.flagged).map(([reason, n]) => ['Flagged', reason, n] as const),
  ];
  return counted.map(([kind, reason, n]) => {
    const rows = f.examples.filter((e) => e.reason === reason).map((e) => e.row);
    return `${kind}: ${n} ${n === 1 ? 'row' : 'rows'}${rows.length ? ` (row ${rows.join(', ')})` : ''}. ${reasonSentence(reason)}`;
  });
}

/** For a file declined in the mapping step: its columns, the guess, and how to give the choice on the command line. */
function mappingHint({ header, mapping }: NonNullable<FileReport['columns']>): string[] {
  const guessed = Object.fromEntries(Object.entries(mapping).filter(([, column]) => column));
  return [
    `Columns: ${header.join(', ')}`,
    `Guessed: ${JSON.stringify(guessed)}`,
    `Choose the columns with --mapping mapping.json: {"${header.join(',')}": {"<field>": "<column>", …}}`,
  ];
}

async function ingest(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const mappingAt = args.indexOf('--mapping');
  const mappingPath = mappingAt >= 0 ? args[mappingAt + 1] : undefined;
  if (mappingAt >= 0 && (!mappingPath || !existsSync(mappingPath))) {
    console.error(mappingPath ? `No such mapping file: ${mappingPath}` : USAGE);
    return 2;
  }
  const targets = args.filter((a, i) => !a.startsWith('--') && !(mappingAt >= 0 && i === mappingAt + 1));
  const missing = targets.filter((t) => !existsSync(t));
  if (targets.length === 0 || missing.length > 0) {
    console.error(missing.length ? `No such file or folder: ${missing.join(', ')}` : USAGE);
    return 2;
  }
  const inputs = collectFiles(targets);
  const mappings = mappingPath ? mappingsFor(parseMappingFile(mappingPath), inputs) : undefined;
  const engine = await createNodeEngine();
  // No CLI output reads crime details (ids, locations, outcomes): they are not appended (≈3 s per million rows saved).
  const summary = await ingestFiles(engine, inputs, { deferDetails: true, mappings });
  await engine.close();
  rememberIngested(targets);
  const files = summary.files.map((f) => ({
    path: f.path,
    format: f.format,
    rowsRead: f.rowsRead,
    rowsStored: f.rowsStored,
    rowsMapped: f.rowsMapped,
    setAside: f.setAside,
    flagged: f.flagged,
    reasonSentences: f.reasonSentences,
    ...(f.declined ? { declined: f.declined } : {}),
    ...(f.declined && f.columns ? { columns: f.columns } : {}),
    ...(json ? { notes: f.notes, examples: f.examples } : {}),
  }));
  if (json) {
    console.log(JSON.stringify({ ...summary, files }, null, 2));
  } else {
    for (const f of summary.files) {
      console.log(
        f.declined
          ? `✗ ${f.declined}`
          : `✓ ${f.path}: ${f.rowsRead} read, ${f.rowsStored} stored, ${f.rowsMapped} mapped`,
      );
      if (f.declined && f.columns) for (const line of mappingHint(f.columns)) console.log(`    ${line}`);
      for (const line of reasonLines(f)) console.log(`    ${line}`);
      for (const note of f.notes) console.log(`    ${note}`);
    }
    const t = summary.totals;
    const setAside = Object.values(t.setAside).reduce((sum, n) => sum + n, 0);
    const declined = summary.files.filter((f) => f.declined).length;
    console.log(
      `Total: ${t.rowsRead} rows read, ${t.rowsStored} stored, ${t.rowsMapped} mapped, ${t.noCoordinates} without coordinates, ${t.outOfArea} outside LLR, ${setAside} set aside; ${declined} files declined.`,
    );
  }
  return summary.files.some((f) => f.declined) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'ingest') return ingest(args);
  if (command === 'hotspots') {
    // The old name ran Gi*, but "hotspots" means GRIP patrol areas (HOUSE_STYLE vocabulary).
    console.error('grip hotspots is deprecated: use grip gistar (same options).');
    return main(['gistar', ...args]);
  }
  if (command === 'select') return runSelect(args);
  if (command === 'profile') return runProfile(args);
  if (command === 'schedule') return (await import('./cli/schedule-command')).runSchedule(args);
  if (command === 'evaluate') return (await import('./cli/evaluate-command')).runEvaluate(args);
  if (command === 'export') return (await import('./cli/export-command')).runExport(args);
  if (command === 'dosage') return (await import('./cli/dosage-command')).runDosage(args);
  if (command === 'gistar' || command === 'emerging' || command === 'clusters') {
    if (args.includes('--step') && args[args.indexOf('--step') + 1] !== 'month') {
      console.error('Only --step month is supported: police.uk publishes monthly.');
      return 2;
    }
    const parsed = parseStatisticsArgs(args);
    if ('error' in parsed) {
      console.error(parsed.error);
      return 2;
    }
    await runStatistics(command, parsed);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
