/// <reference lib="webworker" />
import { createBrowserConnector } from './duckdb-browser';
import { Engine } from './engine';
import { ForceArea } from './force-area';
import { ingestFiles, type InputFile, type IngestProgress } from './ingest-files';
import type { ColumnMapping } from './ingest/column-mapping';
import type { IngestSummary } from './ingest-summary';
import { clearSavedFiles, forgetSavedFiles, loadSavedFiles, saveFiles } from './saved-files';
import type { CrimeFilter } from '../analysis/crime-filter';
import { noteCallFinished, noteCallStarted, runWhenIdle, whenIdle } from './idle-work';
import { warmUpPoliceUkParser } from './loaders/police-uk-warm-up';
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
/** Whether the demo is what the map shows (the analyst's own data replaces it). */
let showingDemo = true;

/** Patrol pings are not needed for the first map, so they load after it; once, however often it is asked. */
function loadDemoPatrols(): Promise<number> {
  demoPatrolsPromise ??= loadDemoPatrolsOnce();
  return demoPatrolsPromise;
}

async function loadDemoPatrolsOnce(): Promise<number> {
  const db = await engine();
  await api.start();
  // Asked for while the analyst's first file was loading, it must not add the demo's pings to their data.
  if (!showingDemo) return 0;
  return db.loadDemoPings('demo-patrol-pings.csv', await fetchBytes('/demo/patrol_pings.csv'));
}

type Mappings = Record<string, ColumnMapping>;

/** The analyst's first big police.uk file should meet an optimised parser (see police-uk-warm-up.ts). */
function warmUpWhenIdle(db: Engine): void {
  runWhenIdle(async () => {
    warmUpPoliceUkParser(db.forceArea);
    return false;
  }, serially);
}

/** The user's saved files if there are any, else the demo. */
async function startOnce(mappings: Mappings): Promise<StartResult> {
  const started = performance.now();
  // The demo download overlaps DuckDB's start-up; it is dropped if saved files are loaded instead.
  const demoBytes = fetchBytes('/demo/crimes.csv');
  demoBytes.catch(() => undefined);
  const [db, saved] = await Promise.all([engine(), loadSavedFiles().catch(() => [])]);
  if (saved.length > 0) {
    showingDemo = false;
    const summary = await ingestFiles(db, saved, { onProgress: postProgress, mappings, deferDetails: true });
    appendDetailsLater();
    warmUpWhenIdle(db);
    return { source: 'saved', summary, loadMs: Math.round(performance.now() - started) };
  }
  await loadDemo(db, demoBytes);
  warmUpWhenIdle(db);
  return { source: 'demo', loadMs: Math.round(performance.now() - started) };
}

/** police.uk details (ids, locations, outcomes) follow their crimes once the map has them. */
let detailsScheduled = false;
function appendDetailsLater(): void {
  if (detailsScheduled) return;
  detailsScheduled = true;
  runWhenIdle(async () => {
    const more = await (await engine()).appendDetailsStep();
    detailsScheduled = more;
    return more;
  }, serially);
}

/**
 * Writing a 200 MB file to OPFS competes with parsing it for the CPU (loads were ~40% slower), so files are written
 * once the map shows them and the app is idle; the page hears when they are safe. Reading saved files writes the
 * waiting ones first; clearing drops them.
 */
let unsaved: { files: InputFile[]; forget: string[] }[] = [];
let writing: Promise<void> = Promise.resolve();
function writeUnsaved(): Promise<void> {
  const batches = unsaved;
  unsaved = [];
  if (batches.length === 0) return writing;
  writing = writing
    .then(async () => {
      for (const { files, forget } of batches) {
        await saveFiles(files);
        await forgetSavedFiles(forget);
      }
      self.postMessage({ event: 'saved', paths: batches.flatMap((b) => b.files.map((f) => f.path)) });
    })
    .catch((error) => console.error('Saving the loaded files failed:', error));
  return writing;
}

function saveWhenIdle(files: InputFile[], forget: string[]): void {
  unsaved.push({ files, forget });
  void whenIdle().then(writeUnsaved);
}

function postProgress(progress: IngestProgress): void {
  self.postMessage({ event: 'progress', progress });
}

const api = {
  /** Idempotent: React's StrictMode runs effects twice in development; data must load once. */
  start: (mappings: Mappings = {}): Promise<StartResult> => (startPromise ??= startOnce(mappings)),
  async ingest(
    files: InputFile[],
    mappings: Mappings = {},
  ): Promise<IngestSummary & { demoRowsRemoved: number; showing: 'demo' | 'user' }> {
    cancelRequested = false;
    const db = await engine();
    await api.start(mappings);
    const demoRowsRemoved = await db.removeDemoData();
    const summary = await ingestFiles(db, files, {
      onProgress: postProgress,
      isCancelled: () => cancelRequested,
      mappings,
      deferDetails: true,
    });
    // Files declined only for want of a column mapping are saved too, so they can be reloaded once the columns are
    // chosen.
    // (The loaders never detach these bytes: the connector copies what it hands to DuckDB.)
    const loaded = (path: string) =>
      summary.files.some((r) => (!r.declined || r.columns) && (r.path === path || r.path.startsWith(`${path}/`)));
    saveWhenIdle(
      files.filter((f) => loaded(f.path)),
      files.map((f) => f.path).filter((path) => !loaded(path)),
    );
    appendDetailsLater();
    const stored = await db.holdsAnyRows();
    // Nothing of the analyst's stored (every file declined, or the load cancelled): the demo comes back, not an empty
    // map.
    showingDemo = demoRowsRemoved > 0 && !stored;
    if (showingDemo) {
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
    await writeUnsaved();
    const files = (await loadSavedFiles()).filter((f) => paths.includes(f.path));
    await db.removeRowsFrom(paths);
    const summary = await ingestFiles(db, files, { onProgress: postProgress, mappings, deferDetails: true });
    appendDetailsLater();
    return summary;
  },
  cancel: async () => {
    cancelRequested = true;
  },
  async clearAll(): Promise<void> {
    const db = await engine();
    unsaved = [];
    await writing;
    await clearSavedFiles();
    await db.clearAll();
    await loadDemo(db);
    showingDemo = true;
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
    const months = monthsBetween(
      filter.fromMonth ?? summary.first_month ?? '2024-01',
      filter.toMonth ?? summary.last_month ?? '2024-01',
    );
    const result = await emergingCells(db, db.forceArea, filter, months, options);
    return { ...result, ms: Math.round(performance.now() - started) };
  },
  /** What the tooltip shows about a cell: its commonest crime types and busiest places. */
  async cellProfile(filter: CrimeFilter, h3: string) {
    const db = await engine();
    return { topTypes: await db.cellTopTypes(filter, h3), topPlaces: await db.cellTopPlaces(filter, h3) };
  },
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
  noteCallStarted();
  try {
    const call = () => (api[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    const result = await (method === 'cancel' ? call() : serially(call));
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  } finally {
    noteCallFinished();
  }
};
