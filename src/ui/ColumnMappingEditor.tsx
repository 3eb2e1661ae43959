import { useState } from 'react';
import { POLICE_UK_CATEGORIES } from '../analysis/reference/offence-classification';
import type { ColumnMapping } from '../data/ingest/column-mapping';

const FIELDS: { field: string; label: string }[] = [
  { field: 'id', label: 'Crime id' },
  { field: 'occurredFrom', label: 'Date/time (from)' },
  { field: 'occurredTo', label: 'Date/time (to)' },
  { field: 'offence', label: 'Offence / category' },
  { field: 'offenceCode', label: 'Home Office offence code' },
  { field: 'latitude', label: 'Latitude' },
  { field: 'longitude', label: 'Longitude' },
  { field: 'easting', label: 'Easting (BNG)' },
  { field: 'northing', label: 'Northing (BNG)' },
  { field: 'location', label: 'Location' },
  { field: 'harm', label: 'Harm score' },
  { field: 'unit', label: 'Unit / callsign' },
];

type ColumnField = Exclude<keyof ColumnMapping, 'offenceCategories'>;

interface ColumnMappingEditorProps {
  header: string[];
  mapping: ColumnMapping;
  /** Offences the classification did not know: the analyst may give each a category. */
  unclassifiedOffences?: { offence: string; rows: number }[];
  onApply: (mapping: ColumnMapping) => void;
}

/** Which column is which, for files with free column names; the choice is remembered for files with this header. */
export function ColumnMappingEditor({ header, mapping, unclassifiedOffences = [], onApply }: ColumnMappingEditorProps) {
  const [draft, setDraft] = useState(mapping);
  const categories = draft.offenceCategories ?? {};
  const setCategory = (offence: string, category: string) => {
    const next = { ...categories, [offence]: category };
    if (!category) delete next[offence];
    setDraft({ ...draft, offenceCategories: next });
  };
  return (
    <details className="column-mapping">
      <summary>{unclassifiedOffences.length > 0 ? 'Change columns or offence categories…' : 'Change columns…'}</summary>
      <table>
        <tbody>
          {FIELDS.map(({ field, label }) => (
            <tr key={field}>
              <td>{label}</td>
              <td>
                <select
                  aria-label={label}
                  value={draft[field as ColumnField] ?? ''}
                  onChange={(e) => setDraft({ ...draft, [field]: e.target.value || undefined })}
                >
                  <option value="">— none —</option>
                  {header.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unclassifiedOffences.length > 0 && (
        <table className="offence-categories">
          <caption>Offences the Home Office classification does not know</caption>
          <tbody>
            {unclassifiedOffences.map(({ offence, rows }) => (
              <tr key={offence}>
                <td>
                  {offence} ({rows.toLocaleString('en-GB')})
                </td>
                <td>
                  <select
                    aria-label={`Category for ${offence}`}
                    value={categories[offence] ?? ''}
                    onChange={(e) => setCategory(offence, e.target.value)}
                  >
                    <option value="">Unclassified</option>
                    {POLICE_UK_CATEGORIES.map((category) => (
                      <option key={category} value={category}>
                        {category}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onApply(draft)}>
        Load again with these choices
      </button>
    </details>
  );
}
