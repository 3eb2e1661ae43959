/**
 * Why a row was set aside (not stored) or flagged (stored, worth knowing), with the one sentence the load report, the
 * CLI and the README show for it (HOUSE_STYLE: reasons are a typed union with one plain-English sentence each).
 */
export type SetAsideReason =
  | 'wrong-column-count'
  | 'unparseable-month'
  | 'missing-crime-type'
  | 'unparseable-date'
  | 'missing-offence'
  | 'duplicate-id'
  | 'missing-unit'
  | 'no-coordinates'
  | 'missing-hotspot'
  | 'ends-before-start'
  | 'unknown-tier'
  | 'not-an-area';

/** Rows kept, with something the analyst should know. */
export type FlagReason = 'swapped-lat-lon' | 'non-numeric-coordinates';

export type RowReason = SetAsideReason | FlagReason;

export const SET_ASIDE_REASONS: Record<SetAsideReason, string> = {
  'wrong-column-count':
    'The row has a different number of columns from the header (often a stray comma or a cut-off line), so its values cannot be matched to columns: not loaded.',
  'unparseable-month': 'The Month column is not a month of the form YYYY-MM (such as 2024-06): not loaded.',
  'missing-crime-type': 'The Crime type column is empty: not loaded.',
  'unparseable-date':
    'The date or time is missing or not in a form the app reads (day first, such as 05/06/2024 14:30, or ISO, such as 2024-06-05 14:30): not loaded.',
  'missing-offence': 'The offence column is empty: not loaded.',
  'duplicate-id': 'An earlier row of the same file has the same id: the first one is kept, this one is not loaded.',
  'missing-unit': 'The ping names no patrol unit or callsign: not loaded.',
  'no-coordinates': 'The ping has no location (neither latitude and longitude nor easting and northing): not loaded.',
  'missing-hotspot': 'The visit names no GRIP hotspot: not loaded.',
  'ends-before-start': 'The visit ends before it starts: not loaded.',
  'unknown-tier': 'The prevention tier is not primary, secondary or tertiary: not loaded.',
  'not-an-area':
    'The feature is not an area or a street segment (Polygon, MultiPolygon, LineString or MultiLineString): not loaded as a GRIP hotspot.',
};

export const FLAG_REASONS: Record<FlagReason, string> = {
  'swapped-lat-lon': 'Latitude and longitude were the wrong way round: put right, kept and mapped.',
  'non-numeric-coordinates': 'The coordinates are not numbers: kept without a location, so counted but not mapped.',
};

/** Every row reason and its sentence, set-aside reasons first. */
export const ROW_REASONS: Record<RowReason, string> = { ...SET_ASIDE_REASONS, ...FLAG_REASONS };

/** The sentence for a reason; a code that is not in the table (an old saved report) still reads as a sentence. */
export function reasonSentence(reason: string): string {
  return (
    (ROW_REASONS as Record<string, string>)[reason] ?? 'Rows the app could not use, for a reason it has no words for.'
  );
}

/** The README's "Set-aside reasons" table, generated from ROW_REASONS (a unit test keeps the README in step). */
export function rowReasonsMarkdown(): string {
  const rows = Object.entries(ROW_REASONS).map(([code, sentence]) => `| \`${code}\` | ${sentence} |`);
  return ['| reason code | sentence |', '|---|---|', ...rows].join('\n');
}

/** The sentence of every reason a report counts, for the load report (which may import only types from data/). */
export function reasonSentencesOf(report: {
  setAside: Partial<Record<SetAsideReason, number>>;
  flagged: Partial<Record<FlagReason, number>>;
}): Partial<Record<RowReason, string>> {
  const reasons = [...Object.keys(report.setAside), ...Object.keys(report.flagged)] as RowReason[];
  return Object.fromEntries(reasons.map((reason) => [reason, ROW_REASONS[reason]]));
}
