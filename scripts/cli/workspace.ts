import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../../src/data/engine';
import { ingestFiles } from '../../src/data/ingest-files';
import { collectFiles } from './collect-files';
import { repoRoot } from './node-engine';

/** `grip ingest` remembers what it loaded here, so later commands (`hotspots`, `emerging`) work on the same data. */
const WORKSPACE = path.join(process.cwd(), '.grip/workspace.json');

export function rememberIngested(targets: string[]): void {
  mkdirSync(path.dirname(WORKSPACE), { recursive: true });
  writeFileSync(WORKSPACE, JSON.stringify({ targets: targets.map((t) => path.resolve(t)) }, null, 2));
}

/** Loads what `grip ingest` loaded last, or the demo crimes when nothing was ingested. Returns a description. */
export async function loadWorkspace(engine: Engine): Promise<string> {
  const targets: string[] = existsSync(WORKSPACE) ? JSON.parse(readFileSync(WORKSPACE, 'utf8')).targets : [];
  const present = targets.filter((t) => existsSync(t));
  if (present.length > 0) {
    // statistics read no details
    const summary = await ingestFiles(engine, collectFiles(present), { deferDetails: true });
    return `${summary.totals.rowsStored} rows from ${present.join(', ')}`;
  }
  const demo = path.join(repoRoot, 'data/demo/crimes.csv');
  if (!existsSync(demo))
    throw new Error(
      'Nothing ingested yet and no demo data: run `npm run grip -- ingest <files>` or `npm run demo-data`.',
    );
  const rows = await engine.loadDemoCrimes('crimes.csv', new Uint8Array(readFileSync(demo)));
  return `${rows} demo crimes`;
}
