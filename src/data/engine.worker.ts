/// <reference lib="webworker" />
import { createBrowserConnector } from './duckdb-browser';
import { Engine } from './engine';
import { ForceArea } from './force-area';
import type { CrimeFilter } from '../analysis/crime-filter';

// Everything heavy (DuckDB, H3 indexing, statistics) runs here so the map never freezes.
let enginePromise: Promise<Engine> | null = null;
let demoPromise: Promise<DemoLoad> | null = null;
type DemoLoad = { crimes: number; pings: number; loadMs: number };

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

async function loadDemoOnce(): Promise<DemoLoad> {
  const started = performance.now();
  const files = Promise.all([fetchBytes('/demo/crimes.csv'), fetchBytes('/demo/patrol_pings.csv')]);
  const db = await engine();
  const [crimesCsv, pingsCsv] = await files;
  const crimes = await db.loadDemoCrimes('demo-crimes.csv', crimesCsv);
  const pings = await db.loadDemoPings('demo-patrol-pings.csv', pingsCsv);
  return { crimes, pings, loadMs: Math.round(performance.now() - started) };
}

const api = {
  /** Idempotent: React's StrictMode runs effects twice in development; the demo must load once. */
  loadDemo: (): Promise<DemoLoad> => (demoPromise ??= loadDemoOnce()),
  hexCounts: async (filter: CrimeFilter) => (await engine()).hexCounts(filter),
  cellTopTypes: async (filter: CrimeFilter, h3: string) => (await engine()).cellTopTypes(filter, h3),
  summary: async () => (await engine()).summary(),
  crimeTypeCounts: async () => (await engine()).crimeTypeCounts(),
};

// Begin compiling DuckDB as soon as the worker exists, before the first request arrives.
void engine();

export type EngineApi = typeof api;
type Request = { id: number; method: keyof EngineApi; args: unknown[] };

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, method, args } = event.data;
  try {
    const result = await (api[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
