import { useId } from 'react';
import type { RoadKind, StreetSheet } from '../../map/street-sheet';

const ROAD_WIDTH: Record<RoadKind, number> = { major: 9, road: 7, minor: 5, path: 1.5, rail: 2 };

/**
 * A hotspot among its streets, drawn as SVG so the briefing prints crisp: its area outlined, the street names along
 * their roads, a scale bar, north and the OpenStreetMap attribution. Names are SVG text, never markup.
 */
export function HotspotStreetMap({ sheet, label }: { sheet: StreetSheet; label: string }) {
  const id = useId();
  const { width, height, scale } = sheet;
  const drawn = (kinds: RoadKind[]) => sheet.roads.filter((r) => kinds.includes(r.kind));
  const streets = drawn(['minor', 'road', 'major']);
  return (
    <svg
      className="street-map"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="briefing-street-map"
    >
      <rect width={width} height={height} fill="#f7f5f0" />
      <path d={sheet.water.join('')} fill="#b9d3e8" fillRule="evenodd" />
      <path d={sheet.buildings.join('')} fill="#dcd6cc" stroke="#c4bcaf" strokeWidth={0.5} fillRule="evenodd" />
      <g fill="none" strokeLinecap="round" strokeLinejoin="round">
        {drawn(['path', 'rail']).map((r, i) => (
          <path
            key={`p${i}`}
            d={r.d}
            stroke={r.kind === 'rail' ? '#6b6b6b' : '#8a7f70'}
            strokeWidth={ROAD_WIDTH[r.kind]}
            strokeDasharray={r.kind === 'rail' ? '6 3' : '3 2'}
          />
        ))}
        {streets.map((r, i) => (
          <path key={`c${i}`} d={r.d} stroke="#8c8c8c" strokeWidth={ROAD_WIDTH[r.kind] + 2} />
        ))}
        {streets.map((r, i) => (
          <path
            key={`f${i}`}
            d={r.d}
            stroke={r.kind === 'major' ? '#fbe3a6' : '#ffffff'}
            strokeWidth={ROAD_WIDTH[r.kind]}
          />
        ))}
      </g>
      <path d={sheet.focus} fill="rgba(194, 24, 91, 0.16)" stroke="#c2185b" strokeWidth={3} fillRule="evenodd" />
      <defs>
        {sheet.names.map((n, i) => (
          <path key={i} id={`${id}-street-${i}`} d={n.d} />
        ))}
      </defs>
      <g className="street-names" fontSize={11} fill="#222" stroke="#fff" strokeWidth={3} paintOrder="stroke">
        {sheet.names.map((n, i) => (
          <text key={i} dy={4}>
            <textPath href={`#${id}-street-${i}`} startOffset="50%" textAnchor="middle">
              {n.name}
            </textPath>
          </text>
        ))}
      </g>
      <g transform={`translate(12 ${height - 14})`} fontSize={11} fill="#222">
        <rect x={-4} y={-16} width={scale.pixels + 8} height={24} fill="rgba(255,255,255,0.85)" />
        <path d={`M0,-4V2H${scale.pixels.toFixed(1)}V-4`} fill="none" stroke="#222" strokeWidth={1.5} />
        <text x={scale.pixels / 2} y={-6} textAnchor="middle">
          {scale.label}
        </text>
      </g>
      <g transform={`translate(${width - 20} 14)`} fill="#222" fontSize={11} fontWeight={700}>
        <path d="M0,0L6,16L0,12L-6,16Z" />
        <text y={30} textAnchor="middle">
          N
        </text>
      </g>
      <text x={width - 6} y={height - 6} textAnchor="end" fontSize={9} fill="#444">
        © OpenStreetMap contributors
      </text>
    </svg>
  );
}
