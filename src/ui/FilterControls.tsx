import type { CrimeFilter } from '../analysis/crime-filter';
import { MAX_RESOLUTION, MIN_RESOLUTION } from '../analysis/crime-filter';

interface FilterControlsProps {
  filter: CrimeFilter;
  crimeTypes: { crime_type: string; crimes: number }[];
  /** Crimes per type within the chosen months; null when no month is chosen (the counts above are for all months). */
  countsInMonths?: Record<string, number> | null;
  monthRange: { first: string; last: string } | null;
  onChange: (filter: CrimeFilter) => void;
}

const CELL_AREA_KM2: Record<number, string> = { 7: '5.2 km²', 8: '0.74 km²', 9: '0.11 km²', 10: '0.015 km²' };

export function FilterControls({ filter, crimeTypes, countsInMonths, monthRange, onChange }: FilterControlsProps) {
  const resolutions = Array.from({ length: MAX_RESOLUTION - MIN_RESOLUTION + 1 }, (_, i) => MIN_RESOLUTION + i);
  const toggleType = (type: string) => {
    const chosen = filter.crimeTypes.includes(type)
      ? filter.crimeTypes.filter((t) => t !== type)
      : [...filter.crimeTypes, type];
    onChange({ ...filter, crimeTypes: chosen });
  };
  return (
    <form className="controls" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Hex size (H3 resolution)
        <select
          name="resolution"
          value={filter.resolution}
          onChange={(e) => onChange({ ...filter, resolution: Number(e.target.value) })}
        >
          {resolutions.map((r) => (
            <option key={r} value={r}>
              {r} — {CELL_AREA_KM2[r]} per hex
            </option>
          ))}
        </select>
      </label>
      <fieldset className="months">
        <legend>Months</legend>
        <label>
          From{' '}
          <input
            type="month"
            name="fromMonth"
            value={filter.fromMonth ?? monthRange?.first ?? ''}
            min={monthRange?.first}
            max={monthRange?.last}
            onChange={(e) => onChange({ ...filter, fromMonth: e.target.value || null })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="month"
            name="toMonth"
            value={filter.toMonth ?? monthRange?.last ?? ''}
            min={monthRange?.first}
            max={monthRange?.last}
            onChange={(e) => onChange({ ...filter, toMonth: e.target.value || null })}
          />
        </label>
      </fieldset>
      <fieldset className="types">
        <legend>
          Crime types {filter.crimeTypes.length === 0 ? '(all)' : `(${filter.crimeTypes.length} chosen)`}
          {filter.crimeTypes.length > 0 && (
            <button type="button" className="link" onClick={() => onChange({ ...filter, crimeTypes: [] })}>
              show all
            </button>
          )}
        </legend>
        <p className="hint" data-testid="types-hint">
          {filter.crimeTypes.length === 0
            ? 'No box ticked: every crime type is shown. Tick some to show only those.'
            : 'Only the ticked types are shown.'}
        </p>
        {crimeTypes.map((t) => (
          <label key={t.crime_type} className="type-option">
            <input
              type="checkbox"
              name="crimeType"
              value={t.crime_type}
              checked={filter.crimeTypes.includes(t.crime_type)}
              onChange={() => toggleType(t.crime_type)}
            />
            <span>{t.crime_type}</span>
            <span className="type-count">
              {(countsInMonths ? (countsInMonths[t.crime_type] ?? 0) : t.crimes).toLocaleString('en-GB')}
            </span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
