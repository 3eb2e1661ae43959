// The GRIP hotspot file: export → import → export gives identical bytes; a bad feature is named by its index and
// what is wrong; the written schema is pinned by a golden file (REGEN=1 rewrites it deliberately).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  definitionFromFeature,
  proposalFeatures,
  proposeHotspots,
  PROPERTY_KEYS,
  readHotspotsGeoJson,
  writeHotspotsGeoJson,
} from '../../../../src/analysis/hotspot-proposal';
import { cellAt, inputsOf, ORIGIN_CELL, ring } from './synthetic';

const months = ['2025-05', '2025-06'];
const inputs = inputsOf(
  [
    { h3: ORIGIN_CELL, crimes: 40, place: 'Haymarket' },
    ...ring(ORIGIN_CELL, 1).map((h3, i) => ({ h3, crimes: 10 + i, place: `Street ${i + 1}` })),
    { h3: cellAt(900), crimes: 7, crimeType: 'Robbery', harm: 7 * 800, place: 'Granby Street' },
    { h3: cellAt(900), crimes: 3, monthIso: '2025-05', place: 'Granby Street' },
    { h3: cellAt(2000), crimes: 12, district: 'Rutland', place: 'High Street' },
  ],
  months,
  { [ORIGIN_CELL]: 30 },
);
inputs.selection.crimeTypes = ['Robbery', 'Violence and sexual offences'];
// A locked hotspot in two pieces: a MultiPolygon.
const locked = { hotspotId: 'H09', name: 'Two pieces', cells: [cellAt(3000), cellAt(3400)] };
const proposal = proposeHotspots(inputs, { n: 4, locked: [locked] });
// Under tests/fixtures so the formatter leaves the bytes alone.
const golden = path.resolve(__dirname, '../../../fixtures/hotspot-proposal/golden-hotspots.geojson');

describe('the hotspot GeoJSON file', () => {
  const written = writeHotspotsGeoJson(proposalFeatures(proposal));

  it('reads back to the same bytes', () => {
    const { features, problems } = readHotspotsGeoJson(written);
    expect(problems).toEqual([]);
    expect(features).toHaveLength(4);
    expect(writeHotspotsGeoJson(features)).toBe(written);
  });

  it('writes the schema the README documents, in order, Polygon or MultiPolygon', () => {
    if (process.env.REGEN) writeFileSync(golden, written);
    expect(existsSync(golden), 'golden file missing: run with REGEN=1').toBe(true);
    expect(written).toBe(readFileSync(golden, 'utf8'));
    const parsed = JSON.parse(written);
    for (const f of parsed.features) expect(Object.keys(f.properties)).toEqual(PROPERTY_KEYS);
    expect(parsed.features.map((f: { geometry: { type: string } }) => f.geometry.type)).toEqual([
      'Polygon',
      'Polygon',
      'Polygon',
      'MultiPolygon',
    ]);
    expect(parsed.features[0].properties).toMatchObject({
      hotspot_id: 'H01',
      name: 'Haymarket, Leicester',
      crimes: 40 + 10 + 11 + 12 + 13 + 14 + 15,
      snap_point_share: Number((30 / 115).toFixed(4)),
      snap_point_flag: false,
    });
  });

  it('gives a hotspot back as a definition to lock or measure: its cells, centre and name', () => {
    const { features } = readHotspotsGeoJson(written);
    const h09 = definitionFromFeature(features[3]);
    expect(h09).toMatchObject({ hotspotId: 'H09', name: 'Two pieces', locked: true });
    expect(h09.cells).toEqual([cellAt(3000), cellAt(3400)].sort());
    // A hub-drawn polygon without cells: the cells whose centres it holds.
    const drawn = { ...features[0], properties: { ...features[0].properties, cells: [] } };
    expect(definitionFromFeature(drawn).cells).toEqual(features[0].properties.cells);
  });

  it('names the feature and the problem when a feature is bad, and keeps the good ones', () => {
    const parsed = JSON.parse(written);
    parsed.features[1].geometry = {
      type: 'LineString',
      coordinates: [
        [-1.13, 52.63],
        [-1.12, 52.63],
      ],
    };
    parsed.features[2].properties.crimes = 'many';
    parsed.features.push({ ...parsed.features[0] });
    const { features, problems } = readHotspotsGeoJson(JSON.stringify(parsed));
    expect(features.map((f) => f.properties.hotspot_id)).toEqual(['H01', 'H09']);
    expect(problems.map((p) => [p.featureIndex, p.code])).toEqual([
      [1, 'not-a-polygon'],
      [2, 'bad-property'],
      [4, 'duplicate-id'],
    ]);
    expect(problems[0].sentence).toBe(
      'features[1] (H02): its geometry is not a Polygon or MultiPolygon (a GRIP hotspot is an area) (it is LineString); it was not loaded.',
    );
    expect(problems[1].sentence).toContain('crimes should be a number');
  });

  it('says when the file is not GeoJSON at all', () => {
    expect(readHotspotsGeoJson('{').problems[0].code).toBe('not-json');
    expect(readHotspotsGeoJson('[]').problems[0].sentence).toBe(
      'The file is not a GeoJSON FeatureCollection; nothing was loaded.',
    );
    expect(readHotspotsGeoJson('{"type":"Feature"}').problems[0].code).toBe('not-feature-collection');
  });
});
