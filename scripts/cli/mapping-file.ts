import { readFileSync } from 'node:fs';
import type { InputFile } from '../../src/data/ingest-files';
import { decodeCsvBytes } from '../../src/data/ingest/decode-text';
import { detectSourceFormat, firstLine, parseCsvHeader } from '../../src/data/ingest/detect-format';
import { listCsvEntries } from '../../src/data/ingest/unzip';
import {
  headerSignature,
  MAPPING_FIELDS,
  suggestMapping,
  type ColumnMapping,
  type MappingField,
} from '../../src/data/ingest/column-mapping';

/**
 * `grip ingest --mapping mapping.json`: the column choice the app's mapping step makes, as a file. Either one
 * ColumnMapping for every force export and ping file, or mappings keyed by the header they are for
 * (`{ "Occurrence Number,First Committed Date/Time,…": { "occurredFrom": "First Committed Date/Time", … } }`).
 */
export type MappingFile =
  { kind: 'every-file'; mapping: ColumnMapping } | { kind: 'by-header'; mappings: Record<string, ColumnMapping> };

const HEAD_BYTES = 64 * 1024;
const FIELDS = new Set<string>(MAPPING_FIELDS);

/** A ColumnMapping read from JSON, or a sentence saying what is wrong with it. */
function readMapping(value: unknown, where: string): ColumnMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: expected an object of field → column name.`);
  const mapping: ColumnMapping = {};
  for (const [field, column] of Object.entries(value)) {
    if (!FIELDS.has(field))
      throw new Error(`${where}: "${field}" is not a mapping field (fields: ${MAPPING_FIELDS.join(', ')}).`);
    // null: "this file has no such column", overriding the guess
    if (column === null) {
      mapping[field as MappingField] = undefined;
      continue;
    }
    if (typeof column !== 'string') throw new Error(`${where}: "${field}" should name a column (a string).`);
    mapping[field as MappingField] = column;
  }
  return mapping;
}

export function parseMappingFile(filePath: string): MappingFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new Error(`${filePath}: not readable JSON (${error instanceof Error ? error.message : error}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error(`${filePath}: expected a JSON object.`);
  // Column names as values: one mapping (its field names are checked); objects as values: mappings by header.
  if (Object.values(json).some((v) => typeof v !== 'object' || v === null))
    return { kind: 'every-file', mapping: readMapping(json, filePath) };
  const mappings: Record<string, ColumnMapping> = {};
  for (const [header, mapping] of Object.entries(json)) {
    mappings[headerSignature(parseCsvHeader(header))] = readMapping(mapping, `${filePath}, "${header}"`);
  }
  return { kind: 'by-header', mappings };
}

/**
 * Mappings by header signature for ingestFiles, each laid over the suggested mapping for its header (so a file need
 * only name the columns the guess got wrong). A single mapping goes to every CSV taken as a force export or pings.
 */
export function mappingsFor(file: MappingFile, inputs: InputFile[]): Record<string, ColumnMapping> {
  const mappings: Record<string, ColumnMapping> = {};
  const csvs = inputs.flatMap((input) => {
    if (!/\.zip$/i.test(input.path)) return [input];
    const listed = listCsvEntries(input.path, input.bytes);
    return listed.ok ? listed.entries : [];
  });
  for (const csv of csvs) {
    // The header is all that is needed: decode only the file's start.
    const decoded = decodeCsvBytes(csv.path, csv.bytes.subarray(0, HEAD_BYTES));
    if (!decoded.ok) continue;
    const header = parseCsvHeader(firstLine(decoded.head));
    const signature = headerSignature(header);
    const chosen = file.kind === 'by-header' ? file.mappings[signature] : file.mapping;
    const format = detectSourceFormat(csv.path, decoded.head);
    if (!chosen || (file.kind === 'every-file' && format !== 'force-crimes' && format !== 'patrol-pings')) continue;
    mappings[signature] = { ...suggestMapping(header), ...chosen };
  }
  return mappings;
}
