import type { ColourClass } from '../map/colour-scale';

interface LegendProps {
  title: string;
  classes: ColourClass[];
  unit: string;
  /** The database has not answered yet: an empty legend means "not loaded yet", not "nothing matches". */
  loading?: boolean;
}

export function Legend({ title, classes, unit, loading = false }: LegendProps) {
  return (
    <section className="legend" aria-label="Map legend">
      <h2>{title}</h2>
      {classes.length === 0 ? (
        <p>{loading ? 'Loading the crimes…' : 'No crimes match the filter.'}</p>
      ) : (
        <ul>
          {classes.map((c) => (
            <li key={c.min}>
              <span className="swatch" style={{ background: `rgb(${c.colour.join(',')})` }} />
              {c.min === c.max
                ? c.min.toLocaleString('en-GB')
                : `${c.min.toLocaleString('en-GB')}–${c.max.toLocaleString('en-GB')}`}{' '}
              {c.max === 1 ? unit.replace(/s$/, '') : unit}
            </li>
          ))}
        </ul>
      )}
      <p className="legend-note">
        Each colour holds about the same number of crimes, so the darkest hexes are where crime concentrates. Empty
        hexes are not drawn.
      </p>
    </section>
  );
}
