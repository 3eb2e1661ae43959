import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../../src/analysis/hotspot-proposal/geodesy';
import {
  POI_GROUPS,
  poiFromTileFeature,
  poisInside,
  type PoiGroup,
  type PointOfInterest,
} from '../../../src/map/points-of-interest';
import { encodePoiFile, poisFromJson } from '../../../src/map/points-of-interest-file';

const SHIPPED = path.resolve(import.meta.dirname, '../../../public/basemap/points-of-interest.json');
const HERE: [number, number] = [-1.1333, 52.6362];

describe('poiFromTileFeature', () => {
  // Property sets as the LLR tiles carry them (class/subclass from process-openmaptiles.lua, the name as name:latin).
  it.each<[string, Record<string, unknown>, PoiGroup | null, string?]>([
    ['a pub', { class: 'beer', subclass: 'pub', 'name:latin': 'The Globe', rank: 25 }, 'pub', 'The Globe'],
    ['a beer garden', { class: 'beer', subclass: 'biergarten', 'name:latin': 'The Yard' }, 'pub'],
    ['a bar', { class: 'bar', subclass: 'bar', 'name:latin': 'Firebug' }, 'bar'],
    ['a nightclub (class bar)', { class: 'bar', subclass: 'nightclub', 'name:latin': 'Mosh' }, 'nightclub'],
    [
      'an off-licence (shop=alcohol)',
      { class: 'alcohol_shop', subclass: 'alcohol' },
      'off_licence',
      'Unnamed off-licence',
    ],
    ['a wine shop', { class: 'alcohol_shop', subclass: 'wine', 'name:latin': 'Majestic' }, 'off_licence'],
    ['a takeaway', { class: 'fast_food', subclass: 'fast_food', 'name:latin': 'KFC' }, 'fast_food'],
    ['a convenience shop', { class: 'convenience', subclass: 'convenience', 'name:latin': 'Spar' }, 'convenience'],
    [
      'a supermarket (class grocery)',
      { class: 'grocery', subclass: 'supermarket', 'name:latin': 'Aldi' },
      'supermarket',
    ],
    ['a betting shop (catch-all shop)', { class: 'shop', subclass: 'bookmaker', 'name:latin': 'Coral' }, 'betting'],
    ['a petrol station', { class: 'fuel', subclass: 'fuel' }, 'fuel', 'Unnamed petrol station'],
    ['a bus station', { class: 'bus', subclass: 'bus_station', 'name:latin': 'Haymarket Bus Station' }, 'bus_station'],
    [
      'a railway station POI',
      { class: 'station', subclass: 'station', 'name:latin': 'Quorn & Woodhouse' },
      'rail_station',
    ],
    ['a station building', { 'name:latin': 'Loughborough Railway Station', rank: 25 }, 'rail_station'],
    ['a classless "<town> Station"', { 'name:latin': 'Oakham Station', rank: 25 }, 'rail_station'],
    ['an ambulance station', { 'name:latin': 'Oakham Ambulance Station', rank: 25 }, null],
    ['a petrol station by name only', { 'name:latin': 'BP Petrol Station', rank: 25 }, null],
    ['a pumping station', { 'name:latin': 'Quarry Lane Pumping Station' }, null],
    ['a pub called The Railway', { class: 'beer', subclass: 'pub', 'name:latin': 'The Railway' }, 'pub'],
    ['a school', { class: 'school', subclass: 'school', 'name:latin': 'Avenue Primary School' }, 'school'],
    ['a nursery (left out)', { class: 'school', subclass: 'kindergarten', 'name:latin': 'Tots' }, null],
    ['a university (class college)', { class: 'college', subclass: 'university', 'name:latin': 'DMU' }, 'college'],
    ['a car park (left out)', { class: 'parking', subclass: 'parking' }, null],
    ['a restaurant (left out)', { class: 'restaurant', subclass: 'restaurant', 'name:latin': 'Bobby’s' }, null],
    ['a named building', { 'name:latin': 'Station House', rank: 25 }, null],
  ])('%s', (_why, properties, group, name) => {
    const poi = poiFromTileFeature(properties, HERE);
    expect(poi?.group ?? null).toBe(group);
    if (poi && name) expect(poi.name).toBe(name);
    if (poi) expect(poi.lngLat).toEqual(HERE);
  });

  it('has a label and a distinct order for every group', () => {
    expect(new Set(POI_GROUPS.map((g) => g.order)).size).toBe(POI_GROUPS.length);
    expect(POI_GROUPS.every((g) => g.label.length > 0)).toBe(true);
  });
});

