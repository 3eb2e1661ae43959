// The street basemap's style against the tiles it reads (public/basemap/llr-osm.pmtiles, © OpenStreetMap
// contributors, ODbL): every layer it draws from exists in the archive, the order keeps names above the crime slot,
// and no basemap colour would pass for a hex in the browser tests' pixel counts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type Rgb } from 'culori';
import type { LayerSpecification } from 'maplibre-gl';
import { openPmtilesFile } from '../../../scripts/basemap/file-source';
import { basemapStyle, OSM_ARCHIVE_PATH } from '../../../src/map/basemap-style';
import { BASEMAP_COLOURS } from '../../../src/map/basemap-colours';
import { FIRST_LABEL_LAYER, TOWN_LABELS } from '../../../src/map/basemap-labels';
import { OSM_SOURCE, ROAD_LAYER_IDS } from '../../../src/map/basemap-streets';

const style = basemapStyle('http://127.0.0.1:4173');
const ids = style.layers.map((l) => l.id);
const sourceLayer = (l: LayerSpecification) => ('source-layer' in l ? l['source-layer'] : undefined);

describe('basemap style', () => {
  it('reads the one archive on our own origin through the pmtiles protocol', () => {
    expect(style.sources[OSM_SOURCE]).toMatchObject({
      type: 'vector',
      url: `pmtiles://http://127.0.0.1:4173${OSM_ARCHIVE_PATH}`,
    });
    for (const source of Object.values(style.sources)) {
      const url = 'url' in source ? source.url : 'data' in source ? source.data : '';
      expect(String(url)).toMatch(/^(pmtiles:\/\/)?http:\/\/127\.0\.0\.1:4173\//);
    }
    expect(style.glyphs).toMatch(/^http:\/\/127\.0\.0\.1:4173\//);
  });

  it('draws only layers the shipped archive holds', async () => {
    const metadata = (await openPmtilesFile(
      path.resolve(import.meta.dirname, '../../../public', `.${OSM_ARCHIVE_PATH}`),
    ).getMetadata()) as {
      vector_layers: { id: string }[];
    };
    const held = new Set(metadata.vector_layers.map((l) => l.id));
    const used = new Set(style.layers.filter((l) => 'source' in l && l.source === OSM_SOURCE).map(sourceLayer));
    expect([...used].filter((id) => !held.has(id!))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(9);
  });

  it('keeps land, roads and boundaries under the crime slot, and every name above it, towns on top', () => {
    const slot = ids.indexOf(FIRST_LABEL_LAYER);
    expect(slot).toBeGreaterThan(0);
    for (const road of ROAD_LAYER_IDS) expect(ids.indexOf(road)).toBeLessThan(slot);
    expect(ids.indexOf('llr-outline')).toBeLessThan(slot);
    expect(style.layers.slice(slot).every((l) => l.type === 'symbol')).toBe(true);
    expect(ids.at(-1)).toBe(TOWN_LABELS);
    // Casings are all drawn before the fills, so a junction's casing never cuts across a crossing road.
    const lastCasing = Math.max(...ids.filter((id) => id.endsWith('-casing')).map((id) => ids.indexOf(id)));
    const firstFill = Math.min(...ROAD_LAYER_IDS.filter((id) => id !== 'road-path').map((id) => ids.indexOf(id)));
    expect(lastCasing).toBeLessThan(firstFill);
  });

  it('has no colour the browser tests would count as a hex (red over 150 and more than 40 above blue)', () => {
    const warm = Object.entries(BASEMAP_COLOURS).filter(([, colour]) => {
      const { r, b } = parse(colour) as Rgb;
      return r * 255 > 150 && (r - b) * 255 > 40;
    });
    expect(warm).toEqual([]);
  });
});
