// Hotspot areas as GeoJSON through the real ingest path: polygons and street-segment lines load, other shapes and
// non-GeoJSON are refused by name.
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/data/ingest-files';
import { createNodeEngine } from '../../../scripts/cli/node-engine';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const collection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { hotspot_id: 'H01', name: 'Haymarket' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-1.1312, 52.6378],
          [-1.1285, 52.6385],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { id: 'H02', name: 'Clock Tower' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1.133, 52.636],
            [-1.132, 52.636],
            [-1.132, 52.637],
            [-1.133, 52.636],
          ],
        ],
      },
    },
    { type: 'Feature', properties: { name: 'a point' }, geometry: { type: 'Point', coordinates: [-1.1, 52.6] } },
  ],
};

describe('hotspot GeoJSON', () => {
  it('loads areas and street segments, sets aside points by feature number, refuses what is not GeoJSON', async () => {
    const engine = await createNodeEngine();
    const summary = await ingestFiles(engine, [
      { path: 'grip-hotspots.geojson', bytes: encode(collection) },
      { path: 'broken.geojson', bytes: encode('{"type": "FeatureCollection", "features": [') },
      { path: 'not-features.json', bytes: encode({ type: 'Topology' }) },
    ]);
    expect(summary.files[0]).toMatchObject({
      format: 'hotspots-geojson',
      rowsRead: 3,
      rowsStored: 2,
      setAside: { 'not-an-area': 1 },
    });
    expect(summary.files[0].examples[0]).toEqual({ reason: 'not-an-area', row: 3, column: 'geometry', value: 'Point' });
    expect(summary.files[1].declined).toMatch(/^broken\.geojson is not valid JSON/);
    expect(summary.files[2].declined).toBe(
      'not-features.json is JSON but not a GeoJSON FeatureCollection: nothing to load.',
    );
    expect((await engine.gripHotspots()).map((h) => [h.hotspot_id, h.name])).toEqual([
      ['H01', 'Haymarket'],
      ['H02', 'Clock Tower'],
    ]);
    await engine.close();
  });
});

describe('interventions as GeoJSON points, and a police.uk zip with nested month folders', () => {
  it('loads tiered points as interventions and every month inside the zip', async () => {
    const { zipSync } = await import('fflate');
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const bad = (name: string) => new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/bad', name)));
    const zip = zipSync({
      '2023-05/2023-05-leicestershire-street.csv': bad('2023-05-crlf-street.csv'),
      '2023-07/2023-07-leicestershire-street.csv': bad('2023-07-swapped-street.csv'),
      'readme.txt': new TextEncoder().encode('x'),
    });
    const points = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'L1', tier: 'Primary', type: 'Street lighting', date: '2025-03-01' },
          geometry: { type: 'Point', coordinates: [-1.131, 52.6375] },
        },
        {
          type: 'Feature',
          properties: { id: 'L2', tier: 'urgent', type: 'CCTV', date: '2025-03-02' },
          geometry: { type: 'Point', coordinates: [-1.132, 52.636] },
        },
      ],
    };
    const engine = await createNodeEngine();
    const summary = await ingestFiles(engine, [
      { path: 'download.zip', bytes: zip },
      { path: 'actions.geojson', bytes: encode(points) },
    ]);
    expect(summary.files.map((f) => [f.path, f.format, f.rowsStored])).toEqual([
      ['download.zip/2023-05/2023-05-leicestershire-street.csv', 'police-uk-street', 3],
      ['download.zip/2023-07/2023-07-leicestershire-street.csv', 'police-uk-street', 2],
      ['actions.geojson', 'interventions', 1],
    ]);
    expect(summary.files[2].examples[0]).toEqual({ reason: 'unknown-tier', row: 2, column: 'tier', value: 'urgent' });
    expect(await engine.query('SELECT tier, kind, lower(hex(h3_r10)) AS cell FROM interventions')).toEqual([
      { tier: 'primary', kind: 'Street lighting', cell: latLngToCell(52.6375, -1.131, 10) },
    ]);
    expect(summary.files[2].rowsMapped).toBe(1);
    await engine.close();
  });
});
