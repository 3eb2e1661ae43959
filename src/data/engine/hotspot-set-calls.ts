import type { HotspotInputs, HotspotSelectionRequest } from '../../analysis/hotspot-proposal';
import {
  checkSet,
  compareVersions,
  DEMO_SET_NAME,
  measureSet,
  readSetsDocument,
  setGeoJson,
  SETS_DOCUMENT_NAME,
  writeSetsDocument,
  type HotspotSet,
} from '../../analysis/hotspot-set';
import type { Engine } from '../engine';
import { SET_REFUSALS, type HotspotSetTables } from '../hotspot-set-tables';
import type { IngestSummary } from '../ingest-summary';
import type { ArgsOf, EngineEvent, MethodName, ResultOf } from './protocol';
import type { SavedFileStore } from './saved-file-store';

// The session's calls on the GRIP hotspot set in use and its versions, and how the set is kept in the browser: one
// small JSON document (SETS_DOCUMENT_NAME) written after every change, read back at start.

type SetMethod =
  | 'hotspotSet'
  | 'replaceHotspotSet'
  | 'saveHotspotVersion'
  | 'openHotspotVersion'
  | 'deleteHotspotVersion'
  | 'compareHotspotVersions'
  | 'measureHotspotSet'
  | 'exportHotspotSet';
type SetHandlers = { [M in SetMethod & MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

export interface SetCallsDeps {
  /** The tables, once the session has started (restored the saved sets or made the demo's). */
  sets(): Promise<HotspotSetTables>;
  inputs(selection: HotspotSelectionRequest): Promise<HotspotInputs>;
}

/** 'GRIP 2025/26 Q3' → 'GRIP-2025-26-Q3.geojson'; a file name keeps its own. */
export function exportFileName(set: HotspotSet): string {
  const stem = set.name
    .replace(/\.(geo)?json$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'grip-hotspots'}.geojson`;
}

export function hotspotSetHandlers({ sets, inputs }: SetCallsDeps): SetHandlers {
  const working = async (tables: HotspotSetTables, refusal: string) => {
    const set = await tables.working();
    if (!set) throw new Error(refusal);
    return set;
  };
  const setOf = async (tables: HotspotSetTables, id: string) => {
    if (id === 'working') {
      const set = await working(tables, SET_REFUSALS.noWorkingSetToCompare);
      return { label: { versionId: 'working', name: set.name }, set };
    }
    const v = await tables.version(id);
    return { label: { versionId: v.versionId, name: v.name }, set: v.set };
  };
  return {
    hotspotSet: async () => (await sets()).state(),
    replaceHotspotSet: async ({ set }) => {
      const tables = await sets();
      const checked = set === null ? { set: null, problems: [] } : checkSet(set);
      if (checked.problems.length > 0) throw new Error(`${checked.problems.join(' ')} Nothing was changed.`);
      await tables.replaceWorking(checked.set);
      return tables.state();
    },
    saveHotspotVersion: async ({ name }) => {
      const tables = await sets();
      await tables.saveVersion(name);
      return tables.state();
    },
    openHotspotVersion: async ({ versionId }) => {
      const tables = await sets();
      await tables.openVersion(versionId);
      return tables.state();
    },
    deleteHotspotVersion: async ({ versionId }) => {
      const tables = await sets();
      await tables.deleteVersion(versionId);
      return tables.state();
    },
    compareHotspotVersions: async ({ a, b }) => {
      const tables = await sets();
      const [before, after] = [await setOf(tables, a), await setOf(tables, b)];
      return { a: before.label, b: after.label, ...compareVersions(before.set, after.set) };
    },
    measureHotspotSet: async ({ selection, options }) => {
      const set = (await (await sets()).working()) ?? { name: '', basis: '', hotspots: [] };
      return measureSet(await inputs(selection), set, options);
    },
    exportHotspotSet: async ({ selection, options }) => {
      const set = await working(await sets(), SET_REFUSALS.noWorkingSetToExport);
      const given = await inputs(selection);
      return { fileName: exportFileName(set), text: setGeoJson(given, set, measureSet(given, set, options), options) };
    },
  };
}

/** Writes the saved document after each change to the set or its versions, and tells the page. */
export class HotspotSetKeeper {
  /** The revision last written (0: nothing has changed since the engine opened). */
  private written = 0;

  constructor(
    private readonly store: SavedFileStore,
    private readonly emit: (event: EngineEvent) => void,
  ) {}

  async saveIfChanged(tables: HotspotSetTables): Promise<void> {
    const revision = tables.revision;
    if (revision === this.written) return;
    try {
      await this.store.writeDocument(SETS_DOCUMENT_NAME, writeSetsDocument(await tables.document()));
      this.written = revision;
    } catch (error) {
      // The change holds in this session; the next change tries to write again.
      console.error('The GRIP hotspot sets could not be saved in this browser:', error);
    }
    this.emit({ event: 'hotspot-set-changed', revision });
  }

  /**
   * At start, once the saved files (if any) are loaded: the saved sets replace whatever the tables hold (a hotspot
   * file saved by an earlier version of the app and loaded again must not undo later edits); with none saved, the set
   * a hotspot file just made is kept, else the demo's hotspots become "Demo set (synthetic)". Hotspot files are then
   * forgotten from the saved files: the document keeps their hotspots.
   */
  async restore(db: Engine, demoHotspots: () => Promise<string>, loaded?: IngestSummary): Promise<void> {
    const tables = db.hotspotSets;
    const text = await this.store.readDocument(SETS_DOCUMENT_NAME).catch(() => null);
    if (text !== null) {
      const document = readSetsDocument(text);
      for (const problem of document.problems) console.warn(problem);
      await tables.restore(document);
    } else if (!(await tables.working())) {
      await db.loadGripHotspots('demo-hotspots.geojson', await demoHotspots());
      const demo = await tables.working();
      if (demo) await tables.replaceWorking({ ...demo, name: DEMO_SET_NAME, basis: DEMO_SET_NAME });
    }
    const hotspotFiles = (loaded?.files ?? []).filter((f) => f.format === 'hotspots-geojson').map((f) => f.path);
    if (hotspotFiles.length > 0) await this.store.forget(hotspotFiles);
  }
}
