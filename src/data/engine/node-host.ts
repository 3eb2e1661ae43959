import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeConnector } from '../duckdb-node';
import { Engine } from '../engine';
import { ForceArea } from '../force-area';
import type { EngineEvent } from './protocol';
import { MemoryFileStore, type SavedFileStore } from './saved-file-store';
import type { SessionHost } from './session';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The engine on DuckDB-WASM's blocking bundle, with the LLR force area the app ships. */
export async function openNodeEngine(): Promise<Engine> {
  const boundary = JSON.parse(readFileSync(path.join(repoRoot, 'public/boundaries/llr_lad.geojson'), 'utf8'));
  const engine = new Engine(await createNodeConnector(), new ForceArea(boundary.features));
  await engine.init();
  return engine;
}

export interface NodeHostOptions {
  /** Folder of the demo's crimes.csv, hotspots.geojson, patrol_pings.csv, interventions.geojson (default data/demo). */
  demoDir?: string;
  savedFiles?: SavedFileStore;
  emit?: (event: EngineEvent) => void;
  idleMs?: number;
  /** The clock hotspot-set versions are dated by (ISO 8601). */
  now?: () => string;
}

/** The session's world in Node (CLI, tests): the same engine, the demo from disk, saved files in memory. */
export function nodeHost(options: NodeHostOptions = {}): SessionHost {
  const demoDir = options.demoDir ?? path.join(repoRoot, 'data/demo');
  const bytes = async (name: string) => new Uint8Array(await readFile(path.join(demoDir, name)));
  return {
    openEngine: openNodeEngine,
    demo: {
      crimes: () => bytes('crimes.csv'),
      gripHotspots: () => readFile(path.join(demoDir, 'hotspots.geojson'), 'utf8'),
      patrolPings: () => bytes('patrol_pings.csv'),
      patrolSchedule: () => readFile(path.join(demoDir, 'patrol_schedule.csv'), 'utf8'),
      interventions: () => readFile(path.join(demoDir, 'interventions.geojson'), 'utf8'),
    },
    savedFiles: options.savedFiles ?? new MemoryFileStore(),
    emit: options.emit ?? (() => undefined),
    idleMs: options.idleMs,
    now: options.now,
  };
}
