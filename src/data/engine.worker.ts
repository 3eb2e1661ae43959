/// <reference lib="webworker" />
import { createBrowserConnector } from './duckdb-browser';
import { Engine } from './engine';
import { ForceArea } from './force-area';
import { ingestFiles, type InputFile, type IngestProgress } from './ingest-files';
import type { ColumnMapping } from './ingest/column-mapping';
import type { IngestSummary } from './ingest-summary';
import { clearSavedFiles, forgetSavedFiles, loadSavedFiles, saveFiles } from './saved-files';
import type { CrimeFilter } from '../analysis/crime-filter';
import { emergingCells, giStarCells, monthsBetween, type StatisticsOptions } from './hotspot-statistics';

// Everything heavy (DuckDB, parsing, H3 indexing, statistics) runs here so the map never freezes.
let enginePromise: Promise<Engine> | null = null;
let startPromise: Promise<StartResult> | null = null;
let cancelRequested = false;

export type StartResult = { source: 'demo' | 'saved'; loadMs: number; summary?: IngestSummary };

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Start-up overlaps: DuckDB compiles its wasm in its own worker while this one prepares the LLR force area. */
function engine(): Promise<Engine> {
  enginePromise ??= (async () => {
    const connector = createBrowserConnector();
    const boundary = JSON.parse(new TextDecoder().decode(await fetchBytes('/boundaries/llr_lad.geojson')));
    const created = new Engine(await connector, new ForceArea(boundary.features));
    await created.init();
    return created;
  })();
  return enginePromise;
}

async function loadDemo(db: Engine, prefetched?: Promise<Uint8Array>): Promise<void> {
  await db.loadDemoCrimes('demo-crimes.csv', await (prefetched ?? fetchBytes('/demo/crimes.csv')));
  await db.loadHotspots('demo-hotspots.geojson', new TextDecoder().decode(await fetchBytes('/demo/hotspots.geojson')));
}

let demoPatrolsPromise: Promise<number> | null = null;

/** Patrol pings are not needed for the first map, so they load after it; once, however often it is asked. */
function loadDemoPatrols(): Promise<number> {
  demoPatrolsPromise ??= loadDemoPatrolsOnce();
  return demoPatrolsPromise;
}

async function loadDemoPatrolsOnce(): Promise<number> {
  const db = await engine();
  const started = await api.start();
  if (started.source !== 'demo') return 0;
  return db.loadDemoPings('demo-patrol-pings.csv', await fetchBytes('/demo/patrol_pings.csv'));
}

type Mappings = Record<string, ColumnMapping>;

/** The user's saved files if there are any, else the demo. */
async function startOnce(mappings: Mappings): Promise<StartResult> {
  const started = performance.now();
  // The demo download overlaps DuckDB's start-up; it is dropped if saved files are loaded instead.
  const demoBytes = fetchBytes('/demo/crimes.csv');
  demoBytes.catch(() => undefined);
  const [db, saved] = await Promise.all([engine(), loadSavedFiles().catch(() => [])]);
  if (saved.length > 0) {
    const summary = await ingestFiles(db, saved, { onProgress: postProgress, mappings, deferDetails: true });
    appendDetailsLater();
    return { source: 'saved', summary, loadMs: Math.round(performance.now() - started) };
  }
  await loadDemo(db, demoBytes);
  return { source: 'demo', loadMs: Math.round(performance.now() - started) };
}

/**
 * police.uk details (ids, locations, outcomes) follow their crimes once the map has them: one chunk per turn of the
 * queue, so a filter or a hover asked meanwhile waits for one chunk at most, not for the whole file.
 */
let detailsScheduled = false;
function appendDetailsLater(): void {
  if (detailsScheduled) return;
  detailsScheduled = true;
  void serially(async () => {
    detailsScheduled = false;
    if (await (await engine()).appendDetailsStep()) appendDetailsLater();
  }).catch((error) => console.error('Appending crime details failed:', error));
}

function postProgress(progress: IngestProgress): void {
  self.postMessage({ event: 'progress', progress });
}

