import { useLayoutEffect, useRef, useState } from 'react';

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

const OFFSET_PIXELS = 14;

/** Beside the pointer, flipped to its left or above it where it would run off the map. */
function useKeptInside(x: number, y: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: x + OFFSET_PIXELS, top: y + OFFSET_PIXELS });
  useLayoutEffect(() => {
    const box = ref.current;
    const area = box?.offsetParent as HTMLElement | null;
    if (!box || !area) return;
    const left =
      x + OFFSET_PIXELS + box.offsetWidth > area.clientWidth ? x - OFFSET_PIXELS - box.offsetWidth : x + OFFSET_PIXELS;
    const top =
      y + OFFSET_PIXELS + box.offsetHeight > area.clientHeight
        ? y - OFFSET_PIXELS - box.offsetHeight
        : y + OFFSET_PIXELS;
    const next = { left: Math.max(0, left), top: Math.max(0, top) };
    setPlace((was) => (was.left === next.left && was.top === next.top ? was : next));
  });
  return { ref, place };
}

export function HexTooltip(props: HexTooltipData) {
  const { x, y, h3, heading, details, topTypes, topPlaces, position, hotspot } = props;
  const { ref, place } = useKeptInside(x, y);
  return (
    <div className="tooltip" ref={ref} style={place} role="tooltip">
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
