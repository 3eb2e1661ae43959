import type { CrimeFilter } from '../analysis/crime-filter';
import { sanitiseFilter } from '../analysis/crime-filter';
import type { Connector } from './connector';
import type { ForceArea } from './force-area';
import { tableToRows } from './rows';
import { loadPoliceUkStreet, type LoadProgress } from './loaders/police-uk-street';
import { countStored } from './loaders/count-stored';
import { CrimeDetailsQueue } from './loaders/crime-details-queue';
import { loadForceCrimes } from './loaders/force-crimes';
import { loadPatrolPings } from './loaders/patrol-pings';
import { loadHotspotsGeoJson } from './loaders/hotspots-geojson';
import { loadRecords } from './loaders/records';
import type { ColumnMapping } from './ingest/column-mapping';
import type { FileReport } from './loaders/file-report';
import { sqlString } from './sql/literals';
import { CREATE_HARM_WEIGHTS_SQL, cellValuesSql, monthlyCellValuesSql } from './sql/cell-values';
import LSOA_2011_CODES from './reference/llr-lsoa2011-codes.json';
import {
  cellTopPlacesSql,
  cellTopTypesSql,
  CRIME_SUMMARY_SQL,
  CRIME_TYPE_COUNTS_SQL,
  MONTH_COUNTS_SQL,
} from './sql/crime-queries';
import {
  DEMO_PINGS_FILE,
  INSERT_DEMO_PINGS_SQL,
  insertDemoCrimesSql,
  stageDemoCrimesSql,
  stageDemoPingsSql,
} from './sql/ingest-demo';
import { DELETE_ALL_CRIMES_SQL, deleteLoadsSql, fromFilesSql, loadsOfFilesSql, NEXT_LOAD_ID_SQL } from './sql/loads';
import { ALL_TABLES_SQL } from './sql/schema';

/** 2011 LSOA codes of LLR: police.uk mixes 2011 and 2021 codes, and rows with others are reported. */
const LSOA_2011_SET = new Set<string>(LSOA_2011_CODES);

export interface TypeCount {
  crime_type: string;
  crimes: number;
}
export interface PlaceCount {
  place: string;
  crimes: number;
}
export interface CrimeSummary {
  rows_stored: number;
  rows_mapped: number;
  no_coordinates: number;
  out_of_area: number;
  first_month: string | null;
  last_month: string | null;
}

/**
 * The coordinator (HOUSE_STYLE, after mosaic): owns the connection, runs SQL built in sql/, returns typed rows.
 * The same engine runs in the browser worker and in Node (CLI, tests).
 */
export class Engine {
  private readonly details = new CrimeDetailsQueue();

  /** `area` decides which rows are mapped; the caller builds it so that work can overlap DuckDB's start-up. */
  constructor(
    private readonly db: Connector,
    private readonly area: ForceArea,
  ) {}

  async init(): Promise<void> {
    for (const sql of [...ALL_TABLES_SQL, CREATE_HARM_WEIGHTS_SQL]) await this.db.query(sql);
  }

  async loadDemoCrimes(fileName: string, bytes: Uint8Array): Promise<number> {
    await this.db.registerFile(fileName, bytes);
    await this.db.query(stageDemoCrimesSql(fileName));
    const [{ load_id: loadId }] = tableToRows<{ load_id: number }>(await this.db.query(NEXT_LOAD_ID_SQL));
    await this.db.query(insertDemoCrimesSql(fileName, loadId));
    return this.countAndDrop('staging_crimes', fileName);
  }

  async loadDemoPings(fileName: string, bytes: Uint8Array): Promise<number> {
    await this.db.registerFile(fileName, bytes);
    await this.db.query(stageDemoPingsSql(fileName));
    await this.db.query(INSERT_DEMO_PINGS_SQL);
    return this.countAndDrop('staging_pings', fileName);
  }

  async loadPoliceUkStreet(path: string, utf8: Uint8Array, progress: LoadProgress = {}): Promise<FileReport> {
    return loadPoliceUkStreet(this.db, this.area, LSOA_2011_SET, path, utf8, this.details, progress);
  }

  /** Whether police.uk details (ids, locations, outcomes) are still to be appended after their crimes. */
  get detailsPending(): boolean {
    return this.details.pending;
  }

  /** Appends one chunk of pending details; true while more remain (the worker runs one per turn so the app answers). */
  async appendDetailsStep(): Promise<boolean> {
    return this.details.step(this.db);
  }

  async finishDetails(): Promise<void> {
    await this.details.finish(this.db);
  }

  async loadForceCrimes(path: string, utf8: Uint8Array, header: string[], mapping: ColumnMapping): Promise<FileReport> {
    return loadForceCrimes(this.db, this.area, path, utf8, header, mapping);
  }

  async loadPatrolPings(path: string, utf8: Uint8Array, header: string[], mapping: ColumnMapping): Promise<FileReport> {
    return loadPatrolPings(this.db, this.area, path, utf8, header, mapping);
  }

  async loadRecords(
    kind: 'patrol-visits' | 'interventions',
    path: string,
    utf8: Uint8Array,
    header: string[],
    mapping: ColumnMapping,
  ): Promise<FileReport> {
    return loadRecords(this.db, this.area, kind, path, utf8, header, mapping);
  }

  async loadHotspots(path: string, json: string): Promise<FileReport> {
    return loadHotspotsGeoJson(this.db, this.area, path, json);
  }

  async hotspots(): Promise<{ hotspot_id: string; name: string | null; geometry_json: string }[]> {
    return tableToRows(await this.db.query('SELECT hotspot_id, name, geometry_json FROM hotspots ORDER BY hotspot_id'));
  }

