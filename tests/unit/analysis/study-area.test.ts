// Study areas (issue 15): the text forms the CLI and the URL use, their labels, and the H3 cells covering an area.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellToBoundary, cellToLatLng, latLngToCell, polygonToCells } from 'h3-js';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import {
  bboxPolygon,
  cellsCoveringArea,
  formatStudyArea,
  LLR_DISTRICT_NAMES,
  parseStudyArea,
  studyAreaLabel,
  type StudyAreaSpec,
} from '../../../src/analysis/study-area';

const drawn: StudyAreaSpec = {
  kind: 'polygon',
  polygon: {
    type: 'Polygon',
    coordinates: [
      [
        [-1.14, 52.63],
        [-1.12, 52.63],
        [-1.13, 52.64],
        [-1.14, 52.63],
      ],
    ],
  },
};

describe('study area text forms', () => {
  it.each<[string, StudyAreaSpec, string]>([
    ['llr', { kind: 'llr' }, 'all of LLR'],
    ['city', { kind: 'city' }, 'Leicester city'],
    ['district:Charnwood', { kind: 'district', name: 'Charnwood' }, 'Charnwood'],
    ['district:Hinckley and Bosworth', { kind: 'district', name: 'Hinckley and Bosworth' }, 'Hinckley and Bosworth'],
    ['bbox:-1.2,52.6,-1.1,52.7', { kind: 'bbox', bbox: [-1.2, 52.6, -1.1, 52.7] }, 'the map view'],
    ['polygon:-1.14,52.63;-1.12,52.63;-1.13,52.64', drawn, 'a drawn area'],
  ])('%s ⇄ its spec, labelled "%s"', (text, spec, label) => {
    expect(parseStudyArea(text)).toEqual({ ok: true, value: spec });
    expect(formatStudyArea(spec)).toBe(text);
    expect(studyAreaLabel(spec)).toBe(label);
  });

  it('reads names and kinds ignoring case and spaces round them', () => {
    expect(parseStudyArea(' LLR ')).toEqual({ ok: true, value: { kind: 'llr' } });
    expect(parseStudyArea('District:oadby and wigston')).toEqual({
      ok: true,
      value: { kind: 'district', name: 'Oadby and Wigston' },
    });
    expect(parseStudyArea('bbox: -1.2, 52.6, -1.1, 52.7')).toEqual({
      ok: true,
      value: { kind: 'bbox', bbox: [-1.2, 52.6, -1.1, 52.7] },
    });
  });

  it('labels a drawn area by its own label when it has one', () => {
    expect(studyAreaLabel({ ...drawn, label: 'Belgrave' } as StudyAreaSpec)).toBe('Belgrave');
  });

  it('has no short form for a polygon with a hole', () => {
    const ring = (drawn as { polygon: { coordinates: number[][][] } }).polygon.coordinates[0];
    expect(formatStudyArea({ kind: 'polygon', polygon: { type: 'Polygon', coordinates: [ring, ring] } })).toBeNull();
  });

  it.each([
    ['county', /^Unknown study area "county": use llr, city, district:<name> \(one of Blaby, .*bbox:minLon/],
    ['', /^Unknown study area "": use llr/],
    ['district:Leicestershire', /^There is no district called "Leicestershire" in LLR: use one of Blaby, Charnwood/],
    ['bbox:-1.2,52.6,-1.1', /^"bbox:-1.2,52.6,-1.1" is not a box: it needs four numbers separated by commas\./],
    ['bbox:-1.1,52.6,-1.2,52.7', /the minimum longitude and latitude must be below the maximum ones/],
    ['bbox:52.6,-1.2,52.7,200', /latitudes within ±90/],
    ['bbox:a,b,c,d', /four numbers/],
    ['polygon:-1.14,52.63;-1.12,52.63', /give at least three lng,lat points/],
  ])('refuses "%s" with a sentence saying what is accepted', (text, message) => {
    const parsed = parseStudyArea(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('knows the districts the boundary file names', () => {
    const file = path.resolve(__dirname, '../../../public/boundaries/llr_lad.geojson');
    const names = JSON.parse(readFileSync(file, 'utf8')).features.map(
      (f: { properties: { LAD13NM: string } }) => f.properties.LAD13NM,
    );
    expect([...names].sort()).toEqual([...LLR_DISTRICT_NAMES]);
  });
});

describe('cellsCoveringArea', () => {
  // A 1 km × 1.1 km box round Leicester's Clock Tower.
  const box = bboxPolygon([-1.142, 52.631, -1.127, 52.641]);
  const covering = cellsCoveringArea([box], 9);

  it('holds every cell whose centre is inside, once', () => {
    const centreInside = polygonToCells(box.coordinates, 9, true);
    expect(centreInside.length).toBeGreaterThan(0);
    for (const cell of centreInside) expect(covering).toContain(cell);
    expect(new Set(covering).size).toBe(covering.length);
  });

  it('adds the cells the boundary crosses: each corner’s cell, and only cells that touch the box', () => {
    for (const [lng, lat] of box.coordinates[0]) expect(covering).toContain(latLngToCell(lat, lng, 9));
    const [[w, s], , [e, n]] = box.coordinates[0];
    const edge = covering.filter((c) => !booleanPointInPolygon(cellToLatLng(c).reverse(), box));
    expect(edge.length).toBeGreaterThan(0);
    for (const cell of edge) {
      const ring = cellToBoundary(cell, true);
      const [lngs, lats] = [ring.map((p) => p[0]), ring.map((p) => p[1])];
      // The hexagon's own box meets the box: a cell the boundary crosses, not one beside it.
      expect(Math.min(...lngs) <= e && Math.max(...lngs) >= w && Math.min(...lats) <= n && Math.max(...lats) >= s).toBe(
        true,
      );
    }
  });

  it('covers a MultiPolygon part by part', () => {
    const far = bboxPolygon([-0.75, 52.66, -0.73, 52.67]); // Oakham
    const both = cellsCoveringArea([{ type: 'MultiPolygon', coordinates: [box.coordinates, far.coordinates] }], 9);
    expect(both.length).toBe(covering.length + cellsCoveringArea([far], 9).length);
  });
});
