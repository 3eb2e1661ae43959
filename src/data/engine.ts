import type { CrimeFilter } from '../analysis/crime-filter';
import { DEFAULT_FILTER, sanitiseFilter } from '../analysis/crime-filter';
import type { Connector } from './connector';
import type { ForceArea } from './force-area';
import type { Table } from 'apache-arrow';
import { tableToRows } from './rows';
import { loadPoliceUkStreet, type LoadProgress } from './loaders/police-uk-street';
import { countStored } from './loaders/count-stored';
import { CrimeDetailsQueue } from './loaders/crime-details-queue';
import { loadForceCrimes } from './loaders/force-crimes';
import { loadPatrolPings } from './loaders/patrol-pings';
import { loadHotspotsGeoJson } from './loaders/hotspots-geojson';
import { loadRecords } from './loaders/records';
import { loadRadioUnits, type RadioUnitsFile } from './loaders/radio-units';
import type { MappedCsv } from './ingest/column-mapping';
import type { FileReport } from './loaders/file-report';
import type { HotspotInputs, HotspotSelectionRequest } from '../analysis/hotspot-proposal';
import { hotspotInputs } from './hotspot-inputs';
import { HotspotSetTables } from './hotspot-set-tables';
import { queryInterventions, type InterventionsRequest, type InterventionsResult } from './interventions';
import { CREATE_HARM_WEIGHTS_SQL, cellValuesSql, monthlyCellValuesSql, replaceHarmWeightsSql } from './sql/cell-values';
import LSOA_2011_CODES from './reference/llr-lsoa2011-codes.json';
import {
  cellTopPlacesSql,
  cellTopTypesSql,
  CRIME_SUMMARY_SQL,
  crimeTypeCountsSql,
  MONTH_COUNTS_SQL,
} from './sql/crime-queries';
import { INSERT_DEMO_PINGS_SQL, insertDemoCrimesSql, stageDemoCrimesSql, stageDemoPingsSql } from './sql/ingest-demo';
import { NEXT_LOAD_ID_SQL } from './sql/loads';
import {
  CLEAR_ALL_SQL,
  COUNT_CRIMES_SQL,
  COUNT_DEMO_CRIMES_SQL,
  countStagingSql,
  dropStagingSql,
  GRIP_HOTSPOTS_SQL,
  HOLDS_ANY_ROWS_SQL,
  REMOVE_DEMO_SQL,
  removeFileRowsSql,
  type DemoStagingTable,
} from './sql/data-lifecycle';
import { ALL_TABLES_SQL } from './sql/schema';

/** 2011 LSOA codes of LLR: police.uk mixes 2011 and 2021 codes, and rows with others are reported. */
const LSOA_2011_SET = new Set<string>(LSOA_2011_CODES);

export interface TypeCount {
  crime_type: string;
  crimes: number;
}
/** A cell's crime type with the offence most of its crimes carry (null where the source gives no offence text). */
export interface CellTypeCount extends TypeCount {
  top_offence: string | null;
}
export interface PlaceCount {
  place: string;
  crimes: number;
}
export interface GripHotspotRow {
  hotspot_id: string;
  name: string | null;
  geometry_json: string;
}
export interface CrimeSummary {
  rows_stored: number;
  rows_mapped: number;
  no_coordinates: number;
  out_of_area: number;
  /** Mapped crimes with a time of day (force exports; police.uk gives months only). */
  rows_timed: number;
  first_month: string | null;
  last_month: string | null;
}

/**
 * The coordinator (HOUSE_STYLE, after mosaic): owns the connection, runs SQL built in sql/, returns typed rows.
 * The same engine runs in the browser worker and in Node (CLI, tests).
 */
export class Engine {
  private readonly details = new CrimeDetailsQueue();
  /** The GRIP hotspot set in use and its versions (src/data/hotspot-set-tables.ts). */
  readonly hotspotSets = new HotspotSetTables(
    (sql) => this.db.query(sql),
    (sql) => this.query(sql),
  );

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

  async loadForceCrimes(file: MappedCsv): Promise<FileReport> {
    return loadForceCrimes(this.db, this.area, file);
  }

  async loadPatrolPings(file: MappedCsv): Promise<FileReport> {
    return loadPatrolPings(this.db, this.area, file);
  }

  async loadRecords(kind: 'patrol-visits' | 'interventions', file: MappedCsv): Promise<FileReport> {
    return loadRecords(this.db, this.area, kind, file);
  }

