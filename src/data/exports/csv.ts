// CSV for spreadsheet users: UTF-8 with a byte order mark (so Excel reads accents and dashes right), CRLF line
// ends and RFC 4180 quoting (https://www.rfc-editor.org/rfc/rfc4180: a field holding a comma, quote, CR or LF is
// quoted, quotes doubled). Every cell of text from a file or a person is neutralised against formula injection as
// OWASP advises (https://owasp.org/www-community/attacks/CSV_Injection): a text cell that starts with =, +, -, @, tab
// (0x09) or carriage return (0x0D) is prefixed with a single quote, which spreadsheets take as "this is text".
//
// Numbers stay numbers: a JS number is written as itself (a longitude of -1.13 stays -1.13), and so is a string that is
// exactly a plain decimal (optional minus, digits, optional fraction: "-1.13", "42"), which no spreadsheet reads as a
// formula. Anything else starting with '-' ("-2+3", "-1e5", "--") is text and is prefixed. Non-finite numbers (NaN,
// ±Infinity) are written as an empty cell, as null is.

export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/** The characters OWASP lists as starting a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text that a spreadsheet will show as text: a leading formula character gets a `'` in front. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_DECIMAL.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: quoted only when it has to be. */
const quoted = (text: string): string => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return quoted(neutraliseFormula(value));
}

/** One record and its CRLF. */
export const csvRecord = (cells: readonly CsvCell[]): string => `${cells.map(csvCell).join(',')}${CRLF}`;

/** A whole file: BOM, header, rows, each line ended by CRLF. The header is escaped like any other text. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + csvRecord(header) + rows.map(csvRecord).join('');
}