  /** Recounts a report from the database: a later file in the same load may have replaced some of its rows. */
  async recount(report: FileReport): Promise<void> {
    if (report.format !== 'police-uk-street' && report.format !== 'force-crimes') return;
    const before = report.rowsStored;
    await countStored(this.db, report);
    if (report.rowsStored < before) {
      report.notes.push(
        `${(before - report.rowsStored).toLocaleString('en-GB')} of its rows were replaced by a later file with the same month.`,
      );
    }
  }

  /** Demo rows make way for the user's own data. Returns how many were removed. */
  async removeDemoData(): Promise<number> {
    const demoLoads = "SELECT load_id FROM loads WHERE source_format = 'demo'";
    const [{ n }] = tableToRows<{ n: number }>(
      await this.db.query(`SELECT count(*)::INTEGER AS n FROM crimes WHERE load_id IN (${demoLoads})`),
    );
    await this.db.query(
      `${deleteLoadsSql(demoLoads)}; DELETE FROM patrol_pings WHERE source_file = '${DEMO_PINGS_FILE}'`,
    );
    // The demo's 18 hotspots are invented places: they go with the demo.
    if (n > 0) await this.db.query('DELETE FROM hotspots');
    return n;
  }

  /** Whether any table holds a row (after the demo is removed: whether the analyst's files stored anything). */
  async holdsAnyRows(): Promise<boolean> {
    const [{ n }] = tableToRows<{ n: number }>(
      await this.db.query(`SELECT (SELECT count(*) FROM crimes) + (SELECT count(*) FROM patrol_pings)
      + (SELECT count(*) FROM patrol_visits) + (SELECT count(*) FROM interventions) + (SELECT count(*) FROM hotspots) AS n`),
    );
    return Number(n) > 0;
  }

  async removeRowsFrom(paths: string[]): Promise<void> {
    if (paths.length === 0) return;
    // A zip's entries are stored as `<zip path>/<entry>`.
    const isFromPaths = (file: string) => paths.some((p) => file === p || file.startsWith(`${p}/`));
    this.details.drop(isFromPaths);
    await this.db.query(deleteLoadsSql(loadsOfFilesSql(paths)));
    for (const table of ['patrol_pings', 'patrol_visits', 'interventions'])
      await this.db.query(`DELETE FROM ${table} WHERE ${fromFilesSql(paths)}`);
  }

  async clearAll(): Promise<void> {
    this.details.drop();
    await this.db.query(
      `${DELETE_ALL_CRIMES_SQL}; DELETE FROM patrol_pings; DELETE FROM patrol_visits; DELETE FROM interventions; DELETE FROM hotspots`,
    );
  }

  async cellValues(filter: CrimeFilter, harm: boolean): Promise<{ h3: string; value: number }[]> {
    return tableToRows(await this.db.query(cellValuesSql(sanitiseFilter(filter), harm)));
  }

  async monthlyCellValues(
    filter: CrimeFilter,
    harm: boolean,
  ): Promise<{ h3: string; month_iso: string; value: number }[]> {
    return tableToRows(await this.db.query(monthlyCellValuesSql(sanitiseFilter(filter), harm)));
  }

  async setHarmWeights(weights: Record<string, number>): Promise<void> {
    const rows = Object.entries(weights).filter(([, w]) => Number.isFinite(w) && w >= 0);
    await this.db.query('DELETE FROM harm_weights');
    if (rows.length > 0)
      await this.db.query(
        `INSERT INTO harm_weights VALUES ${rows.map(([t, w]) => `(${sqlString(t)}, ${w})`).join(', ')}`,
      );
  }

  get forceArea(): ForceArea {
    return this.area;
  }

  async cellTopTypes(filter: CrimeFilter, h3: string): Promise<TypeCount[]> {
    return tableToRows<TypeCount>(await this.db.query(cellTopTypesSql(sanitiseFilter(filter), h3)));
  }

  /**
   * Where a cell's crimes are: its busiest places (empty for a police.uk file whose details are still being appended).
   */
  async cellTopPlaces(filter: CrimeFilter, h3: string): Promise<PlaceCount[]> {
    return tableToRows<PlaceCount>(await this.db.query(cellTopPlacesSql(sanitiseFilter(filter), h3)));
  }

  async monthCounts(): Promise<{ month_iso: string; crimes: number }[]> {
    return tableToRows(await this.db.query(MONTH_COUNTS_SQL));
  }

  /** Crimes stored (a count DuckDB keeps, not a scan: asked before every file of a load). */
  async crimeCount(): Promise<number> {
    return Number(tableToRows<{ n: number }>(await this.db.query('SELECT count(*)::INTEGER AS n FROM crimes'))[0].n);
  }

  async summary(): Promise<CrimeSummary> {
    return tableToRows<CrimeSummary>(await this.db.query(CRIME_SUMMARY_SQL))[0];
  }

  async crimeTypeCounts(): Promise<TypeCount[]> {
    return tableToRows<TypeCount>(await this.db.query(CRIME_TYPE_COUNTS_SQL));
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  async query<T>(sql: string): Promise<T[]> {
    return tableToRows<T>(await this.db.query(sql));
  }

  private async countAndDrop(stagingTable: string, fileName: string): Promise<number> {
    const [{ n }] = tableToRows<{ n: number }>(
      await this.db.query(`SELECT count(*)::INTEGER AS n FROM ${stagingTable}`),
    );
    await this.db.query(`DROP TABLE IF EXISTS ${stagingTable}; DROP TABLE IF EXISTS staging_point_cells`);
    await this.db.dropFile(fileName);
    return n;
  }
}
