import { PathLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The rings of a polygon or multipolygon, as paths. */
const ringsOf = (area: Polygon | MultiPolygon): Position[][] =>
  area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();

/**
 * Where the statistics compared hexes when it is not all of LLR: a dashed charcoal line on a white casing, so an
 * analyst (and a board) can see that hexes beyond it were not part of the test.
 */
export function studyAreaLayers(area: Polygon | MultiPolygon | null) {
  if (!area) return [];
  const rings = ringsOf(area);
  const common = {
    data: rings,
    getPath: (ring: Position[]) => ring as [number, number][],
    widthUnits: 'pixels' as const,
  };
  return [
    new PathLayer<Position[]>({ ...common, id: 'study-area-casing', getColor: [255, 255, 255, 220], getWidth: 5 }),
    new PathLayer<Position[], PathStyleExtensionProps<Position[]>>({
      ...common,
      id: 'study-area',
      getColor: [40, 44, 52, 255],
      getWidth: 2.5,
      getDashArray: [6, 4],
      dashJustified: true,
      extensions: [new PathStyleExtension({ dash: true })],
    }),
  ];
}