describe('poisInside', () => {
  const poi = (name: string, lngLat: [number, number]): PointOfInterest => ({
    name,
    group: 'pub',
    subclass: 'pub',
    lngLat,
  });
  // A 200 m square around the Clock Tower, with a notch cut from its north-east corner.
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [-1.135, 52.635],
        [-1.132, 52.635],
        [-1.132, 52.6365],
        [-1.1335, 52.6365],
        [-1.1335, 52.637],
        [-1.135, 52.637],
        [-1.135, 52.635],
      ],
    ],
  };
  const pois = [
    poi('inside', [-1.134, 52.636]),
    poi('in the notch', [-1.1325, 52.6368]),
    poi('far away', [-1.2, 52.77]),
    poi('inside too', [-1.1345, 52.6368]),
  ];

  it('keeps the points inside, in order, and not those in the notch or outside', () => {
    expect(poisInside(pois, square).map((p) => p.name)).toEqual(['inside', 'inside too']);
  });

  it('takes a Feature or a MultiPolygon as well', () => {
    const feature = { type: 'Feature' as const, properties: {}, geometry: square };
    expect(poisInside(pois, feature)).toHaveLength(2);
    expect(poisInside(pois, { type: 'MultiPolygon', coordinates: [square.coordinates] })).toHaveLength(2);
  });
});

describe('points-of-interest file', () => {
  it('reads back what it wrote and names a bad row', () => {
    const sample: PointOfInterest[] = [
      { name: 'The Globe', group: 'pub', subclass: 'pub', lngLat: [-1.13604, 52.63529] },
    ];
    const file = JSON.parse(JSON.stringify(encodePoiFile(sample, ['test'])));
    expect(poisFromJson(file)).toEqual(sample);
    file.pois[0][1] = 42;
    expect(() => poisFromJson(file)).toThrow(/points-of-interest\.json pois\[0\] \("The Globe"\): group should be/);
    expect(() => poisFromJson({ ...file, version: 9 })).toThrow(/version is 9/);
  });
});

describe('the shipped public/basemap/points-of-interest.json', () => {
  const pois = poisFromJson(JSON.parse(readFileSync(SHIPPED, 'utf8')));
  const count = (group: PoiGroup) => pois.filter((p) => p.group === group).length;

  it.each<PoiGroup>(['pub', 'fast_food', 'school', 'rail_station', 'bar', 'off_licence', 'convenience'])(
    'has %s points',
    (group) => expect(count(group)).toBeGreaterThan(0),
  );

  it('has hundreds of pubs, takeaways and schools (OSM 2021 for LLR)', () => {
    expect(count('pub')).toBeGreaterThan(400);
    expect(count('fast_food')).toBeGreaterThan(300);
    expect(count('school')).toBeGreaterThan(300);
  });

  it('has The Globe (Silver Street, Leicester), once, and Loughborough station', () => {
    const globes = pois.filter(
      (p) => p.name === 'The Globe' && distanceMetres(p.lngLat[1], p.lngLat[0], 52.6353, -1.136) < 200,
    );
    expect(globes).toHaveLength(1);
    expect(pois.find((p) => p.name === 'Loughborough Railway Station')?.group).toBe('rail_station');
  });

  it('has no point repeated across a tile edge (same name and subclass within 30 m)', () => {
    const repeats = pois.filter((p, i) =>
      pois.some(
        (q, j) =>
          j < i &&
          q.name === p.name &&
          q.subclass === p.subclass &&
          distanceMetres(p.lngLat[1], p.lngLat[0], q.lngLat[1], q.lngLat[0]) <= 30,
      ),
    );
    expect(repeats).toEqual([]);
  });
});
