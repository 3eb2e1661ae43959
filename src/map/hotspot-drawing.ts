import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Polygon } from 'geojson';
import { TerraDraw, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

/**
 * Drawing a hotspot by hand with terra-draw (its MapLibre adapter): polygon mode until the shape is closed, then the
 * polygon goes to `onDrawn` and the drawing is cleared (the hotspot set, not terra-draw, keeps it). Returns a stop.
 */
export function startHotspotDrawing(map: MapLibreMap, onDrawn: (polygon: Polygon) => void): () => void {
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode({
        styles: { fillColor: '#0072b2', fillOpacity: 0.25, outlineColor: '#0072b2', outlineWidth: 3 },
      }),
    ],
  });
  draw.start();
  draw.setMode('polygon');
  draw.on('finish', (id) => {
    const feature = draw.getSnapshotFeature(id);
    if (feature?.geometry.type === 'Polygon') onDrawn(feature.geometry as Polygon);
    draw.clear();
  });
  return () => {
    draw.clear();
    draw.stop();
  };
}
