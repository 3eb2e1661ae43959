import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tableToIPC, type Table } from 'apache-arrow';
import { OFFLINE_SETTINGS_SQL, type Connector } from './connector';

/** DuckDB-WASM's blocking bundle: the real engine in Node, without a worker (CLI, tests, benchmarks). */
export async function createNodeConnector(): Promise<Connector> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const conn = db.connect();
  conn.query(OFFLINE_SETTINGS_SQL);
  return {
    query: async (sql) => conn.query(sql) as unknown as Table,
    registerFile: async (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => db.dropFile(name),
    // IPC bytes, not a Table: DuckDB's bundled Arrow is another module instance and drops foreign Tables silently.
    insertArrow: async (tableName, table, options) => {
      await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name: tableName, create: !options?.append });
    },
    close: async () => {
      conn.close();
      db.reset();
    },
  };
}
