import type { Table } from 'apache-arrow';

/**
 * Arrow → plain typed rows. BigInt columns (DuckDB BIGINT/UBIGINT) become numbers when they fit,
 * so callers never meet a BigInt by surprise.
 */
export function tableToRows<T>(table: Table): T[] {
  const rows: T[] = [];
  const fields = table.schema.fields.map((f) => f.name);
  const columns = fields.map((name) => table.getChild(name));
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < fields.length; c++) {
      const value = columns[c]?.get(i);
      row[fields[c]] = typeof value === 'bigint' ? bigintToNumber(value) : value;
    }
    rows.push(row as T);
  }
  return rows;
}

function bigintToNumber(value: bigint): number | bigint {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
}

/** A numeric column as a Float64Array (NULL → NaN), for bulk work such as H3 indexing. */
export function float64Column(table: Table, name: string): Float64Array {
  const column = table.getChild(name);
  const out = new Float64Array(table.numRows);
  if (!column) return out.fill(Number.NaN);
  for (let i = 0; i < table.numRows; i++) {
    const value = column.get(i);
    out[i] = value === null || value === undefined ? Number.NaN : Number(value);
  }
  return out;
}
