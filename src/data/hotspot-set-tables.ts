import type {
  HotspotSet,
  HotspotSetState,
  HotspotSetVersion,
  SetHotspot,
  SetsDocument,
  VersionSummary,
} from '../analysis/hotspot-set';
import {
  DELETE_VERSIONS_SQL,
  deleteVersionSql,
  insertVersionSql,
  replaceWorkingSetSql,
  VERSIONS_SQL,
  WORKING_HOTSPOTS_SQL,
  WORKING_SET_SQL,
} from './sql/hotspot-sets';

type Exec = (sql: string) => Promise<unknown>;
type Query = <T>(sql: string) => Promise<T[]>;

interface HotspotSqlRow {
  hotspot_id: string;
  name: string | null;
  locked: boolean;
  cells_json: string;
  centre_lon: number | null;
  centre_lat: number | null;
  drawn_json: string | null;
}

/** The one sentence each refusal gives, shown as it is by the app and the CLI. */
export const SET_REFUSALS = {
  blankName: 'A version needs a name, such as “GRIP 2025/26 Q3”: nothing was saved.',
  noWorkingSet: 'There is no working set to save: propose a set, load a hotspot file or open a version first.',
  noWorkingSetToCompare: 'There is no working set to compare: propose a set, load a hotspot file or open a version.',
  noWorkingSetToExport: 'There is no working set to export: propose a set, load a hotspot file or open a version.',
  unknownVersion: (versionId: string) => `There is no saved version ${versionId}: it may have been deleted.`,
} as const;

const byVersion = (a: HotspotSetVersion, b: HotspotSetVersion) =>
  a.savedAt.localeCompare(b.savedAt) || Number(a.versionId.slice(1)) - Number(b.versionId.slice(1));

/**
 * The working GRIP hotspot set and its named versions, kept in DuckDB (tables in sql/schema.ts). `revision` goes up
 * with every change, so the session can tell when to write the saved document and tell the page.
 */
export class HotspotSetTables {
  revision = 0;
  /** The clock versions are dated by (the session sets its host's). */
  now: () => string = () => new Date().toISOString();

  constructor(
    private readonly exec: Exec,
    private readonly query: Query,
  ) {}

  async working(): Promise<HotspotSet | null> {
    const [info] = await this.query<{ name: string; basis: string }>(WORKING_SET_SQL);
    if (!info) return null;
    const rows = await this.query<HotspotSqlRow>(WORKING_HOTSPOTS_SQL);
    const hotspots: SetHotspot[] = rows.map((r) => ({
      hotspotId: r.hotspot_id,
      name: r.name ?? '',
      cells: JSON.parse(r.cells_json) as string[],
      centreLngLat: [r.centre_lon ?? Number.NaN, r.centre_lat ?? Number.NaN],
      locked: r.locked,
      drawn: r.drawn_json ? (JSON.parse(r.drawn_json) as SetHotspot['drawn']) : null,
    }));
    return { name: info.name, basis: info.basis, hotspots };
  }

  /** Oldest first. */
  async versions(): Promise<HotspotSetVersion[]> {
    const rows = await this.query<{ version_id: string; name: string; saved_at: string; set_json: string }>(
      VERSIONS_SQL,
    );
    return rows
      .map((r) => ({ versionId: r.version_id, name: r.name, savedAt: r.saved_at, set: JSON.parse(r.set_json) }))
      .sort(byVersion);
  }

  async version(versionId: string): Promise<HotspotSetVersion> {
    const found = (await this.versions()).find((v) => v.versionId === versionId);
    if (!found) throw new Error(SET_REFUSALS.unknownVersion(versionId));
    return found;
  }

  async state(): Promise<HotspotSetState> {
    const saved = await this.versions();
    const versions: VersionSummary[] = saved.map((v) => ({
      versionId: v.versionId,
      name: v.name,
      savedAt: v.savedAt,
      count: v.set.hotspots.length,
    }));
    const working = await this.working();
    const hotspots = JSON.stringify(working?.hotspots);
    const inUse = working && [...saved].reverse().find((v) => JSON.stringify(v.set.hotspots) === hotspots);
    return { working, versions, inUseVersionId: inUse ? inUse.versionId : null, revision: this.revision };
  }

  async document(): Promise<SetsDocument> {
    return { working: await this.working(), versions: await this.versions() };
  }

  async replaceWorking(set: HotspotSet | null): Promise<void> {
    await this.exec(replaceWorkingSetSql(set));
    this.revision++;
  }

  /** Saves a copy of the working set under `name` ("Save as": the working set takes the name too). */
  async saveVersion(name: string): Promise<HotspotSetVersion> {
    const trimmed = name.trim();
    if (!trimmed) throw new Error(SET_REFUSALS.blankName);
    const working = await this.working();
    if (!working) throw new Error(SET_REFUSALS.noWorkingSet);
    const version = await this.addVersion(trimmed, { ...working, name: trimmed });
    await this.replaceWorking({ ...working, name: trimmed });
    return version;
  }

  /**
   * The working set becomes a copy of the version's set, exactly as it was saved (a "Before <file>" version gives back
   * the set by its own name); the version itself is left as saved.
   */
  async openVersion(versionId: string): Promise<void> {
    await this.replaceWorking(structuredClone((await this.version(versionId)).set));
  }

  async deleteVersion(versionId: string): Promise<void> {
    await this.version(versionId);
    await this.exec(deleteVersionSql(versionId));
    this.revision++;
  }

  /**
   * A hotspot file's set becomes the working set; the set before it, if any, is kept first as the version
   * "Before <file name>", so nothing the analyst had is lost. Returns that version's name, or null.
   */
  async replaceFromFile(set: HotspotSet, fileName: string): Promise<string | null> {
    const before = await this.working();
    const kept = before ? await this.addVersion(`Before ${fileName}`, before) : null;
    await this.replaceWorking(set);
    return kept?.name ?? null;
  }

  /** What the saved document held, in place of anything the tables hold. */
  async restore(document: SetsDocument): Promise<void> {
    await this.exec(DELETE_VERSIONS_SQL);
    for (const v of document.versions) await this.exec(insertVersionSql(v));
    await this.replaceWorking(document.working);
  }

  private async addVersion(name: string, set: HotspotSet): Promise<HotspotSetVersion> {
    const versions = await this.versions();
    const next = Math.max(0, ...versions.map((v) => Number(v.versionId.slice(1)) || 0)) + 1;
    const version: HotspotSetVersion = { versionId: `v${next}`, name, savedAt: this.now(), set };
    await this.exec(insertVersionSql(version));
    this.revision++;
    return version;
  }
}
