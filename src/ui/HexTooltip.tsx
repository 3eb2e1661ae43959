export interface HexTooltipData {
  x: number;
  y: number;
  h3: string;
  heading: string;
  details: string[];
  topTypes: { crime_type: string; crimes: number; top_offence?: string | null }[] | null;
  topPlaces: { place: string; crimes: number }[] | null;
  /** Set when the keyboard stepped here: which of the hexes in view this is. */
  position?: { index: number; count: number };
  /** The GRIP hotspot under the pointer: "H03 · Haymarket, Leicester" and its key figures. */
  hotspot?: { label: string; figures: string } | null;
}

export function HexTooltip(props: HexTooltipData) {
  const { x, y, h3, heading, details, topTypes, topPlaces, position, hotspot } = props;
  return (
    <div className="tooltip" style={{ left: x + 14, top: y + 14 }} role="tooltip">
      {position && (
        <div className="tooltip-position">
          Hex {position.index + 1} of {position.count} in view · N next · P previous · Esc closes
        </div>
      )}
      {hotspot && (
        <div className="tooltip-hotspot">
          <strong>{hotspot.label}</strong>
          <div>{hotspot.figures}</div>
        </div>
      )}
      <div className="tooltip-count">{heading}</div>
      {details.map((d) => (
        <div key={d}>{d}</div>
      ))}
      {h3 && <div className="tooltip-cell">H3 cell {h3}</div>}
      {topTypes === null ? (
        <div>…</div>
      ) : (
        <ol>
          {topTypes.map((t) => (
            <li key={t.crime_type}>
              {t.crime_type}: {t.crimes.toLocaleString('en-GB')}
              {t.top_offence && t.top_offence !== t.crime_type && (
                <span className="tooltip-offence"> — mostly {t.top_offence}</span>
              )}
            </li>
          ))}
        </ol>
      )}
      {topPlaces !== null && topPlaces.length > 0 && (
        <>
          <div className="tooltip-label">Busiest places</div>
          <ol className="tooltip-places">
            {topPlaces.map((p) => (
              <li key={p.place}>
                {p.place}: {p.crimes.toLocaleString('en-GB')}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
