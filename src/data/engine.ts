import type { CrimeFilter } from '../analysis/crime-filter';
import { sanitiseFilter } from '../analysis/crime-filter';
import type { Connector } from './connector';
import { cellsForPoints, cellsTable, pointCellsTable } from './h3-index';
import { float64Column, tableToRows } from './rows';
import { cellTopTypesSql, CRIME_SUMMARY_SQL, CRIME_TYPE_COUNTS_SQL, hexCountsSql } from './sql/crime-queries';
import { INSERT_DEMO_PINGS_SQL, insertDemoCrimesSql, stageDemoCrimesSql, stageDemoPingsSql } from './sql/ingest-demo';
import { ALL_TABLES_SQL } from './sql/schema';
import { CREATE_STUDY_AREA_SQL, FLAG_IN_AREA_SQL, IN_AREA_RESOLUTION } from './sql/study-area';
import { distinctPointsSql } from './sql/point-cells';

export interface HexCount { h3: string; crimes: number }
export interface TypeCount { crime_type: string; crimes: number }
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
  constructor(private readonly db: Connector) {}

  /** `inAreaCells`: resolution-9 cells inside LLR (see `cellsInsideBoundary`), computed by the caller so it can overlap start-up. */
  async init(inAreaCells: string[]): Promise<void> {
    for (const sql of [...ALL_TABLES_SQL, CREATE_STUDY_AREA_SQL]) await this.db.query(sql);
    const cells = inAreaCells;
    await this.replaceTable('staging_study', cellsTable(new BigUint64Array(cells.map((c) => BigInt(`0x${c}`)))));
    await this.db.query(`DELETE FROM study_area WHERE resolution = ${IN_AREA_RESOLUTION}`);
    await this.db.query(`INSERT INTO study_area SELECT ${IN_AREA_RESOLUTION}, h3_r10 FROM staging_study`);
  }

  async loadDemoCrimes(fileName: string, bytes: Uint8Array): Promise<number> {
    await this.db.registerFile(fileName, bytes);
    await this.db.query(stageDemoCrimesSql(fileName));
    await this.indexStagedPoints('staging_crimes');
    await this.db.query(insertDemoCrimesSql(fileName));
    await this.db.query(FLAG_IN_AREA_SQL);
    return this.countAndDrop('staging_crimes', fileName);
  }

  async loadDemoPings(fileName: string, bytes: Uint8Array): Promise<number> {
    await this.db.registerFile(fileName, bytes);
    await this.db.query(stageDemoPingsSql(fileName));
    await this.indexStagedPoints('staging_pings');
    await this.db.query(INSERT_DEMO_PINGS_SQL);
    return this.countAndDrop('staging_pings', fileName);
  }

  async hexCounts(filter: CrimeFilter): Promise<HexCount[]> {
    return tableToRows<HexCount>(await this.db.query(hexCountsSql(sanitiseFilter(filter))));
  }

  async cellTopTypes(filter: CrimeFilter, h3: string): Promise<TypeCount[]> {
    return tableToRows<TypeCount>(await this.db.query(cellTopTypesSql(sanitiseFilter(filter), h3)));
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

  /**
   * H3 indexing happens here in JS (the offline DuckDB build has no h3 extension), once per distinct coordinate:
   * police.uk snaps every crime to one of a few thousand points, so this is the difference between 1M and ~20k calls.
   */
  private async indexStagedPoints(stagingTable: string): Promise<void> {
    const points = await this.db.query(distinctPointsSql(stagingTable));
    const lats = float64Column(points, 'latitude');
    const lngs = float64Column(points, 'longitude');
    await this.replaceTable('staging_point_cells', pointCellsTable(lats, lngs, cellsForPoints(lats, lngs)));
  }

  private async replaceTable(name: string, table: Parameters<Connector['insertArrow']>[1]): Promise<void> {
    await this.db.query(`DROP TABLE IF EXISTS ${name}`);
    await this.db.insertArrow(name, table);
  }

  private async countAndDrop(stagingTable: string, fileName: string): Promise<number> {
    const [{ n }] = tableToRows<{ n: number }>(await this.db.query(`SELECT count(*)::INTEGER AS n FROM ${stagingTable}`));
    await this.db.query(`DROP TABLE IF EXISTS ${stagingTable}; DROP TABLE IF EXISTS staging_point_cells`);
    await this.db.dropFile(fileName);
    return n;
  }
}
