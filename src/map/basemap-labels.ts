import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_COLOURS as C } from './basemap-colours';
import { OSM_SOURCE } from './basemap-streets';

/**
 * The first label layer: deck.gl's crime layers are drawn just before it, so street, water and place names read over
 * the hexes (MapLibreOverlay `beforeId`).
 */
export const FIRST_LABEL_LAYER = 'road-names';

/** The OpenStreetMap tiles name things in `name:latin`. */
const NAME: ExpressionSpecification = ['get', 'name:latin'];
const halo = { 'text-halo-color': C.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };

/** The id of the town-name layer, whose size follows the large-text setting. */
export const TOWN_LABELS = 'town-names';

/** Towns from this population up are named at every zoom; smaller places are OSM's own. */
const MIN_TOWN_POPULATION = 4000;

/** Town name size in pixels by population; `scale` is the large-text setting's factor. */
export function townLabelSize(scale = 1): ExpressionSpecification {
  return ['step', ['get', 'population'], 15 * scale, 30_000, 18 * scale, 300_000, 23 * scale];
}

/**
 * Town names from the shipped places file, on top of every other name: MapLibre places symbols top layer first and,
 * within a layer, by ascending sort key, so a bigger town wins where two would overlap (Birstall hides Thurmaston
 * until zoom 11.5), and a road name gives way to a town.
 */
function townLabelLayer(): LayerSpecification {
  return {
    id: TOWN_LABELS,
    type: 'symbol',
    source: 'towns',
    filter: ['>=', ['get', 'population'], MIN_TOWN_POPULATION],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['Noto Sans Medium'],
      'text-size': townLabelSize(),
      'symbol-sort-key': ['-', 0, ['get', 'population']],
      'text-padding': 6,
    },
    paint: { 'text-color': '#090c12', 'text-halo-color': 'rgba(255, 255, 255, 0.92)', 'text-halo-width': 2.2 },
  };
}

/**
 * Road names along the lines from zoom 13 (majors first), water names, OSM's villages, suburbs and hamlets, and the
 * town names on top; where an OSM name repeats a town it collides and gives way. One font per layer: a static server
 * cannot combine font stacks.
 */
export function labelLayers(): LayerSpecification[] {
  return [
    {
      id: FIRST_LABEL_LAYER,
      type: 'symbol',
      source: OSM_SOURCE,
      'source-layer': 'transportation_name',
      minzoom: 13,
      filter: [
        'all',
        ['has', 'name:latin'],
        ['!', ['in', ['get', 'class'], ['literal', ['rail', 'transit', 'corridor', 'elevator']]]],
      ],
      layout: {
        'symbol-placement': 'line',
        'symbol-sort-key': [
          'match',
          ['get', 'class'],
          ['motorway', 'trunk', 'primary'],
          0,
          ['secondary', 'tertiary'],
          1,
          'minor',
          2,
          3,
        ],
        'text-field': NAME,
        'text-font': ['Noto Sans Regular'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 13, 10.5, 16, 13],
        'text-max-angle': 35,
        'text-padding': 2,
      },
      paint: { 'text-color': C.roadName, ...halo },
    },
    {
      id: 'water-names',
      type: 'symbol',
      source: OSM_SOURCE,
      'source-layer': 'waterway',
      minzoom: 13,
      filter: ['all', ['has', 'name:latin'], ['in', ['get', 'class'], ['literal', ['river', 'canal']]]],
      layout: {
        'symbol-placement': 'line',
        'text-field': NAME,
        'text-font': ['Noto Sans Regular'],
        'text-size': 11,
        'text-letter-spacing': 0.1,
      },
      paint: { 'text-color': C.waterName, ...halo },
    },
    {
      id: 'osm-place-names',
      type: 'symbol',
      source: OSM_SOURCE,
      'source-layer': 'place',
      minzoom: 11,
      filter: [
        'any',
        ['in', ['get', 'class'], ['literal', ['village', 'suburb']]],
        [
          'all',
          ['>=', ['zoom'], 13],
          ['in', ['get', 'class'], ['literal', ['neighbourhood', 'quarter', 'hamlet', 'square']]],
        ],
      ],
      layout: {
        'text-field': NAME,
        'text-font': ['Noto Sans Medium'],
        'text-size': ['match', ['get', 'class'], ['suburb', 'village'], 12.5, 11],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: { 'text-color': C.placeName, ...halo },
    },
    townLabelLayer(),
  ];
}
