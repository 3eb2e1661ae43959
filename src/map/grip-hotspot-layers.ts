import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Geometry } from 'geojson';

/** A GRIP hotspot (a patrol area the hub chose, id `H01`…) as the map draws it. */
export interface GripHotspotShape {
  hotspotId: string;
  name: string | null;
  geometry: Geometry;
}

/** A label point: the middle vertex of the first ring or line (good enough for street segments and small areas). */
function labelPosition(geometry: Geometry): [number, number] {
  const line =
    geometry.type === 'LineString'
      ? geometry.coordinates
      : geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
        ? geometry.coordinates[0]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates[0][0]
          : [];
  const middle = line[Math.floor(line.length / 2)] ?? [0, 0];
  return [middle[0], middle[1]];
}

/** The GRIP hotspots as bold outlines (lines for street segments) with their ids, above every other layer. */
export function gripHotspotLayers(gripHotspots: GripHotspotShape[], visible: boolean) {
  const features = gripHotspots.map((h) => ({
    type: 'Feature' as const,
    geometry: h.geometry,
    properties: { hotspotId: h.hotspotId, name: h.name },
  }));
  return [
    new GeoJsonLayer({
      id: 'grip-hotspot-shapes',
      data: features,
      visible,
      filled: true,
      stroked: true,
      getFillColor: [0, 0, 0, 0],
      getLineColor: [17, 24, 39, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 4,
      lineWidthMinPixels: 3,
      pickable: false,
    }),
    new TextLayer<GripHotspotShape>({
      id: 'grip-hotspot-labels',
      data: gripHotspots,
      visible,
      getPosition: (h) => labelPosition(h.geometry),
      getText: (h) => h.hotspotId,
      getSize: 13,
      getColor: [255, 255, 255, 255],
      fontWeight: 700,
      fontFamily: 'system-ui, "Noto Sans", sans-serif',
      background: true,
      getBackgroundColor: [17, 24, 39, 230],
      backgroundPadding: [3, 1],
      getPixelOffset: [0, -14],
      characterSet: 'auto',
    }),
  ];
}
