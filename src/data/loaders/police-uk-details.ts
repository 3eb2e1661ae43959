import type { Table } from 'apache-arrow';
import { ByteDictionary } from '../ingest/byte-dictionary';
import { CsvRecordReader } from '../ingest/csv-records';
import { dictionaryColumn, int32Column, nullColumn, tableOfColumns, Utf8ColumnBuilder } from '../ingest/arrow-columns';
import { columnIndexes } from './police-uk-columns';

/**
 * The second read of a police.uk file, after its crimes are on the map: the text columns only a person reads (Crime
 * ID, location, LSOA, outcome) for the rows the first read stored, as `crime_details` chunks.
 */
export class PoliceUkDetails {
  private readonly reader: CsvRecordReader;
  private readonly index: ReturnType<typeof columnIndexes>;
  private readonly locations = new ByteDictionary();
  private readonly lsoas = new ByteDictionary();
  private readonly outcomes = new ByteDictionary();
  private ordinal = 0;

  /** `storedRows[k]` is the load id that stored data record k (0: set aside), from PoliceUkRows. */
  constructor(
    utf8: Uint8Array,
    private readonly storedRows: Int32Array,
  ) {
    this.reader = new CsvRecordReader(utf8);
    this.reader.next();
    this.index = columnIndexes(this.reader.texts());
  }

  /** Up to `maxRows` more rows of details, in `crime_details` column order; null when the file is done. */
  readChunk(maxRows: number): Table | null {
    const { reader, storedRows, index: ix } = this;
    const loadIds = new Int32Array(maxRows);
    const sourceRow = new Int32Array(maxRows);
    const ids = new Utf8ColumnBuilder(maxRows);
    const location = new Int32Array(maxRows);
    const lsoa = new Int32Array(maxRows);
    const outcome = new Int32Array(maxRows);
    let n = 0;
    while (n < maxRows && this.ordinal < storedRows.length && reader.next()) {
      const loadId = storedRows[this.ordinal++];
      if (loadId === 0) continue;
      loadIds[n] = loadId;
      sourceRow[n] = reader.recordNumber;
      if (ix.crimeId < 0 || reader.isBlank(ix.crimeId)) ids.appendNull();
      else ids.append(reader.bytes, reader.start[ix.crimeId], reader.end[ix.crimeId]);
      location[n] = this.optionalCode(this.locations, ix.location);
      lsoa[n] = this.optionalCode(this.lsoas, ix.lsoaCode);
      outcome[n] = this.optionalCode(this.outcomes, ix.outcome);
      n++;
    }
    if (n === 0) return null;
    return tableOfColumns([
      ['load_id', int32Column(loadIds.subarray(0, n))],
      ['source_row', int32Column(sourceRow.subarray(0, n))],
      ['crime_id', ids.finish()],
      ['offence', nullColumn('utf8', n)],
      ['location', dictionaryColumn(location.subarray(0, n), this.locations.values)],
      ['lsoa_code', dictionaryColumn(lsoa.subarray(0, n), this.lsoas.values)],
      ['outcome', dictionaryColumn(outcome.subarray(0, n), this.outcomes.values)],
    ]);
  }

  private optionalCode(dictionary: ByteDictionary, field: number): number {
    return field < 0 || this.reader.isBlank(field) ? -1 : dictionary.internField(this.reader, field);
  }
}
