// npm run basemap:pois — builds public/basemap/points-of-interest.json, the risky facilities (pubs, takeaways,
// schools, stations…) a hotspot profile lists, from the OSM `poi` layer of the z14 tiles in ../shared (OSM_TILES_DIR).
// Prints the subclasses the tiles carry with their counts, then the kept points per group, and the file's size.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { distanceMetres } from '../../src/analysis/hotspot-proposal/geodesy';
import { POI_GROUPS, poiFromTileFeature, type PointOfInterest } from '../../src/map/points-of-interest';
import { encodePoiFile } from '../../src/map/points-of-interest-file';
import { areaAt, readDistricts } from './llr-areas';
import { readTileFeatures } from './osm-tile-features';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(repoRoot, 'public/basemap/points-of-interest.json');

/** A point in a tile's buffer is written again in the neighbouring tile, a metre or two off after quantising. */
const SAME_POI_METRES = 30;

const ATTRIBUTION = ['© OpenStreetMap contributors, ODbL 1.0 (OSM as of August 2021, via OpenMapTiles-schema tiles)'];

/** Keeps the first of each name + subclass within SAME_POI_METRES; a grid of ~0.001° cells finds the neighbours. */
function dedupe(pois: readonly PointOfInterest[]): PointOfInterest[] {
  const kept: PointOfInterest[] = [];
  const cells = new Map<string, PointOfInterest[]>();
  const cellOf = ([lng, lat]: [number, number]) => [Math.floor(lng * 1000), Math.floor(lat * 1000)];
  for (const poi of pois) {
    const [cx, cy] = cellOf(poi.lngLat);
    let duplicate = false;
    for (let dx = -1; dx <= 1 && !duplicate; dx++)
      for (let dy = -1; dy <= 1 && !duplicate; dy++)
        duplicate = (cells.get(`${cx + dx},${cy + dy}`) ?? []).some(
          (other) =>
            other.name === poi.name &&
            other.subclass === poi.subclass &&
            distanceMetres(other.lngLat[1], other.lngLat[0], poi.lngLat[1], poi.lngLat[0]) <= SAME_POI_METRES,
        );
    if (duplicate) continue;
    kept.push(poi);
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), poi]);
  }
  return kept;
}

function main(): void {
  const districts = readDistricts();
  const subclassCounts = new Map<string, number>();
  const found: PointOfInterest[] = [];
  for (const f of readTileFeatures(['poi'])) {
    if (f.geometry.type !== 'Point') continue;
    const key = `${f.properties.class ?? '(no class)'}/${f.properties.subclass ?? '(none)'}`;
    subclassCounts.set(key, (subclassCounts.get(key) ?? 0) + 1);
    const poi = poiFromTileFeature(f.properties, f.geometry.coordinates as [number, number]);
    if (poi && areaAt(poi.lngLat, districts)) found.push(poi);
  }
  const pois = dedupe(found).sort(
    (a, b) =>
      POI_GROUPS.findIndex((g) => g.id === a.group) - POI_GROUPS.findIndex((g) => g.id === b.group) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      a.lngLat[0] - b.lngLat[0],
  );
  const file = encodePoiFile(pois, ATTRIBUTION);
  const { pois: rows, ...header } = file;
  const text = `${JSON.stringify(header).slice(0, -1)},"pois":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
  writeFileSync(OUTPUT, text);

  const top = [...subclassCounts].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(
    `poi layer, z14, class/subclass as the tiles carry them (top 40 of ${subclassCounts.size}, with tile repeats):`,
  );
  console.log(`  ${top.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`points of interest: ${found.length} in LLR, ${pois.length} after merging tile-edge repeats`);
  for (const group of POI_GROUPS) {
    const inGroup = pois.filter((p) => p.group === group.id);
    const unnamed = inGroup.filter((p) => p.name === `Unnamed ${group.singular}`).length;
    console.log(`  ${group.label.padEnd(34)} ${String(inGroup.length).padStart(4)} (${unnamed} unnamed)`);
  }
  const gzipped = gzipSync(text, { level: 9 }).length;
  console.log(
    `wrote ${path.relative(repoRoot, OUTPUT)}: ${(Buffer.byteLength(text) / 1e3).toFixed(0)} KB, ${(gzipped / 1e3).toFixed(0)} KB gzipped`,
  );
}

main();
