import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { CsvRecordReader } from '../ingest/csv-records';
import {
  deleteEarlierCopySql,
  deleteEarlierMonthSql,
  deleteFileLoadsSql,
  earlierMonthsSql,
} from '../sql/ingest-police-uk';
import { insertLoadSql, NEXT_LOAD_ID_SQL } from '../sql/loads';
import type { CrimeDetailsQueue } from './crime-details-queue';
import { declinedReport, emptyReport, type FileReport } from './file-report';
import { PoliceUkDetails } from './police-uk-details';
import { PoliceUkRows } from './police-uk-rows';
import { queryRows } from './staged-file';

const fmt = (n: number) => n.toLocaleString('en-GB');
/** police.uk ids are 64 hex digits: the first few are enough to find the row. */
const shortId = (id: string) => (id.length > 16 ? `Crime ID ${id.slice(0, 12)}…` : `Crime ID ${id}`);

/** Rows per Arrow batch: big enough that DuckDB's per-append cost vanishes, small enough to show progress. */
const CHUNK_ROWS = 131_072;

export interface LoadProgress {
  /** Called after each chunk with the rows and bytes read so far. */
  onRows?: (rowsRead: number, bytesRead: number) => void;
  /** Checked between chunks: a cancelled file keeps nothing it stored. */
  isCancelled?: () => boolean;
  /** Rows per chunk (tests use small chunks to reach the between-chunk paths with small files). */
  chunkRows?: number;
}

/**
 * Loads one data.police.uk street-crime CSV (UTF-8 bytes) and says what happened to every row. Parsing runs here while
 * DuckDB appends the previous chunk, so in the browser the two overlap on two cores. Only `crimes` is filled before
 * this returns; the file's details (ids, locations, outcomes) are queued on `details` for after the map is drawn.
 */
export async function loadPoliceUkStreet(
  db: Connector,
  area: ForceArea,
  lsoa2011: Set<string>,
  path: string,
  utf8: Uint8Array,
  details: CrimeDetailsQueue,
  progress: LoadProgress = {},
): Promise<FileReport> {
  const report = emptyReport(path, 'police-uk-street');
  const [{ load_id: firstLoadId }] = await queryRows<{ load_id: number }>(db, NEXT_LOAD_ID_SQL);
  const reader = new CsvRecordReader(utf8);
  reader.next();
  const rows = new PoliceUkRows(reader.texts(), report, area, firstLoadId);
  const chunkRows = progress.chunkRows ?? CHUNK_ROWS;
  let appending: Promise<void> = Promise.resolve();
  try {
    for (let chunk = rows.readChunk(reader, chunkRows); chunk; chunk = rows.readChunk(reader, chunkRows)) {
      await appending;
      if (progress.isCancelled) await new Promise((resolve) => setTimeout(resolve, 0)); // let a Cancel message in
      if (progress.isCancelled?.()) {
        await db.query(deleteFileLoadsSql(firstLoadId));
        return declinedReport(
          path,
          'police-uk-street',
          `${path}: not loaded, the load was cancelled (nothing from this file was kept).`,
        );
      }
      appending = db.insertArrow('crimes', chunk, { append: true });
      progress.onRows?.(rows.rowsRead, reader.offset);
    }
    await appending;
  } catch (error) {
    await appending.catch(() => undefined);
    await db.query(deleteFileLoadsSql(firstLoadId)); // a file half in would skew every count
    throw error;
  }
  const loads = rows.loads();
  for (const { loadId, force } of loads) await db.query(insertLoadSql(loadId, path, 'police-uk-street', force));
  report.rowsRead = rows.rowsRead;
  report.rowsStored = rows.rowsStored;
  await replaceEarlierLoads(db, report, rows, firstLoadId, details);
  describeQuirks(report, rows, lsoa2011);
  if (loads.length > 0) {
    const reading = new PoliceUkDetails(utf8, rows.storedRows);
    details.add({ path, loadIds: loads.map((l) => l.loadId), nextChunk: () => reading.readChunk(chunkRows) });
  }
  return report;
}

async function replaceEarlierLoads(
  db: Connector,
  report: FileReport,
  rows: PoliceUkRows,
  firstLoadId: number,
  details: CrimeDetailsQueue,
): Promise<void> {
  const earlier = new Map(
    (await queryRows<{ month_iso: string; force: string | null; n: number }>(db, earlierMonthsSql(firstLoadId))).map(
      (r) => [`${r.month_iso}|${r.force}`, r.n],
    ),
  );
  for (const { monthIso, force } of rows.monthsAndForces()) {
    const n = earlier.get(`${monthIso}|${force}`) ?? 0;
    if (n === 0) continue;
    await db.query(deleteEarlierMonthSql(monthIso, force, firstLoadId));
    details.markRowsReplaced();
    report.notes.push(
      `${monthIso} for ${force ?? '(no force named)'} was already loaded (${fmt(n)} rows): this file replaces it.`,
    );
  }
  details.drop((jobPath) => jobPath === report.path);
  await db.query(deleteEarlierCopySql(report.path, firstLoadId));
}

function describeQuirks(report: FileReport, rows: PoliceUkRows, lsoa2011: Set<string>): void {
  const { repeats, examples } = rows.crimeIds;
  if (repeats > 0) {
    const shown = examples.map((e) => `row ${e.row} repeats row ${e.firstRow}'s ${shortId(e.crimeId)}`).join('; ');
    report.notes.push(
      `${fmt(repeats)} ${repeats === 1 ? 'row repeats a Crime ID' : 'rows repeat a Crime ID'} already given to an earlier row of the same month (${shown}): ` +
        'police.uk gives every crime its own id, so the file may be damaged or hold some rows twice. All rows were kept; check the file.',
    );
  }
  if (rows.asbWithoutId > 0) {
    report.notes.push(
      `${fmt(rows.asbWithoutId)} of ${fmt(rows.asbRows)} anti-social behaviour rows have no Crime ID (police.uk never gives ASB one): kept.`,
    );
  }
  const lsoaNot2011 = rows.rowsWithLsoaOutside(lsoa2011);
  if (lsoaNot2011 > 0) {
    report.notes.push(
      `${fmt(lsoaNot2011)} rows carry an LSOA code outside the 2011 LLR set (2021 codes or neighbouring areas): kept; LSOA joins need care.`,
    );
  }
  for (const p of rows.busyPoints()) {
    report.notes.push(
      `Snap point "${p.location}" (${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}) carries ${fmt(p.crimes)} crimes ` +
        `(${p.sharePercent}% of located rows): police.uk anonymisation piles crimes onto such points, so check before calling it a hotspot.`,
    );
  }
}
