import { proposeHotspots, type HotspotInputs, type HotspotSelectionRequest } from '../../analysis/hotspot-proposal';
import type { Engine } from '../engine';
import { ingestFiles, type InputFile } from '../ingest-files';
import type { IngestSummary } from '../ingest-summary';
import { keptForSaving } from '../loaders/file-report';
import { warmUpPoliceUkParser } from '../loaders/police-uk-warm-up';
import { HotspotInputsCache } from './hotspot-inputs-cache';
import { HotspotSetKeeper, hotspotSetHandlers } from './hotspot-set-calls';
import { statisticsHandlers } from './statistics-calls';
import { exportHandlers } from './export-calls';
import { patrolHandlers } from './patrol-calls';
import { profileHandlers } from './profile-calls';
import { DEMO_INTERVENTIONS_FILE } from '../sql/ingest-demo';
import {
  METHODS,
  type ArgsOf,
  type DataSource,
  type EngineEvent,
  type EngineRequest,
  type IngestResult,
  type Mappings,
  type MethodName,
  type ResultOf,
  type StartResult,
} from './protocol';
import type { SavedFileStore } from './saved-file-store';
import { WorkQueue } from './work-queue';

/** The demo's files: fetched from our own origin in the browser, read from disk in Node. */
export interface DemoFiles {
  crimes(): Promise<Uint8Array>;
  gripHotspots(): Promise<string>;
  patrolPings(): Promise<Uint8Array>;
  patrolSchedule(): Promise<string>;
  /** Partner actions by prevention tier (GeoJSON points), loaded with the demo's hotspots. */
  interventions(): Promise<string>;
}

/** What differs between the browser worker and Node: where the database, the demo and saved files come from. */
export interface SessionHost {
  /** The engine, initialised; the browser overlaps DuckDB's start-up with preparing the force area. */
  openEngine(): Promise<Engine>;
  demo: DemoFiles;
  savedFiles: SavedFileStore;
  emit(event: EngineEvent): void;
  /** How long the app must have asked nothing before background work runs (default 300 ms). */
  idleMs?: number;
  /** The clock versions of the hotspot set are dated by (ISO 8601; default the system clock). */
  now?: () => string;
}

