import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_COLOURS as C } from './basemap-colours';
import { OSM_SOURCE } from './basemap-streets';

const classIn = (...classes: string[]): ExpressionSpecification => ['in', ['get', 'class'], ['literal', classes]];

/** Land cover and land use as faint tints (farmland left as plain land: it is most of the counties). */
const LANDUSE_TINTS: [string, string, ExpressionSpecification][] = [
  ['landuse-residential', C.residential, classIn('residential')],
  ['landuse-commercial', C.commercial, classIn('commercial', 'retail')],
  ['landuse-industrial', C.industrial, classIn('industrial', 'railway', 'military')],
  ['landuse-institution', C.institution, classIn('school', 'college', 'university', 'hospital', 'kindergarten')],
  ['landuse-cemetery', C.cemetery, classIn('cemetery')],
  ['landuse-sport', C.grass, classIn('pitch', 'playground', 'stadium')],
];

/** Land, water and buildings under the roads: OpenMapTiles layers `landcover`, `landuse`, `park`, `water`, … */
export function landLayers(): LayerSpecification[] {
  const osm = { source: OSM_SOURCE };
  return [
    {
      ...osm,
      id: 'landcover-wood',
      type: 'fill',
      'source-layer': 'landcover',
      filter: classIn('wood'),
      paint: { 'fill-color': C.wood },
    },
    {
      ...osm,
      id: 'landcover-grass',
      type: 'fill',
      'source-layer': 'landcover',
      minzoom: 10,
      filter: classIn('grass'),
      paint: { 'fill-color': C.grass },
    },
    ...LANDUSE_TINTS.map(([id, colour, filter]): LayerSpecification => ({
      ...osm,
      id,
      type: 'fill',
      'source-layer': 'landuse',
      minzoom: id === 'landuse-residential' ? 8 : 11,
      filter,
      paint: { 'fill-color': colour },
    })),
    { ...osm, id: 'park', type: 'fill', 'source-layer': 'park', paint: { 'fill-color': C.park } },
    { ...osm, id: 'water', type: 'fill', 'source-layer': 'water', paint: { 'fill-color': C.water } },
    {
      ...osm,
      id: 'waterway',
      type: 'line',
      'source-layer': 'waterway',
      filter: ['!=', ['get', 'brunnel'], 'tunnel'],
      paint: {
        'line-color': C.waterway,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          9,
          ['match', ['get', 'class'], ['river', 'canal'], 1, 0.3],
          16,
          ['match', ['get', 'class'], ['river', 'canal'], 6, 1.5],
        ],
      },
    },
    {
      ...osm,
      id: 'building',
      type: 'fill',
      'source-layer': 'building',
      minzoom: 14,
      paint: { 'fill-color': C.building, 'fill-outline-color': C.buildingOutline },
    },
  ];
}
