import { useState } from 'react';

const FIELDS: { field: string; label: string }[] = [
  { field: 'id', label: 'Crime id' },
  { field: 'occurredFrom', label: 'Date/time (from)' },
  { field: 'occurredTo', label: 'Date/time (to)' },
  { field: 'offence', label: 'Offence / category' },
  { field: 'latitude', label: 'Latitude' },
  { field: 'longitude', label: 'Longitude' },
  { field: 'easting', label: 'Easting (BNG)' },
  { field: 'northing', label: 'Northing (BNG)' },
  { field: 'location', label: 'Location' },
  { field: 'harm', label: 'Harm score' },
  { field: 'unit', label: 'Unit / callsign' },
];

interface ColumnMappingEditorProps {
  header: string[];
  mapping: Record<string, string | undefined>;
  onApply: (mapping: Record<string, string | undefined>) => void;
}

/** Which column is which, for files with free column names; the choice is remembered for files with this header. */
export function ColumnMappingEditor({ header, mapping, onApply }: ColumnMappingEditorProps) {
  const [draft, setDraft] = useState(mapping);
  return (
    <details className="column-mapping">
      <summary>Change columns…</summary>
      <table>
        <tbody>
          {FIELDS.map(({ field, label }) => (
            <tr key={field}>
              <td>{label}</td>
              <td>
                <select
                  aria-label={label}
                  value={draft[field] ?? ''}
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
      <button type="button" onClick={() => onApply(draft)}>
        Load again with these columns
      </button>
    </details>
  );
}
