import type { LoadProgress } from '../loaders/police-uk-street';
import { declinedReport, type FileReport } from '../loaders/file-report';
import {
  headerSignature,
  missingForCrimes,
  missingForPings,
  suggestMapping,
  type ColumnMapping,
  type MappedCsv,
} from '../ingest/column-mapping';
import { detectFormat, parseCsvHeader } from '../ingest/detect-format';
import { radioUnitColumns } from '../ingest/radio-unit-columns';
import type { RadioUnitsFile } from '../loaders/radio-units';
import type { SourceFormat } from './source-format';

/** The loaders a format can hand its file to (the engine has them, bound to its database and force area). */
export interface FormatLoaders {
  loadPoliceUkStreet(path: string, utf8: Uint8Array, progress?: LoadProgress): Promise<FileReport>;
  loadForceCrimes(file: MappedCsv): Promise<FileReport>;
  loadPatrolPings(file: MappedCsv): Promise<FileReport>;
  loadRecords(kind: 'patrol-visits' | 'interventions', file: MappedCsv): Promise<FileReport>;
  loadGripHotspots(path: string, json: string): Promise<FileReport>;
  loadRadioUnits(file: RadioUnitsFile): Promise<FileReport>;
}

/** One decoded file on its way to a loader. */
export interface DecodedFile {
  path: string;
  utf8: Uint8Array;
  /** The CSV header line ('' for JSON). */
  headerLine: string;
  /** Column mappings the analyst chose, by header signature. */
  mappings?: Record<string, ColumnMapping>;
  progress: LoadProgress;
}

interface FormatEntry {
  /** What the file is, as a sentence ending "…file." for messages. */
  description: string;
  /** Loads the file; formats without a loader are declined with `declined`. */
  load?: (loaders: FormatLoaders, file: DecodedFile) => Promise<FileReport>;
  /** Why a recognised file is not loaded: follows the file's path. */
  declined?: string;
}

/** The file with its header and the analyst's mapping for that header, else the suggested one. */
function mapped(file: DecodedFile): MappedCsv {
  const header = parseCsvHeader(file.headerLine);
  const mapping = file.mappings?.[headerSignature(header)] ?? suggestMapping(header);
  return { path: file.path, utf8: file.utf8, header, mapping };
}

async function loadForceCrimes(loaders: FormatLoaders, file: DecodedFile): Promise<FileReport> {
  const csv = mapped(file);
  const { header, mapping } = csv;
  const missing = missingForCrimes(mapping);
  if (missing.length === 0) return loaders.loadForceCrimes(csv);
  return {
    ...declinedReport(
      file.path,
      'force-crimes',
      `${file.path}: a force crime export needs ${missing.join('; ')}. Choose the columns below.`,
    ),
    columns: { header, mapping: { ...mapping } },
  };
}

/** Pings whose unit, time or place could not be guessed open the mapping step, naming what is missing. */
async function loadPatrolPings(loaders: FormatLoaders, file: DecodedFile): Promise<FileReport> {
  const csv = mapped(file);
  const { header, mapping } = csv;
  const missing = missingForPings(mapping);
  if (missing.length === 0) return loaders.loadPatrolPings(csv);
  return {
    ...declinedReport(
      file.path,
      'patrol-pings',
      `${file.path}: patrol GPS pings need ${missing.join('; ')}. Choose the columns below.`,
    ),
    columns: { header, mapping: { ...mapping } },
  };
}

async function loadRadioUnits(loaders: FormatLoaders, file: DecodedFile): Promise<FileReport> {
  const header = parseCsvHeader(file.headerLine);
  const columns = radioUnitColumns(header);
  if (columns) return loaders.loadRadioUnits({ path: file.path, utf8: file.utf8, header, columns });
  return declinedReport(file.path, 'radio-units', `${file.path} ${RADIO_UNITS_NOT_LOADED}`);
}

