import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { bboxOf } from '../../analysis/bbox';
import type { Engine } from '../engine';
import { CSV_BOM, csvRecord } from '../exports/csv';
import { CRIME_RECORD_COLUMNS, crimeRecordCells, crimeRecordsSql, type CrimeRecordRow } from '../exports/crime-records';
import type { ArgsOf, ResultOf } from './protocol';

// The session's exports: a selection's crime records as CSV (the same columns and escaping as `grip export records`),
// exact by point in polygon as the profile counts them; the box narrows the SQL first.

type ExportHandlers = {
  selectionRecordsCsv: (args: ArgsOf<'selectionRecordsCsv'>) => Promise<ResultOf<'selectionRecordsCsv'>>;
};

const PAGE_ROWS = 50_000;

export function exportHandlers(engine: () => Promise<Engine>): ExportHandlers {
  return {
    selectionRecordsCsv: async ({ polygon, filter }) => {
      const db = await engine();
      const [west, south, east, north] = bboxOf(polygon);
      const asked = { ...filter, bbox: [west, south, east, north] as [number, number, number, number] };
      const parts = [CSV_BOM + csvRecord(CRIME_RECORD_COLUMNS)];
      let rows = 0;
      for (let offset = 0; ; offset += PAGE_ROWS) {
        const page = await db.query<CrimeRecordRow>(crimeRecordsSql(asked, PAGE_ROWS, offset));
        for (const row of page) {
          if (row.longitude === null || row.latitude === null) continue;
          if (!booleanPointInPolygon([row.longitude, row.latitude], polygon)) continue;
          parts.push(csvRecord(crimeRecordCells(row)));
          rows += 1;
        }
        if (page.length < PAGE_ROWS) return { text: parts.join(''), rows };
      }
    },
  };
}
