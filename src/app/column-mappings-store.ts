import { headerSignature, type ColumnMapping } from '../data/ingest/column-mapping';

const KEY = 'grip.columnMappings.v1';

/** Column mappings the analyst chose, by header signature: the next file with the same header loads the same way. */
export function loadColumnMappings(): Record<string, ColumnMapping> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, ColumnMapping>;
  } catch {
    return {};
  }
}

export function saveColumnMapping(header: string[], mapping: ColumnMapping): Record<string, ColumnMapping> {
  const all = { ...loadColumnMappings(), [headerSignature(header)]: mapping };
  localStorage.setItem(KEY, JSON.stringify(all));
  return all;
}
