import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableToIPC, type Table } from 'apache-arrow';
import { OFFLINE_SETTINGS_SQL, type Connector } from './connector';

/** DuckDB-WASM (eh bundle) served from our own origin — never the CDN bundle helper. */
export async function createBrowserConnector(): Promise<Connector> {
  const worker = new Worker(ehWorkerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(ehWasmUrl);
  const conn = await db.connect();
  await conn.query(OFFLINE_SETTINGS_SQL);
  return {
    query: async (sql) => (await conn.query(sql)) as unknown as Table,
    // DuckDB's worker takes the buffer (transfers it); a copy keeps the caller's bytes whole, e.g. for the OPFS save.
    registerFile: async (name, bytes) => db.registerFileBuffer(name, bytes.slice()),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    // IPC bytes, not a Table: DuckDB's bundled Arrow is another module instance and drops foreign Tables silently.
    insertArrow: async (tableName, table, options) => {
      await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name: tableName, create: !options?.append });
    },
    close: async () => {
      await conn.close();
      await db.terminate();
    },
  };
}
