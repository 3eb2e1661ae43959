// Readers for the libpysal example files in tests/fixtures/esda (see its README). A missing file throws: tests fail.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const folder = path.resolve(__dirname, '../../fixtures/esda');

/** GAL contiguity → 0-based neighbour lists, in the order of the ids 1..n. */
export function readGal(name: string): number[][] {
  const lines = readFileSync(path.join(folder, name), 'utf8').trim().split(/\r?\n/);
  const n = Number(lines[0].trim().split(/\s+/).at(-1));
  const lists: number[][] = Array.from({ length: n }, () => []);
  let line = 1;
  while (line < lines.length) {
    const [id, count] = lines[line].trim().split(/\s+/).map(Number);
    lists[id - 1] =
      count > 0
        ? lines[line + 1]
            .trim()
            .split(/\s+/)
            .map((v) => Number(v) - 1)
        : [];
    line += 2;
  }
  if (lists.some((list) => list.some((j) => !(j >= 0 && j < n))))
    throw new Error(`${name}: a neighbour id is out of range`);
  return lists;
}

/** One numeric column of a libpysal .txt/.csv file (first line "rows,columns", second line the quoted header). */
export function readColumn(name: string, column: string): number[] {
  const lines = readFileSync(path.join(folder, name), 'utf8').trim().split(/\r?\n/);
  const header = lines[1].split(',').map((h) => h.replace(/"/g, '').trim());
  const at = header.indexOf(column);
  if (at < 0) throw new Error(`${name}: no column ${column}`);
  return lines.slice(2).map((row) => Number(row.split(',')[at]));
}
