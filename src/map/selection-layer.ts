import { PathLayer } from '@deck.gl/layers';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The outline of what the profile describes (a GRIP hotspot, a hex, a drawn area): a solid magenta line on a white
 * casing, apart from the hotspots' own outlines and the dashed study-area line.
 */
export function selectionLayers(area: Polygon | MultiPolygon | null) {
  if (!area) return [];
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  const common = {
    data: rings,
    getPath: (ring: Position[]) => ring as [number, number][],
    widthUnits: 'pixels' as const,
  };
  return [
    new PathLayer<Position[]>({ ...common, id: 'selection-casing', getColor: [255, 255, 255, 230], getWidth: 7 }),
    new PathLayer<Position[]>({ ...common, id: 'selection', getColor: [170, 0, 120, 255], getWidth: 3.5 }),
  ];
}
