import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_COLOURS as C } from './basemap-colours';

/** The vector source name of the OpenStreetMap tiles in the style. */
export const OSM_SOURCE = 'osm';

type RoadClass = 'motorway' | 'trunk' | 'primary' | 'secondary' | 'tertiary' | 'minor' | 'service';

/** Line widths in pixels at zoom 8 and zoom 16 per OpenMapTiles road class, grown exponentially in between. */
const ROAD_WIDTHS: Record<RoadClass, [number, number]> = {
  motorway: [1.4, 14],
  trunk: [1.2, 13],
  primary: [1, 12],
  secondary: [0.7, 11],
  tertiary: [0.5, 10],
  minor: [0.2, 7],
  service: [0.1, 4],
};

const MIN_ZOOM: Record<RoadClass, number> = {
  motorway: 5,
  trunk: 6,
  primary: 8,
  secondary: 9,
  tertiary: 10,
  minor: 12,
  service: 13.5,
};

const FILL: Record<RoadClass, string> = {
  motorway: C.motorway,
  trunk: C.trunk,
  primary: C.primary,
  secondary: C.road,
  tertiary: C.road,
  minor: C.road,
  service: C.road,
};

const MAJOR = new Set<RoadClass>(['motorway', 'trunk', 'primary']);

function width([at8, at16]: [number, number], scale = 1): ExpressionSpecification {
  return ['interpolate', ['exponential', 1.6], ['zoom'], 8, at8 * scale, 16, at16 * scale];
}

const ofClass = (roadClass: string): ExpressionSpecification => ['==', ['get', 'class'], roadClass];
const notTunnel: ExpressionSpecification = ['!=', ['get', 'brunnel'], 'tunnel'];

function roadPair(roadClass: RoadClass): LayerSpecification[] {
  const common = {
    type: 'line' as const,
    source: OSM_SOURCE,
    'source-layer': 'transportation',
    minzoom: MIN_ZOOM[roadClass],
    filter: ofClass(roadClass),
    layout: { 'line-cap': 'round' as const, 'line-join': 'round' as const },
  };
  const casing = MAJOR.has(roadClass) ? C.majorCasing : C.roadCasing;
  return [
    {
      ...common,
      id: `road-${roadClass}-casing`,
      paint: {
        'line-color': casing,
        'line-width': width(ROAD_WIDTHS[roadClass], 1.35),
        'line-gap-width': 0,
        'line-opacity': ['case', notTunnel, 1, 0.45],
      },
    },
    {
      ...common,
      id: `road-${roadClass}`,
      paint: { 'line-color': FILL[roadClass], 'line-width': width(ROAD_WIDTHS[roadClass]) },
    },
  ];
}

const CLASSES_LOW_TO_HIGH: RoadClass[] = ['service', 'minor', 'tertiary', 'secondary', 'primary', 'trunk', 'motorway'];

/** Ids of the road layers MapLibre draws (for tests and for counting what rendered). */
export const ROAD_LAYER_IDS = [...CLASSES_LOW_TO_HIGH.map((c) => `road-${c}`), 'road-path', 'road-pedestrian'];

/**
 * Roads by class with a casing under each fill (all casings first, then fills, so junctions join cleanly), paths
 * dashed, rail as a grey line with white ties.
 */
export function streetLayers(): LayerSpecification[] {
  const pairs = CLASSES_LOW_TO_HIGH.map(roadPair);
  return [
    {
      id: 'road-path',
      type: 'line',
      source: OSM_SOURCE,
      'source-layer': 'transportation',
      minzoom: 14,
      filter: ['in', ['get', 'class'], ['literal', ['path', 'track']]],
      paint: {
        'line-color': C.path,
        'line-width': ['interpolate', ['linear'], ['zoom'], 14, 0.6, 17, 1.6],
        'line-dasharray': [2, 1.5],
      },
    },
    ...pairs.map(([casing]) => casing),
    {
      id: 'road-pedestrian',
      type: 'line',
      source: OSM_SOURCE,
      'source-layer': 'transportation',
      minzoom: 13,
      filter: ofClass('pedestrian'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#fbfaf7', 'line-width': width([0.3, 7]) },
    },
    ...pairs.map(([, fill]) => fill),
    {
      id: 'rail',
      type: 'line',
      source: OSM_SOURCE,
      'source-layer': 'transportation',
      minzoom: 8,
      filter: ['all', ofClass('rail'), notTunnel, ['!', ['has', 'service']]],
      paint: { 'line-color': C.rail, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 16, 3] },
    },
    {
      id: 'rail-ties',
      type: 'line',
      source: OSM_SOURCE,
      'source-layer': 'transportation',
      minzoom: 13,
      filter: ['all', ofClass('rail'), notTunnel, ['!', ['has', 'service']]],
      paint: {
        'line-color': '#ffffff',
        'line-width': ['interpolate', ['linear'], ['zoom'], 13, 1, 16, 1.8],
        'line-dasharray': [3, 3],
      },
    },
  ];
}
