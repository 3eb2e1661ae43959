/** SQL literal quoting for values we build into query strings (DuckDB-WASM has no bind for every call path). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function sqlStringList(values: string[]): string {
  return values.map(sqlString).join(', ');
}

export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