  async loadRadioUnits(file: RadioUnitsFile): Promise<FileReport> {
    return loadRadioUnits(this.db, file);
  }

  /** Hotspot areas become the working set (the one before is kept as a version); tiered points are interventions. */
  async loadGripHotspots(path: string, json: string): Promise<FileReport> {
    return loadHotspotsGeoJson(this.db, this.area, path, json, this.hotspotSets);
  }

  async gripHotspots(): Promise<GripHotspotRow[]> {
    return this.query<GripHotspotRow>(GRIP_HOTSPOTS_SQL);
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

  /**
   * Demo rows make way for the user's own data. Returns how many were removed. The GRIP hotspot set stays: it is the
   * analyst's (the demo's invented 18 included, until they replace them), not the demo's crimes'.
   */
  async removeDemoData(): Promise<number> {
    const n = await this.count(COUNT_DEMO_CRIMES_SQL);
    await this.db.query(REMOVE_DEMO_SQL);
    return n;
  }

  /** Whether any table holds a row (after the demo is removed: whether the analyst's files stored anything). */
  async holdsAnyRows(): Promise<boolean> {
    return (await this.count(HOLDS_ANY_ROWS_SQL)) > 0;
  }

  async removeRowsFrom(paths: string[]): Promise<void> {
    if (paths.length === 0) return;
    // A zip's entries are stored as `<zip path>/<entry>`.
    this.details.drop((file) => paths.some((p) => file === p || file.startsWith(`${p}/`)));
    await this.db.query(removeFileRowsSql(paths));
  }

  /** Every file's rows; the hotspot set and its versions are kept. */
  async clearAll(): Promise<void> {
    this.details.drop();
    await this.db.query(CLEAR_ALL_SQL);
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
    await this.db.query(replaceHarmWeightsSql(weights));
  }

  get forceArea(): ForceArea {
    return this.area;
  }

  async cellTopTypes(filter: CrimeFilter, h3: string): Promise<CellTypeCount[]> {
    return tableToRows<CellTypeCount>(await this.db.query(cellTopTypesSql(sanitiseFilter(filter), h3)));
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
    return this.count(COUNT_CRIMES_SQL);
  }

  async summary(): Promise<CrimeSummary> {
    return tableToRows<CrimeSummary>(await this.db.query(CRIME_SUMMARY_SQL))[0];
  }

  /** Stored crimes per type, all months or within a month range (months that are not `YYYY-MM` are ignored). */
  async crimeTypeCounts(months: { fromMonth?: string | null; toMonth?: string | null } = {}): Promise<TypeCount[]> {
    const { fromMonth, toMonth } = sanitiseFilter({
      ...DEFAULT_FILTER,
      fromMonth: months.fromMonth ?? null,
      toMonth: months.toMonth ?? null,
    });
    return tableToRows<TypeCount>(await this.db.query(crimeTypeCountsSql(fromMonth, toMonth)));
  }

  /**
   * What a GRIP hotspot proposal reads (src/analysis/hotspot-proposal), for a period and crime types (defaults: the
   * latest 12 months loaded, the serious-violence types). Place names come from crime details, so any still pending
   * are appended first.
   */
  async hotspotInputs(request: HotspotSelectionRequest = {}): Promise<HotspotInputs> {
    await this.details.finish(this.db);
    const months = (await this.monthCounts()).map((m) => m.month_iso);
    return hotspotInputs((sql) => this.query(sql), this.area, months, request);
  }

  /** Interventions with a place for the prevention-tier overlay (src/data/interventions.ts). */
  async interventions(request: InterventionsRequest = {}): Promise<InterventionsResult> {
    return queryInterventions((sql) => this.query(sql), request);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /** Rows of any query, for tests and the CLI's own checks. */
  async query<T>(sql: string): Promise<T[]> {
    return tableToRows<T>(await this.db.query(sql));
  }

  /** A query's Arrow table, for readers that take whole columns (a million pings as row objects take seconds). */
  async queryTable(sql: string): Promise<Table> {
    return this.db.query(sql);
  }

  /** A query of one row with an integer column `n`. */
  private async count(sql: string): Promise<number> {
    return Number((await this.query<{ n: number }>(sql))[0].n);
  }

  private async countAndDrop(stagingTable: DemoStagingTable, fileName: string): Promise<number> {
    const n = await this.count(countStagingSql(stagingTable));
    await this.db.query(dropStagingSql(stagingTable));
    await this.db.dropFile(fileName);
    return n;
  }
}
