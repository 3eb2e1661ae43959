import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../../src/analysis/hotspot-proposal/geodesy';
import { searchGazetteer, type GazetteerEntry } from '../../../src/map/gazetteer';
import { encodeGazetteerFile, gazetteerFromJson } from '../../../src/map/gazetteer-file';

const SHIPPED = path.resolve(import.meta.dirname, '../../../public/basemap/gazetteer.json');
/** [west, south, east, north] of Leicester, Leicestershire and Rutland. */
const LLR_BOUNDS = [-1.6, 52.39, -0.42, 52.98];

const SAMPLE: GazetteerEntry[] = [
  { name: 'Loughborough', kind: 'town', lngLat: [-1.2078, 52.77239], context: 'Charnwood', rank: 64000 },
  {
    name: 'Gallowtree Gate',
    kind: 'street',
    lngLat: [-1.13234, 52.6352],
    bbox: [-1.13292, 52.63446, -1.13154, 52.63601],
    context: 'Leicester',
    rank: 196,
  },
];

/** The sample encoded, then broken by `edit`; JSON round trip so the file is what fetch().json() would give. */
function broken(edit: (file: Record<string, unknown> & { entries: unknown[][] }) => void): unknown {
  const file = JSON.parse(JSON.stringify(encodeGazetteerFile(SAMPLE, ['test'])));
  edit(file);
  return file;
}

describe('gazetteer file format', () => {
  it('reads back what it wrote', () => {
    expect(gazetteerFromJson(JSON.parse(JSON.stringify(encodeGazetteerFile(SAMPLE, ['test']))))).toEqual(SAMPLE);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', [], /gazetteer\.json: the file is not a JSON object; nothing was loaded/],
    ['another format', broken((f) => (f.format = 'geojson')), /format should be "grip-gazetteer"/],
    ['a newer version', broken((f) => (f.version = 2)), /version is 2, this app reads version 1/],
    ['entries missing', broken((f) => delete (f as Record<string, unknown>).entries), /entries should be a list/],
    ['an unknown kind', broken((f) => (f.kinds as string[]).push('castle')), /kinds holds "castle"/],
    ['a short row', broken((f) => f.entries[1].splice(2)), /entries\[1\] \("Gallowtree Gate"\): should be a list of 6/],
    ['an empty name', broken((f) => (f.entries[0][0] = ' ')), /entries\[0\]: name should be a non-empty string/],
    ['a kind out of range', broken((f) => (f.entries[0][1] = 99)), /entries\[0\] \("Loughborough"\): kind should be/],
    ['a text latitude', broken((f) => (f.entries[1][3] = '52.6')), /lng and lat should be numbers of degrees/],
    ['a context out of range', broken((f) => (f.entries[0][4] = 7)), /context should be -1 or an index/],
    ['a negative bbox reach', broken((f) => (f.entries[1][7] = -3)), /bbox reaches should be four whole numbers/],
  ])('names the problem: %s', (_why, json, message) => {
    expect(() => gazetteerFromJson(json)).toThrow(message);
  });
});

describe('the shipped public/basemap/gazetteer.json', () => {
  const text = readFileSync(SHIPPED, 'utf8');
  const entries = gazetteerFromJson(JSON.parse(text));

  it('is valid, compact and large enough to be the real thing', () => {
    expect(entries.length).toBeGreaterThan(10_000);
    expect(text.length).toBeLessThan(1_500_000);
  });

  it('has Loughborough within 2 km of (-1.2, 52.77), found first for "Loughb"', () => {
    const [first] = searchGazetteer(entries, 'Loughb');
    expect(first).toMatchObject({ name: 'Loughborough', kind: 'town' });
    expect(distanceMetres(first.lngLat[1], first.lngLat[0], 52.77, -1.2)).toBeLessThan(2000);
  });

  it('has Gallowtree Gate in Leicester, with a bbox around its point', () => {
    const found = searchGazetteer(entries, 'gallowtree gate').filter((e) => e.name === 'Gallowtree Gate');
    expect(found).toHaveLength(1);
    const [street] = found;
    expect(street.context).toMatch(/Leicester/);
    const [w, s, e, n] = street.bbox!;
    expect(street.lngLat[0]).toBeGreaterThanOrEqual(w);
    expect(street.lngLat[0]).toBeLessThanOrEqual(e);
    expect(street.lngLat[1]).toBeGreaterThanOrEqual(s);
    expect(street.lngLat[1]).toBeLessThanOrEqual(n);
    expect(distanceMetres(street.lngLat[1], street.lngLat[0], 52.6355, -1.1324)).toBeLessThan(300);
  });

  it('has all 9 LLR districts', () => {
    const districts = entries.filter((e) => e.kind === 'district').map((e) => e.name);
    expect(districts.sort()).toEqual([
      'Blaby',
      'Charnwood',
      'Harborough',
      'Hinckley and Bosworth',
      'Leicester',
      'Melton',
      'North West Leicestershire',
      'Oadby and Wigston',
      'Rutland',
    ]);
  });

  it('has the 171 wards, each with a bbox and a district', () => {
    const wards = entries.filter((e) => e.kind === 'ward');
    expect(wards).toHaveLength(171);
    expect(wards.every((w) => w.bbox && w.context)).toBe(true);
  });

  it('has every coordinate, and every bbox corner, inside LLR', () => {
    const [w, s, e, n] = LLR_BOUNDS;
    const inside = ([lng, lat]: number[]) => lng >= w && lng <= e && lat >= s && lat <= n;
    const outside = entries.filter(
      (x) => !inside(x.lngLat) || (x.bbox && !(inside(x.bbox.slice(0, 2)) && inside(x.bbox.slice(2)))),
    );
    expect(outside.map((x) => x.name)).toEqual([]);
  });
});
