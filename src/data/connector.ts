import type { Table } from 'apache-arrow';

/**
 * The one door to the database (mosaic's Connector idea): the engine builds SQL and asks for Arrow tables;
 * whether DuckDB-WASM runs in a browser worker or blocking in Node is the connector's business.
 */
export interface Connector {
  query(sql: string): Promise<Table>;
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Creates `tableName` from the Arrow table, or with `append` adds its rows to the existing table (by column
   * position).
   */
  insertArrow(tableName: string, table: Table, options?: { append?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** Extension autoloading would try the internet and can hang forever offline (TECH_NOTES). */
export const OFFLINE_SETTINGS_SQL = 'SET autoload_known_extensions=false; SET autoinstall_known_extensions=false;';
