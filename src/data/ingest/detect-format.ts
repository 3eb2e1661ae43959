import type { SourceFormat } from '../formats/source-format';
import { hasCoordinates, suggestMapping, type ColumnMapping } from './column-mapping';
import { radioUnitColumns } from './radio-unit-columns';

export type { SourceFormat };

const normalise = (name: string) => name.trim().replace(/^"|"$/g, '').toLowerCase();

/** Header fields, honouring quotes. */
export function parseCsvHeader(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

/** `2024-06-leicestershire-street.csv` → { monthIso, force, kind }. */
export function parsePoliceUkFileName(fileName: string): { monthIso: string; force: string; kind: string } | null {
  const match = /(\d{4}-\d{2})-([a-z0-9-]+?)-(street|outcomes|stop-and-search)\.csv$/i.exec(fileName);
  return match ? { monthIso: match[1], force: match[2], kind: match[3].toLowerCase() } : null;
}

/** Recognised by the header first (files get renamed); the police.uk file name only breaks ties. */
export function detectFormat(fileName: string, headerLine: string): SourceFormat {
  const columns = new Set(parseCsvHeader(headerLine).map(normalise));
  const has = (...names: string[]) => names.every((n) => columns.has(n));
  if (has('crime id', 'month', 'falls within', 'crime type')) return 'police-uk-street';
  if (has('crime id', 'month', 'falls within', 'outcome type')) return 'police-uk-outcomes';
  if (has('type', 'date', 'part of a policing operation', 'object of search')) return 'police-uk-stop-and-search';
  const kind = parsePoliceUkFileName(fileName)?.kind;
  if (kind === 'outcomes') return 'police-uk-outcomes';
  if (kind === 'stop-and-search') return 'police-uk-stop-and-search';
  const header = parseCsvHeader(headerLine);
  if (isRadioUnitLookup(header)) return 'radio-units';
  const mapping = suggestMapping(header);
  if (mapping.tier) return 'interventions';
  if (mapping.hotspot && mapping.occurredFrom && mapping.occurredTo && !hasCoordinates(mapping)) return 'patrol-visits';
  return byCrimeOrPingSignals(mapping);
}

/**
 * Recognised by content: a unit and coordinates with a time, speed or heading and no offence are radio location pings
 * (never crimes); a date, an offence and coordinates make a force crime export, and any two of them (or coordinates
 * alone) still do, so the mapping step opens and says which field is missing instead of the file being declined.
 */
function byCrimeOrPingSignals(m: ColumnMapping): SourceFormat {
  const coordinates = hasCoordinates(m);
  const offence = Boolean(m.offence || m.offenceCode);
  const moving = Boolean(m.occurredFrom || m.speed || m.heading);
  if (m.unit && coordinates && moving && !offence) return 'patrol-pings';
  const crimeSignals = [Boolean(m.occurredFrom), offence, coordinates].filter(Boolean).length;
  if (coordinates || crimeSignals >= 2) return 'force-crimes';
  return 'unknown';
}

/** A radio id → call sign table: both columns, and no time or place (a ping file has those). */
function isRadioUnitLookup(header: string[]): boolean {
  const m = suggestMapping(header);
  return radioUnitColumns(header) !== null && !m.occurredFrom && !hasCoordinates(m) && !m.offence;
}

/** A file's format from its name and first bytes: JSON is GeoJSON, anything else is a CSV recognised by its header. */
export function detectSourceFormat(fileName: string, head: string): SourceFormat {
  if (/\.(geo)?json$/i.test(fileName) || head.trimStart().startsWith('{')) return 'hotspots-geojson';
  return detectFormat(fileName, firstLine(head));
}

/** The first line of a text (the CSV header). */
export function firstLine(text: string): string {
  return text.slice(0, text.search(/\r?\n|$/));
}