const RADIO_UNITS_NOT_LOADED =
  'looks like a radio id → call sign lookup, but its radio id and call sign columns could not be found: not loaded. Pings keep the radio id (ISSI or TEI) as their unit.';

/** Each format, what it is and how it loads: the one place a new format is added. */
export const FORMATS: Record<SourceFormat, FormatEntry> = {
  'police-uk-street': {
    description: 'a data.police.uk street-level crime file.',
    load: (loaders, file) => loaders.loadPoliceUkStreet(file.path, file.utf8, file.progress),
  },
  'police-uk-outcomes': {
    description: 'a data.police.uk outcomes file.',
    declined:
      'is a data.police.uk outcomes file (what happened to each crime), not street crime: not loaded. Load the matching -street.csv files for crimes.',
  },
  'police-uk-stop-and-search': {
    description: 'a data.police.uk stop-and-search file.',
    declined:
      'is a data.police.uk stop-and-search file, not street crime: not loaded (stop and search is not part of hotspot counts).',
  },
  'force-crimes': { description: 'a force crime export.', load: loadForceCrimes },
  'patrol-pings': { description: 'patrol GPS pings.', load: loadPatrolPings },
  'patrol-visits': {
    description: 'a patrol visit log.',
    load: (loaders, file) => loaders.loadRecords('patrol-visits', mapped(file)),
  },
  'radio-units': {
    description: 'a radio id → call sign lookup (ISSI or TEI to call sign).',
    load: loadRadioUnits,
  },
  interventions: {
    description: 'a list of interventions or partner actions.',
    load: (loaders, file) => loaders.loadRecords('interventions', mapped(file)),
  },
  'hotspots-geojson': {
    description: 'GeoJSON: GRIP hotspot areas, or intervention points.',
    load: (loaders, file) => loaders.loadGripHotspots(file.path, new TextDecoder().decode(file.utf8)),
  },
  zip: { description: 'a zip archive (its CSV files are loaded one by one).' },
  unknown: {
    load: async (_loaders, file) => declineUnknown(file),
    description:
      'not a format this app recognises (expected a data.police.uk street CSV, whose header starts "Crime ID,Month,Reported by,Falls within", or a force crime export with date, offence and coordinate columns).',
  },
};

/**
 * A file no format claims. A spreadsheet saved with a semicolon list separator (continental Excel settings) is the
 * commonest cause with a real export inside, so such a file is told what it is and how to save it instead.
 */
function declineUnknown(file: DecodedFile): FileReport {
  const bySemicolon = file.headerLine.split(';');
  if (parseCsvHeader(file.headerLine).length > 1 || bySemicolon.length < 3) {
    return declinedReport(file.path, 'unknown', `${file.path}: ${FORMATS.unknown.description}`);
  }
  const asCommas = detectFormat(file.path, bySemicolon.join(','));
  const wouldBe =
    asCommas === 'unknown' ? '' : `; with commas it would be ${FORMATS[asCommas].description.replace(/\.$/, '')}`;
  return declinedReport(
    file.path,
    'unknown',
    `${file.path} is semicolon-delimited (its header splits on ";" into ${bySemicolon.length} columns${wouldBe}): ` +
      'this app reads comma-separated files. Save it from the spreadsheet as "CSV (Comma delimited)" and load it again.',
  );
}

export function describeFormat(format: SourceFormat): string {
  return FORMATS[format].description;
}

/** Hands a decoded file to its format's loader, or declines it saying why. */
export function loadByFormat(loaders: FormatLoaders, format: SourceFormat, file: DecodedFile): Promise<FileReport> {
  const entry = FORMATS[format];
  if (entry.load) return entry.load(loaders, file);
  const why = entry.declined
    ? `${file.path} ${entry.declined}`
    : `${file.path}: ${entry.description} Loading this kind of file is not supported yet.`;
  return Promise.resolve(declinedReport(file.path, format, why));
}