const api = {
  /** Idempotent: React's StrictMode runs effects twice in development; data must load once. */
  start: (mappings: Mappings = {}): Promise<StartResult> => (startPromise ??= startOnce(mappings)),
  async ingest(files: InputFile[], mappings: Mappings = {}): Promise<IngestSummary & { demoRowsRemoved: number; showing: 'demo' | 'user' }> {
    cancelRequested = false;
    const db = await engine();
    await api.start(mappings);
    const demoRowsRemoved = await db.removeDemoData();
    // Saving overlaps loading; the loaders never detach these bytes (the connector copies what it hands to DuckDB).
    const saving = saveFiles(files);
    const paths = files.map((f) => f.path);
    const summary = await ingestFiles(db, files, { onProgress: postProgress, isCancelled: () => cancelRequested, mappings, deferDetails: true });
    appendDetailsLater();
    await saving;
    // Files declined only for want of a column mapping stay saved, so they can be reloaded once the columns are chosen.
    const loaded = (path: string) => summary.files.some((r) => (!r.declined || r.columns) && (r.path === path || r.path.startsWith(`${path}/`)));
    await forgetSavedFiles(paths.filter((path) => !loaded(path)));
    const stored = await db.holdsAnyRows();
    // Nothing of the analyst's stored (every file declined, or the load cancelled): the demo comes back, not an empty map.
    if (demoRowsRemoved > 0 && !stored) {
      await loadDemo(db);
      demoPatrolsPromise = null;
      void serially(loadDemoPatrols).catch(() => undefined); // after this call, like any other
      return { ...summary, demoRowsRemoved: 0, showing: 'demo' };
    }
    return { ...summary, demoRowsRemoved, showing: stored ? 'user' : 'demo' };
  },
  loadDemoPatrols,
  /** Loads saved files again (e.g. with a changed column mapping); their earlier rows are replaced. */
  async reloadSaved(paths: string[], mappings: Mappings): Promise<IngestSummary> {
    const db = await engine();
    const files = (await loadSavedFiles()).filter((f) => paths.includes(f.path));
    await db.removeRowsFrom(paths);
    const summary = await ingestFiles(db, files, { onProgress: postProgress, mappings, deferDetails: true });
    appendDetailsLater();
    return summary;
  },
  cancel: async () => { cancelRequested = true; },
  async clearAll(): Promise<void> {
    const db = await engine();
    await clearSavedFiles();
    await db.clearAll();
    await loadDemo(db);
    demoPatrolsPromise = null; // the demo is back: its patrols load again once the map is drawn
  },
  cellValues: async (filter: CrimeFilter, harm: boolean) => (await engine()).cellValues(filter, harm),
  setHarmWeights: async (weights: Record<string, number>) => (await engine()).setHarmWeights(weights),
  async giStar(filter: CrimeFilter, options: StatisticsOptions) {
    const db = await engine();
    const started = performance.now();
    const result = await giStarCells(db, db.forceArea, filter, options);
    return { ...result, ms: Math.round(performance.now() - started) };
  },
  async emerging(filter: CrimeFilter, options: StatisticsOptions) {
    const db = await engine();
    const started = performance.now();
    const summary = await db.summary();
    const months = monthsBetween(filter.fromMonth ?? summary.first_month ?? '2024-01', filter.toMonth ?? summary.last_month ?? '2024-01');
    const result = await emergingCells(db, db.forceArea, filter, months, options);
    return { ...result, ms: Math.round(performance.now() - started) };
  },
  cellTopTypes: async (filter: CrimeFilter, h3: string) => (await engine()).cellTopTypes(filter, h3),
  summary: async () => (await engine()).summary(),
  hotspots: async () => (await engine()).hotspots(),
  crimeTypeCounts: async () => (await engine()).crimeTypeCounts(),
};

export type EngineApi = typeof api;
type Request = { id: number; method: keyof EngineApi; args: unknown[] };

// One engine call at a time: loaders share staging tables, and a user's file must not interleave with the demo's
// patrol pings. Cancel alone goes straight through, so it can reach a load in progress.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, method, args } = event.data;
  try {
    const call = () => (api[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    const result = await (method === 'cancel' ? call() : serially(call));
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
