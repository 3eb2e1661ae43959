// `npm run basemap:tiles [-- <osm-tiles folder> [<output file>]]`: packs the Leicestershire and Rutland OpenStreetMap
// vector tiles into one PMTiles v3 archive for the app, merging the tiles the two sets share along the border.
// The folder defaults to ../shared/data/basemap/osm-tiles beside the repository (see its README for sources).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { combineTileSets, readTileSet, type TileSet } from './merge-tiles';
import { writePmtilesArchive } from './pmtiles-writer';
import {
  archiveMetadata,
  checkSourceCommits,
  mergeVectorLayers,
  OSM_TILE_SOURCES,
  readSourceSchema,
  unionBounds,
} from './tile-archive-metadata';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Leicester city centre (Clock Tower), where a viewer of the archive alone opens. */
const LEICESTER_CENTRE_LNG_LAT: [number, number] = [-1.134, 52.636];
const CENTRE_ZOOM = 12;
/** The zoom range both sources were built for (metadata.json minzoom / maxzoom). */
const MIN_ZOOM = 0;
const MAX_ZOOM = 14;

const countsLine = (counts: Map<number, number>) =>
  [...counts]
    .sort(([a], [b]) => a - b)
    .map(([z, n]) => `z${z}: ${n}`)
    .join(', ') || 'none';

function countByZoom(set: { z: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { z } of set) counts.set(z, (counts.get(z) ?? 0) + 1);
  return counts;
}

function printZoomTable(sets: readonly TileSet[], archived: Map<number, number>, merged: Map<number, number>): void {
  const perSet = sets.map((set) => countByZoom([...set.tiles.values()]));
  const rows = [['zoom', ...sets.map((set) => set.name), 'merged', 'in archive']];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    rows.push([
      `${z}`,
      ...perSet.map((counts) => `${counts.get(z) ?? 0}`),
      `${merged.get(z) ?? 0}`,
      `${archived.get(z) ?? 0}`,
    ]);
  }
  const total = (counts: Map<number, number>) => `${[...counts.values()].reduce((a, b) => a + b, 0)}`;
  rows.push(['all', ...perSet.map(total), total(merged), total(archived)]);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padStart(widths[column])).join('  '));
}

function main(): void {
  const startedMs = performance.now();
  const sourceDir = path.resolve(repoRoot, process.argv[2] ?? '../shared/data/basemap/osm-tiles');
  const outFile = path.resolve(repoRoot, process.argv[3] ?? 'public/basemap/llr-osm.pmtiles');

  if (!existsSync(path.join(sourceDir, 'README.md'))) {
    throw new Error(`no osm-tiles folder (with README.md) at ${sourceDir}: pass its path as the first argument`);
  }
  checkSourceCommits(readFileSync(path.join(sourceDir, 'README.md'), 'utf8'), OSM_TILE_SOURCES);
  const sets = OSM_TILE_SOURCES.map((source) =>
    readTileSet(source.folder, path.join(sourceDir, source.folder, 'tiles')),
  );
  const schemas = OSM_TILE_SOURCES.map((source) => readSourceSchema(path.join(sourceDir, source.folder)));
  const combined = combineTileSets(sets);

  const archive = writePmtilesArchive({
    tiles: combined.tiles,
    metadata: archiveMetadata(mergeVectorLayers(schemas), OSM_TILE_SOURCES),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boundsLngLat: unionBounds(schemas),
    centerZoom: CENTRE_ZOOM,
    centerLngLat: LEICESTER_CENTRE_LNG_LAT,
  });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, archive.bytes);

  const { stats } = archive;
  printZoomTable(sets, countByZoom(combined.tiles), combined.mergedByZoom);
  console.log(`shared by both sets: ${countsLine(combined.sharedByZoom)}`);
  console.log(`merged feature by feature: ${countsLine(combined.mergedByZoom)}`);
  console.log(`border features both sets held identically, kept once: ${combined.copiesDropped}`);
  console.log(`empty source files left out (${combined.emptyKeys.length}): ${combined.emptyKeys.join(' ')}`);
  console.log(
    `tiles ${stats.addressedTileCount}, directory entries ${stats.tileEntryCount}, distinct contents ` +
      `${stats.tileContentCount} (${stats.deduplicatedTileCount} deduplicated)`,
  );
  const leaves =
    stats.leafDirectoryCount === 0
      ? 'no leaf directories'
      : `${stats.leafDirectoryCount} leaf directories of ${stats.entriesPerLeaf} entries, ${stats.leafDirectoriesBytes} B`;
  console.log(`root directory ${stats.rootDirectoryBytes} B, ${leaves}, metadata ${stats.metadataBytes} B`);
  const sizeMb = (archive.bytes.length / 1e6).toFixed(2);
  console.log(`wrote ${path.relative(repoRoot, outFile)}: ${archive.bytes.length} B (${sizeMb} MB)`);
  console.log(`took ${((performance.now() - startedMs) / 1000).toFixed(1)} s`);
}

main();
