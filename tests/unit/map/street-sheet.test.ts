// The briefing sheet's street map (src/map/street-tiles.ts, street-sheet.ts) on the shipped OpenStreetMap archive
// (public/basemap/llr-osm.pmtiles, © OpenStreetMap contributors, ODbL 1.0): the right tile, the streets around
// Leicester's Clock Tower by name, the hotspot centred with its margin, and nothing (not a failure) outside LLR.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPmtilesFile } from '../../../scripts/basemap/file-source';
import { bboxPolygon } from '../../../src/analysis/study-area';
import { streetSheet, streetSheetBox } from '../../../src/map/street-sheet';
import { streetFeaturesAround, tilesCovering, type StreetFeature } from '../../../src/map/street-tiles';

const ARCHIVE = path.resolve(import.meta.dirname, '../../../public/basemap/llr-osm.pmtiles');
const box = (west: number, south: number, east: number, north: number) => bboxPolygon([west, south, east, north]);
/** About 135 m × 135 m around the Clock Tower (52.6355 N, 1.1335 W). */
const CLOCK_TOWER = box(-1.1345, 52.635, -1.1325, 52.6362);
const metresPerDegreeLat = 111_320;

describe('the street map of a briefing sheet', () => {
  it('reads the zoom-14 tile the OSM slippy-map formula gives for the Clock Tower', () => {
    // OSM wiki, "Slippy map tilenames": x = ⌊(lon + 180) / 360 · 2^z⌋ = ⌊8140.4⌋;
    // y = ⌊(1 − asinh(tan φ) / π) / 2 · 2^z⌋ = ⌊5364.x⌋.
    expect(tilesCovering([-1.1335, 52.6355, -1.1335, 52.6355])).toEqual([[14, 8140, 5364]]);
    // 1.2 W to 1.1 W is columns 8137.4 to 8141.99; 52.65 N to 52.6 N is rows 5363 to 5367: 5 × 5 tiles.
    const tiles = tilesCovering([-1.2, 52.6, -1.1, 52.65]);
    expect(tiles).toHaveLength(25);
    expect(tiles[0]).toEqual([14, 8137, 5363]);
    expect(tiles.at(-1)).toEqual([14, 8141, 5367]);
  });

  it('centres the hotspot with at least 150 m of streets around it', () => {
    const [west, south, , north] = streetSheetBox(CLOCK_TOWER);
    const marginNorth = (north - 52.6362) * metresPerDegreeLat;
    const marginSouth = (52.635 - south) * metresPerDegreeLat;
    const marginWest = (-1.1345 - west) * metresPerDegreeLat * Math.cos((52.6356 * Math.PI) / 180);
    expect(marginNorth).toBeCloseTo(marginSouth, 0);
    expect(Math.min(marginNorth, marginSouth)).toBeGreaterThan(148);
    expect(marginWest).toBeGreaterThan(148);
  });

  it('draws the real streets round the Clock Tower, with their names laid left to right', async () => {
    const features = await streetFeaturesAround(openPmtilesFile(ARCHIVE), streetSheetBox(CLOCK_TOWER));
    const sheet = streetSheet(features, CLOCK_TOWER);
    const names = sheet.names.map((n) => n.name);
    expect(names).toContain('Gallowtree Gate');
    expect(names).toContain('High Street');
    expect(sheet.roads.length).toBeGreaterThan(100);
    expect(sheet.buildings.length).toBeGreaterThan(100);
    for (const { d } of sheet.names) {
      const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
      expect(xs[0]).toBeLessThanOrEqual(xs.at(-1)!);
    }
    // The focus square in the middle of the 480 × 300 sheet, 150 m from the top and bottom edges.
    const ys = [...sheet.focus.matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys) + Math.max(...ys)).toBeCloseTo(300, 0);
    expect(sheet.scale.label).toBe('100 m');
  });

  it('finds no streets, and no error, where the archive has no tile (off the LLR coast of nowhere)', async () => {
    const atSea = box(-30.001, 45, -30, 45.001);
    const cache = new Map<string, StreetFeature[]>();
    const features = await streetFeaturesAround(openPmtilesFile(ARCHIVE), streetSheetBox(atSea), cache);
    expect(features).toEqual([]);
    expect(cache.size).toBeGreaterThan(0);
    expect(streetSheet(features, atSea).roads).toEqual([]);
  });
});
