import { createBrowserConnector } from '../duckdb-browser';
import { Engine } from '../engine';
import { ForceArea } from '../force-area';
import { opfsFileStore } from '../saved-files';
import type { EngineEvent } from './protocol';
import type { SessionHost } from './session';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Start-up overlaps: DuckDB compiles its wasm in its own worker while this one prepares the LLR force area. */
async function openEngine(): Promise<Engine> {
  const connector = createBrowserConnector();
  const boundary = JSON.parse(new TextDecoder().decode(await fetchBytes('/boundaries/llr_lad.geojson')));
  const engine = new Engine(await connector, new ForceArea(boundary.features));
  await engine.init();
  return engine;
}

/** The engine worker's world: DuckDB-WASM beside it, the demo on our own origin, loaded files in OPFS. */
export function browserHost(emit: (event: EngineEvent) => void): SessionHost {
  return {
    openEngine,
    demo: {
      crimes: () => fetchBytes('/demo/crimes.csv'),
      gripHotspots: async () => new TextDecoder().decode(await fetchBytes('/demo/hotspots.geojson')),
      patrolPings: () => fetchBytes('/demo/patrol_pings.csv'),
      patrolSchedule: async () => new TextDecoder().decode(await fetchBytes('/demo/patrol_schedule.csv')),
      interventions: async () => new TextDecoder().decode(await fetchBytes('/demo/interventions.geojson')),
    },
    savedFiles: opfsFileStore,
    emit,
  };
}
