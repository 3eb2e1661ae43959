import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createNodeConnector } from '../../src/data/duckdb-node';
import { Engine } from '../../src/data/engine';
import { ForceArea } from '../../src/data/force-area';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The app's engine on DuckDB-WASM's blocking bundle: the CLI runs exactly the browser's SQL and loaders. */
export async function createNodeEngine(): Promise<Engine> {
  const boundary = JSON.parse(readFileSync(path.join(repoRoot, 'public/boundaries/llr_lad.geojson'), 'utf8'));
  const engine = new Engine(await createNodeConnector(), new ForceArea(boundary.features));
  await engine.init();
  return engine;
}
