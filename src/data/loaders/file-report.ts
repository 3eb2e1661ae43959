import type { SourceFormat } from '../formats/source-format';
import type { ColumnMapping } from '../ingest/column-mapping';
import type { FlagReason, RowReason, SetAsideReason } from '../formats/set-aside-reasons';

/** One example of a row set aside or flagged: row numbers are as a spreadsheet shows them (header = row 1). */
export interface RowExample {
  reason: RowReason;
  row: number;
  column?: string;
  value?: string;
}

/** What happened to one file: the numbers the load report and `grip ingest --json` show. */
export interface FileReport {
  path: string;
  format: SourceFormat;
  rowsRead: number; // data rows in the file, header excluded
  rowsStored: number; // rows now in the database (counted in totals and trends)
  rowsMapped: number; // stored rows with a location inside the force area
  noCoordinates: number; // stored, not mapped: the source gave no location
  outOfArea: number; // stored, flagged, not mapped: located outside LLR
  setAside: Partial<Record<SetAsideReason, number>>; // not stored, by reason
  flagged: Partial<Record<FlagReason, number>>; // stored but worth knowing: e.g. swapped-lat-lon (corrected)
  examples: RowExample[]; // the first few rows of each reason
  notes: string[]; // plain sentences: months replaced, police.uk quirks, encoding
  declined?: string; // the whole file was not loaded, and why
  /**
   * The sentence for each reason counted above, from the reason table: the load report may import only types from
   * data/, so the sentences travel with the report (filled by ingestFiles).
   */
  reasonSentences?: Partial<Record<RowReason, string>>;
  /** A force export's offences the Home Office classification does not know, with their rows (kept as Unclassified). */
  unclassifiedOffences?: { offence: string; rows: number }[];
  /** For files with free column names: the header and the mapping used, so the analyst can change it. */
  columns?: { header: string[]; mapping: ColumnMapping };
}

export const EXAMPLES_PER_REASON = 3;

export function emptyReport(path: string, format: SourceFormat): FileReport {
  return {
    path,
    format,
    rowsRead: 0,
    rowsStored: 0,
    rowsMapped: 0,
    noCoordinates: 0,
    outOfArea: 0,
    setAside: {},
    flagged: {},
    examples: [],
    notes: [],
  };
}

export function declinedReport(path: string, format: SourceFormat, reason: string): FileReport {
  return { ...emptyReport(path, format), declined: reason };
}

/** Adds `n` to a reason's count, dropping zero counts so reports stay short. */
export function addCount<R extends RowReason>(counts: Partial<Record<R, number>>, reason: R, n: number): void {
  if (n > 0) counts[reason] = (counts[reason] ?? 0) + n;
}

/** Keeps the first few examples per reason. */
export function addExamples(report: FileReport, examples: RowExample[]): void {
  const perReason = new Map<RowReason, number>();
  for (const e of report.examples) perReason.set(e.reason, (perReason.get(e.reason) ?? 0) + 1);
  for (const e of examples) {
    const seen = perReason.get(e.reason) ?? 0;
    if (seen >= EXAMPLES_PER_REASON) continue;
    perReason.set(e.reason, seen + 1);
    report.examples.push(e);
  }
}

/**
 * Whether a file is kept in the browser's storage to load again next time: it stored rows, or it was declined only
 * for want of a column mapping (so it can be loaded again once the columns are chosen). A header-only file is not,
 * nor a GRIP hotspot file: its hotspots are kept as the set in use (saved on their own), and loading the file again
 * at every start would undo the edits made since.
 */
export function keptForSaving(report: FileReport): boolean {
  if (report.format === 'hotspots-geojson') return false;
  return report.declined ? report.columns !== undefined : report.rowsStored > 0;
}
