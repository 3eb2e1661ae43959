import { MAX_RESOLUTION } from '../../analysis/crime-filter';

/**
 * Crimes store one H3 cell, at the finest resolution, as UBIGINT. A coarser parent is the same 64 bits with the
 * resolution field (bits 52–55) set to r and every digit below r set to 7 (binary 111) — the H3 index layout
 * (https://h3geo.org/docs/core-library/h3Indexing) — so every resolution comes from one stored column, in SQL.
 */
export function h3ParentSql(column: string, resolution: number): string {
  const r = Math.round(resolution);
  if (r === MAX_RESOLUTION) return column;
  const unusedDigitBits = 3 * (15 - r);
  return `((${column} & ~(15::UBIGINT << 52)) | (${r}::UBIGINT << 52) | ((1::UBIGINT << ${unusedDigitBits}) - 1))`;
}

/** H3 string form: lower-case hex, as h3-js and deck.gl take it. */
export function h3HexSql(expression: string): string {
  return `lower(hex(${expression}))`;
}

/** Parse an H3 hex string into the UBIGINT the tables hold. */
export function h3FromHexSql(expression: string): string {
  return `('0x' || ${expression})::UBIGINT`;
}