type Handlers = { [M in MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

/**
 * Everything the engine worker knows, in one place: what is loaded (the demo or the analyst's files), what is still
 * to append or to save, and the one queue every call goes through. Each transition is a method; the worker only
 * relays messages to `handle`, so the same session runs, and its races are tested, in Node.
 */
export class EngineSession {
  private readonly queue: WorkQueue;
  private readonly engine: Promise<Engine>;
  private started: Promise<StartResult> | null = null;
  private showing: DataSource = 'demo';
  /** The demo's patrol pings load once per time the demo is shown, however many calls ask (demoPatrolsLoaded). */
  private demoPatrols: Promise<number> | null = null;
  private cancelRequested = false;
  private unsaved: { files: InputFile[]; forget: string[] }[] = [];
  private detailsScheduled = false;
  /** Writes the GRIP hotspot sets to the browser after each change and tells the page. */
  private readonly hotspotSetKeeper: HotspotSetKeeper;
  /** The engine once open: after each call, its hotspot set's revision says whether to save the sets. */
  private opened: Engine | null = null;
  private readonly hotspotInputsCache = new HotspotInputsCache();

  constructor(private readonly host: SessionHost) {
    this.queue = new WorkQueue(host.idleMs ?? 300);
    this.engine = host.openEngine().then((db) => {
      if (host.now) db.hotspotSets.now = host.now;
      this.opened = db;
      return db;
    });
    this.hotspotSetKeeper = new HotspotSetKeeper(host.savedFiles, (event) => host.emit(event));
  }

  /** Runs a call in its lane (protocol.ts says which). */
  handle<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
    const info = METHODS[method];
    const run = async () => {
      if (info.cancellable) this.cancelRequested = false;
      this.hotspotInputsCache.beforeCall(method);
      const result = await (this.handlers[method] as (a: ArgsOf<M>) => Promise<ResultOf<M>>)(args);
      // Any call may have changed the hotspot set (an edit, a hotspot file among the files loaded, the start).
      if (info.lane !== 'immediate' && this.opened) await this.hotspotSetKeeper.saveIfChanged(this.opened.hotspotSets);
      return result;
    };
    return info.lane === 'immediate' ? run() : this.queue.push(info.lane, run);
  }

  handleRequest(request: EngineRequest): Promise<unknown> {
    return this.handle(request.method, request.args as never);
  }

  /** The database, for tests and the CLI's own checks. */
  database(): Promise<Engine> {
    return this.engine;
  }

  /** Resolves once background work (details, saving, demo pings) is done. */
  settled(): Promise<void> {
    return this.queue.settled();
  }

  private readonly handlers: Handlers = {
    start: ({ mappings }) => this.start(mappings),
    ingest: ({ files, mappings }) => this.ingest(files, mappings),
    reloadSaved: ({ paths, mappings }) => this.reloadSaved(paths, mappings),
    cancel: async () => {
      this.cancelRequested = true;
    },
    clearAll: () => this.clearAll(),
    loadDemoPatrols: () => this.demoPatrolsLoaded(),
    cellValues: async ({ filter, harm }) => (await this.engine).cellValues(filter, harm),
    setHarmWeights: async ({ weights }) => (await this.engine).setHarmWeights(weights),
    ...statisticsHandlers(() => this.engine),
    ...exportHandlers(() => this.engine),
    cellProfile: async ({ filter, h3 }) => {
      const db = await this.engine;
      return { topTypes: await db.cellTopTypes(filter, h3), topPlaces: await db.cellTopPlaces(filter, h3) };
    },
    summary: async () => (await this.engine).summary(),
    gripHotspots: async () => (await this.engine).gripHotspots(),
    crimeTypeCounts: async (months) => (await this.engine).crimeTypeCounts(months),
    hotspotInputs: async (selection) => (await this.engine).hotspotInputs(selection),
    proposeHotspots: async ({ selection, options }) => proposeHotspots(await this.hotspotInputsFor(selection), options),
    ...hotspotSetHandlers({
      sets: async () => {
        const db = await this.engine;
        await this.start({});
        return db.hotspotSets;
      },
      inputs: (selection) => this.hotspotInputsFor(selection),
    }),
    interventions: async (request) => (await this.engine).interventions(request),
    ...profileHandlers(() => this.engine),
    ...patrolHandlers({
      started: async () => (await this.start({}), this.engine),
      withPatrols: async () => (await this.start({}), await this.demoPatrolsLoaded(), this.engine),
      demoSchedule: async () => (this.showing === 'demo' ? this.host.demo.patrolSchedule() : null),
    }),
  };

  private hotspotInputsFor(selection: HotspotSelectionRequest): Promise<HotspotInputs> {
    return this.hotspotInputsCache.get(selection, async () => (await this.engine).hotspotInputs(selection));
  }

  /** Idempotent; called inside queued jobs, so it never queues itself. */
  private start(mappings: Mappings): Promise<StartResult> {
    this.started ??= this.startOnce(mappings);
    return this.started;
  }

  private async startOnce(mappings: Mappings): Promise<StartResult> {
    const startedAt = performance.now();
    // The demo download overlaps DuckDB's start-up; it is dropped if saved files are loaded instead.
    const demoCrimes = this.host.demo.crimes();
    demoCrimes.catch(() => undefined);
    const [db, saved] = await Promise.all([this.engine, this.host.savedFiles.load().catch(() => [])]);
    this.warmUpWhenIdle(db);
    const loadMs = () => Math.round(performance.now() - startedAt);
    if (saved.length === 0) {
      await this.showDemo(db, demoCrimes);
      await this.hotspotSetKeeper.restore(db, () => this.host.demo.gripHotspots());
      return { source: 'demo', loadMs: loadMs() };
    }
    this.showing = 'user';
    const summary = await this.ingestNow(db, saved, mappings);
    await this.hotspotSetKeeper.restore(db, () => this.host.demo.gripHotspots(), summary);
    return { source: 'saved', summary, loadMs: loadMs() };
  }

  private async ingest(files: InputFile[], mappings: Mappings): Promise<IngestResult> {
    const db = await this.engine;
    await this.start(mappings);
    const demoRowsRemoved = await db.removeDemoData();
    this.showing = 'user';
    this.demoPatrols = null;
    const summary = await this.ingestNow(db, files, mappings);
    // (The loaders never detach these bytes: the connector copies what it hands to DuckDB.)
    const kept = (path: string) =>
      summary.files.some((r) => keptForSaving(r) && (r.path === path || r.path.startsWith(`${path}/`)));
    this.saveWhenIdle(
      files.filter((f) => kept(f.path)),
      files.map((f) => f.path).filter((path) => !kept(path)),
    );
    if (await db.holdsAnyRows()) return { ...summary, demoRowsRemoved, showing: 'user' };
    // Nothing of the analyst's stored (every file declined, or the load cancelled): the demo comes back, not an
    // empty map.
    await this.fallBackToDemo(db);
    return { ...summary, demoRowsRemoved: 0, showing: 'demo' };
  }

  private async reloadSaved(paths: string[], mappings: Mappings): Promise<IngestSummary> {
    const db = await this.engine;
    await this.writeUnsaved();
    const files = (await this.host.savedFiles.load()).filter((f) => paths.includes(f.path));
    await db.removeRowsFrom(paths);
    return this.ingestNow(db, files, mappings);
  }

  private async clearAll(): Promise<void> {
    const db = await this.engine;
    this.unsaved = [];
    await this.host.savedFiles.clear();
    await db.clearAll();
    await this.showDemo(db);
  }

  private async fallBackToDemo(db: Engine): Promise<void> {
    await this.showDemo(db);
    void this.handle('loadDemoPatrols', undefined).catch(() => undefined);
  }

  private async showDemo(db: Engine, crimes = this.host.demo.crimes()): Promise<void> {
    await db.loadDemoCrimes('demo-crimes.csv', await crimes);
    // Interventions are GeoJSON points: the same loader reads them (60 rows, so not worth a background step).
    await db.loadGripHotspots(DEMO_INTERVENTIONS_FILE, await this.host.demo.interventions());
    this.showing = 'demo';
    this.demoPatrols = null;
  }

  private demoPatrolsLoaded(): Promise<number> {
    return (this.demoPatrols ??= this.loadDemoPatrols());
  }

  private async loadDemoPatrols(): Promise<number> {
    const db = await this.engine;
    await this.start({});
    // Asked for while the analyst's first file was loading, it must not add the demo's pings to their data.
    if (this.showing !== 'demo') return 0;
    return db.loadDemoPings('demo-patrol-pings.csv', await this.host.demo.patrolPings());
  }

  /** Crimes go in now; police.uk details (ids, locations, outcomes) follow once the map has them. */
  private async ingestNow(db: Engine, files: InputFile[], mappings: Mappings): Promise<IngestSummary> {
    const summary = await ingestFiles(db, files, {
      onProgress: (progress) => this.host.emit({ event: 'progress', progress }),
      isCancelled: () => this.cancelRequested,
      mappings,
      deferDetails: true,
    });
    this.appendDetailsWhenIdle(db);
    return summary;
  }

  private appendDetailsWhenIdle(db: Engine): void {
    if (this.detailsScheduled || !db.detailsPending) return;
    this.detailsScheduled = true;
    this.queue.repeatWhileIdle(
      async () => {
        this.detailsScheduled = await db.appendDetailsStep();
        return this.detailsScheduled;
      },
      (error) => {
        this.detailsScheduled = false; // a later load schedules the rest again
        backgroundFailed(error);
      },
    );
  }

  /** The analyst's first big police.uk file should meet an optimised parser (see police-uk-warm-up.ts). */
  private warmUpWhenIdle(db: Engine): void {
    this.queue.push('background', async () => warmUpPoliceUkParser(db.forceArea)).catch(backgroundFailed);
  }

  /**
   * Writing a 200 MB file to storage competes with parsing it for the CPU (loads were ~40% slower), so files are
   * written once the map shows them and the app is idle; the page hears when they are safe. Reloading saved files
   * writes the waiting ones first; clearing drops them.
   */
  private saveWhenIdle(files: InputFile[], forget: string[]): void {
    this.unsaved.push({ files, forget });
    this.queue.push('background', () => this.writeUnsaved()).catch(backgroundFailed);
  }

  private async writeUnsaved(): Promise<void> {
    const batches = this.unsaved;
    this.unsaved = [];
    if (batches.length === 0) return;
    const paths = batches.flatMap((b) => b.files.map((f) => f.path));
    for (const { files, forget } of batches) {
      await this.host.savedFiles.save(files);
      await this.host.savedFiles.forget(forget);
    }
    if (paths.length > 0) this.host.emit({ event: 'saved', paths });
  }
}

function backgroundFailed(error: unknown): void {
  console.error('Background work failed:', error);
}
