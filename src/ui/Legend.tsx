import type { ColourClass } from '../map/colour-scale';

interface LegendProps {
  title: string;
  classes: ColourClass[];
  unit: string;
}

export function Legend({ title, classes, unit }: LegendProps) {
  return (
    <section className="legend" aria-label="Map legend">
      <h2>{title}</h2>
      {classes.length === 0 ? (
        <p>No crimes match the filter.</p>
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
