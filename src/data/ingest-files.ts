import type { Engine } from './engine';
import { decodeCsvBytes, checkFileSize, MAX_FILE_BYTES } from './ingest/decode-text';
import { detectSourceFormat, firstLine } from './ingest/detect-format';
import type { ColumnMapping } from './ingest/column-mapping';
import { loadByFormat } from './formats/registry';
import { reasonSentencesOf } from './formats/set-aside-reasons';
import { listCsvEntries } from './ingest/unzip';
import { declinedReport, type FileReport } from './loaders/file-report';
import type { LoadProgress } from './loaders/police-uk-street';
import { sumReports, type IngestSummary } from './ingest-summary';

export interface InputFile {
  path: string;
  bytes: Uint8Array;
}
export type IngestProgress = {
  fileIndex: number;
  fileCount: number;
  path: string;
  bytesDone: number;
  bytesTotal: number;
  rowsDone: number;
};

/**
 * Rows the browser's database holds comfortably next to the map (DuckDB-WASM's 4 GiB heap). Set when police.uk files
 * were staged through read_csv (~0.5 GB per 1M rows); the byte-level loader needs less, so it is conservative now.
 * Files that would take the total past it are refused by name, so 5M rows in many files stop cleanly.
 */
export const MAX_ROWS = 3_500_000;
const ESTIMATED_BYTES_PER_ROW = 200; // a police.uk street row is ~200 bytes

/**
 * Loads files of any supported kind: zips are opened, each file decoded and recognised by its header, then handed to
 * the loader for its format. A file that cannot be loaded gets a report saying why; the other files still load.
 */
export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /**
   * Checked between files and between chunks of a big file: a cancelled load keeps the files already loaded and says
   * which were not.
   */
  isCancelled?: () => boolean;
  /** Column mappings the analyst chose, by header signature; files without one use the suggested mapping. */
  mappings?: Record<string, ColumnMapping>;
  /** The total-rows limit (default MAX_ROWS). */
  maxRows?: number;
  /** Leave police.uk details (ids, locations, outcomes) queued on the engine for the caller to append after the map
   * is drawn (the browser worker); by default they are appended before this returns (CLI, tests). */
  deferDetails?: boolean;
}

export async function ingestFiles(
  engine: Engine,
  inputs: InputFile[],
  { onProgress, isCancelled, mappings, maxRows = MAX_ROWS, deferDetails = false }: IngestOptions = {},
): Promise<IngestSummary> {
  const files = expandZips(inputs);
  const reports: FileReport[] = files.reports;
  const bytesTotal = files.csvs.reduce((sum, f) => sum + f.bytes.length, 0);
  let bytesDone = 0;
  const rowsDone = () => reports.reduce((sum, r) => sum + r.rowsRead, 0);
  for (const [fileIndex, file] of files.csvs.entries()) {
    onProgress?.({
      fileIndex,
      fileCount: files.csvs.length,
      path: file.path,
      bytesDone,
      bytesTotal,
      rowsDone: rowsDone(),
    });
    if (isCancelled?.()) {
      reports.push(declinedReport(file.path, 'unknown', `${file.path}: not loaded, the load was cancelled.`));
      continue;
    }
    const fileBytes = file.bytes.length; // read now: loading detaches the buffer in the browser
    const storedRows = await engine.crimeCount();
    const estimatedRows = Math.round(fileBytes / ESTIMATED_BYTES_PER_ROW);
    if (storedRows + estimatedRows > maxRows) {
      reports.push(
        declinedReport(
          file.path,
          'unknown',
          `${file.path}: not loaded — about ${estimatedRows.toLocaleString('en-GB')} more rows would take ` +
            `this browser past its limit of ${maxRows.toLocaleString('en-GB')} rows (${storedRows.toLocaleString('en-GB')} loaded). ` +
            'Clear some data, or use a shorter period.',
        ),
      );
      continue;
    }
    const rowsBefore = rowsDone();
    const progress = {
      onRows: (rows: number, bytes: number) =>
        onProgress?.({
          fileIndex,
          fileCount: files.csvs.length,
          path: file.path,
          bytesDone: bytesDone + Math.min(bytes, fileBytes),
          bytesTotal,
          rowsDone: rowsBefore + rows,
        }),
      isCancelled,
    };
    reports.push(await ingestOne(engine, file, mappings, progress));
    bytesDone += fileBytes;
  }
  // A later file may have replaced an earlier one's month; a single file's counts are already exact.
  if (files.csvs.length > 1) for (const report of reports) if (!report.declined) await engine.recount(report);
  if (!deferDetails) await engine.finishDetails();
  onProgress?.({
    fileIndex: files.csvs.length,
    fileCount: files.csvs.length,
    path: '',
    bytesDone,
    bytesTotal,
    rowsDone: rowsDone(),
  });
  return {
    files: reports,
    totals: sumReports(reports),
    crimeTypes: Object.fromEntries((await engine.crimeTypeCounts()).map((t) => [t.crime_type, t.crimes])),
    months: Object.fromEntries((await engine.monthCounts()).map((m) => [m.month_iso, m.crimes])),
  };
}

function expandZips(inputs: InputFile[]): { csvs: InputFile[]; reports: FileReport[] } {
  const csvs: InputFile[] = [];
  const reports: FileReport[] = [];
  for (const input of inputs) {
    if (!/\.zip$/i.test(input.path)) {
      csvs.push(input);
      continue;
    }
    const listed = listCsvEntries(input.path, input.bytes);
    if (!listed.ok) {
      reports.push(declinedReport(input.path, 'zip', listed.problem.message));
      continue;
    }
    for (const entry of listed.entries) csvs.push({ path: `${input.path}/${entry.path}`, bytes: entry.bytes });
  }
  return { csvs, reports };
}

async function ingestOne(
  engine: Engine,
  file: InputFile,
  mappings: Record<string, ColumnMapping> | undefined,
  progress: LoadProgress,
): Promise<FileReport> {
  const size = checkFileSize(file.path, file.bytes, MAX_FILE_BYTES);
  if (size) return declinedReport(file.path, 'unknown', size.message);
  const decoded = decodeCsvBytes(file.path, file.bytes);
  if (!decoded.ok) return declinedReport(file.path, 'unknown', decoded.problem.message);
  const format = detectSourceFormat(file.path, decoded.head);
  const headerLine = format === 'hotspots-geojson' ? '' : firstLine(decoded.head);
  const report = await loadByFormat(engine, format, {
    path: file.path,
    utf8: decoded.utf8,
    headerLine,
    mappings,
    progress,
  });
  report.notes.unshift(...decoded.notes);
  report.reasonSentences = reasonSentencesOf(report);
  return report;
}
