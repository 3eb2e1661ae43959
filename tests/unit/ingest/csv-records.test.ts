// The byte-level CSV reader behind the police.uk loader, on the cases RFC 4180 and real exports throw at it.
import { describe, expect, it } from 'vitest';
import { CsvRecordReader } from '../../../src/data/ingest/csv-records';
import { ByteDictionary } from '../../../src/data/ingest/byte-dictionary';

const records = (text: string) => {
  const reader = new CsvRecordReader(new TextEncoder().encode(text));
  const out: { row: number; fields: string[] }[] = [];
  while (reader.next())
    out.push({ row: reader.recordNumber, fields: Array.from({ length: reader.fieldCount }, (_, i) => reader.text(i)) });
  return out;
};

describe('CsvRecordReader', () => {
  it('reads plain, quoted and empty fields, with or without a final line break', () => {
    expect(records('a,b,c\n1,,"x, y"\n2,"",3').map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', 'x, y'],
      ['2', '', '3'],
    ]);
  });

  it('unescapes doubled quotes and keeps line breaks inside quotes as one record', () => {
    const [, row] = records('id,location\n7,"On or near ""The Crown"",\r\nMarket St"\n');
    expect(row).toEqual({ row: 2, fields: ['7', 'On or near "The Crown",\r\nMarket St'] });
  });

  it('ends records at CRLF or LF, skips blank lines, and numbers rows as a spreadsheet does (header = 1)', () => {
    expect(records('h1,h2\r\n1,2\r\n\r\n3,4\r\n').map((r) => [r.row, ...r.fields])).toEqual([
      [1, 'h1', 'h2'],
      [2, '1', '2'],
      [3, '3', '4'],
    ]);
  });

  it('reports the real number of fields of a short or long row, and its raw text', () => {
    const reader = new CsvRecordReader(new TextEncoder().encode('a,b,c\nx,y\n1,2,3,4\n'));
    reader.next();
    reader.next();
    expect([reader.fieldCount, reader.rawRecord()]).toEqual([2, 'x,y']);
    reader.next();
    expect(reader.fieldCount).toBe(4);
    expect(reader.next()).toBe(false);
  });
});

describe('ByteDictionary', () => {
  it('gives equal bytes one code, ignores surrounding spaces, and survives growth past its first table', () => {
    const dict = new ByteDictionary();
    const bytes = new TextEncoder().encode(' Burglary ,Burglary,Robbery');
    expect(dict.intern(bytes, 0, 10)).toBe(0);
    expect(dict.intern(bytes, 11, 19)).toBe(0);
    expect(dict.intern(bytes, 20, 27)).toBe(1);
    const many = Array.from({ length: 5000 }, (_, i) => new TextEncoder().encode(`On or near Street ${i}`));
    const codes = many.map((b) => dict.intern(b, 0, b.length));
    expect(new Set(codes).size).toBe(5000);
    expect(many.map((b) => dict.intern(b, 0, b.length))).toEqual(codes);
    expect(dict.values[codes[4321]]).toBe('On or near Street 4321');
    expect(dict.values[0]).toBe('Burglary');
  });
});
