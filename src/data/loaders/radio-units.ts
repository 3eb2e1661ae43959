import type { Connector } from '../connector';
import type { RadioUnitColumns } from '../ingest/radio-unit-columns';
import {
  countRadioUnitsFromSql,
  RADIO_UNITS_INCOMPLETE_SQL,
  RADIO_UNITS_SET_ASIDE_SQL,
  replaceRadioUnitsSql,
  stageRadioUnitsSql,
} from '../sql/ingest-radio-units';
import { emptyReport, type FileReport } from './file-report';
import { accountForRows, queryRows, withRegisteredCsv } from './staged-file';

/** A radio id → call sign lookup into `radio_units`: pings recorded by radio id get a name (named_patrol_pings). */
export interface RadioUnitsFile {
  path: string;
  utf8: Uint8Array;
  header: string[];
  columns: RadioUnitColumns;
}

export async function loadRadioUnits(db: Connector, file: RadioUnitsFile): Promise<FileReport> {
  const { path, header, columns } = file;
  const report = emptyReport(path, 'radio-units');
  report.notes.push(`Radio id → call sign lookup: radio id ← "${columns.radioId}", call sign ← "${columns.callSign}".`);
  await withRegisteredCsv(db, file.utf8, async (registered) => {
    await db.query(stageRadioUnitsSql(registered, header, columns));
    const fileRow = await accountForRows(db, report, 'staging_force', RADIO_UNITS_SET_ASIDE_SQL);
    const incomplete = await queryRows<{ record_index: number }>(db, RADIO_UNITS_INCOMPLETE_SQL);
    if (incomplete.length > 0) {
      const rows = incomplete.slice(0, 3).map((r) => fileRow(r.record_index));
      report.notes.push(
        `${incomplete.length} ${incomplete.length === 1 ? 'row has' : 'rows have'} no radio id or no call sign (row ${rows.join(', ')}): not loaded.`,
      );
    }
    await db.query(replaceRadioUnitsSql(path));
    report.rowsStored = (await queryRows<{ n: number }>(db, countRadioUnitsFromSql(path)))[0].n;
  });
  return report;
}
