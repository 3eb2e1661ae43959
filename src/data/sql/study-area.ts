import { h3ParentSql } from './h3-cells';

/** H3 cells (resolution 9) whose centres lie inside LLR: the force area used to flag out-of-area rows. */
export const IN_AREA_RESOLUTION = 9;

export const CREATE_STUDY_AREA_SQL = `CREATE TABLE IF NOT EXISTS study_area (resolution INTEGER, h3 UBIGINT)`;

export const FLAG_IN_AREA_SQL = `UPDATE crimes SET in_area = h3_r10 IS NOT NULL AND ${h3ParentSql('h3_r10', IN_AREA_RESOLUTION)} IN
  (SELECT h3 FROM study_area WHERE resolution = ${IN_AREA_RESOLUTION})
WHERE in_area IS NULL`;
