// The archive's JSON metadata (PMTiles v3 spec chapter 5: `vector_layers` as in TileJSON 3.0, plus name, description,
// attribution): https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md,
// https://github.com/mapbox/tilejson-spec/tree/master/3.0.0 (vector_layers).
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One TileJSON 3.0 `vector_layers` entry: field name → type description ("String", "Number"). */
export interface VectorLayer {
  id: string;
  fields: Record<string, string>;
  minzoom: number;
  maxzoom: number;
}

/** A source tile set, as the osm-tiles README names it. */
export interface TileSource {
  folder: string;
  repository: string;
  branch: string;
  commit: string;
}

/** From /work/shared/data/basemap/osm-tiles/README.md; the build checks the README still names these commits. */
export const OSM_TILE_SOURCES: readonly TileSource[] = [
  {
    folder: 'leicestershire',
    repository: 'https://github.com/tokenless-tiles/leicestershire',
    branch: 'gh-pages',
    commit: 'a2c7f0e201c46b2f8ad17c8d82a6558941affff8',
  },
  {
    folder: 'rutland',
    repository: 'https://github.com/tokenless-tiles/rutland',
    branch: 'gh-pages',
    commit: '5a1729c57692f2f1ccd6e3e22407ab286dc10760',
  },
];

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors, © OpenMapTiles';

/** What a source set says about its layers: its `metadata.json` layers and tilemaker's layer aliases. */
export interface SourceSchema {
  vectorLayers: VectorLayer[];
  /** metadata.json `bounds`: [west, south, east, north] in degrees. */
  boundsLngLat: [number, number, number, number];
  /** tilemaker `write_to`: e.g. `transportation_main` → `transportation` (its features land in that layer). */
  writeTo: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseVectorLayer(value: unknown, file: string): VectorLayer {
  const ok =
    isRecord(value) &&
    typeof value.id === 'string' &&
    isRecord(value.fields) &&
    Object.values(value.fields).every((type) => typeof type === 'string') &&
    typeof value.minzoom === 'number' &&
    typeof value.maxzoom === 'number';
  if (!ok) throw new Error(`${file}: a vector_layers entry is not {id, fields, minzoom, maxzoom}`);
  const { id, fields, minzoom, maxzoom } = value as unknown as VectorLayer;
  return { id, fields: { ...fields }, minzoom, maxzoom };
}

/** Reads `tiles/metadata.json` and `resources/config-openmaptiles.json` of one source set folder. */
export function readSourceSchema(setDir: string): SourceSchema {
  const metadataFile = path.join(setDir, 'tiles/metadata.json');
  const metadata: unknown = JSON.parse(readFileSync(metadataFile, 'utf8'));
  if (!isRecord(metadata) || !Array.isArray(metadata.vector_layers)) {
    throw new Error(`${metadataFile}: no vector_layers array`);
  }
  const bounds = metadata.bounds;
  if (!Array.isArray(bounds) || bounds.length !== 4 || !bounds.every((degrees) => typeof degrees === 'number')) {
    throw new Error(`${metadataFile}: bounds is not [west, south, east, north]`);
  }
  const configFile = path.join(setDir, 'resources/config-openmaptiles.json');
  const config: unknown = JSON.parse(readFileSync(configFile, 'utf8'));
  if (!isRecord(config) || !isRecord(config.layers)) throw new Error(`${configFile}: no layers object`);
  const writeTo: Record<string, string> = {};
  for (const [id, layer] of Object.entries(config.layers)) {
    if (isRecord(layer) && typeof layer.write_to === 'string') writeTo[id] = layer.write_to;
  }
  return {
    vectorLayers: metadata.vector_layers.map((layer) => parseVectorLayer(layer, metadataFile)),
    boundsLngLat: bounds as [number, number, number, number],
    writeTo,
  };
}

/** The box holding every source's bounds. */
export function unionBounds(schemas: readonly SourceSchema[]): [number, number, number, number] {
  const all = schemas.map((schema) => schema.boundsLngLat);
  return [
    Math.min(...all.map((b) => b[0])),
    Math.min(...all.map((b) => b[1])),
    Math.max(...all.map((b) => b[2])),
    Math.max(...all.map((b) => b[3])),
  ];
}

/**
 * The layers the tiles really hold: tilemaker lists each alias layer (`transportation_main`, `poi_detail`…) in
 * metadata.json although its features are written into the target layer, so aliases are folded into their target
 * (fields united, zoom range widened), and the sets' layers are united the same way.
 */
export function mergeVectorLayers(schemas: readonly SourceSchema[]): VectorLayer[] {
  const merged = new Map<string, VectorLayer>();
  for (const schema of schemas) {
    for (const layer of schema.vectorLayers) {
      const id = schema.writeTo[layer.id] ?? layer.id;
      const into = merged.get(id) ?? { id, fields: {}, minzoom: layer.minzoom, maxzoom: layer.maxzoom };
      for (const [field, type] of Object.entries(layer.fields)) {
        if (into.fields[field] !== undefined && into.fields[field] !== type) {
          throw new Error(`layer ${id} field ${field} is ${into.fields[field]} in one source and ${type} in another`);
        }
        into.fields[field] = type;
      }
      into.minzoom = Math.min(into.minzoom, layer.minzoom);
      into.maxzoom = Math.max(into.maxzoom, layer.maxzoom);
      merged.set(id, into);
    }
  }
  return [...merged.values()].map((layer) => ({
    ...layer,
    fields: Object.fromEntries(Object.entries(layer.fields).sort(([a], [b]) => a.localeCompare(b))),
  }));
}

/** Throws unless the source README still names each commit we credit, so the metadata cannot silently go stale. */
export function checkSourceCommits(readmeText: string, sources: readonly TileSource[]): void {
  for (const source of sources) {
    if (!readmeText.includes(source.commit)) {
      throw new Error(`the osm-tiles README no longer names commit ${source.commit} of ${source.repository}`);
    }
  }
}

export function archiveMetadata(vectorLayers: readonly VectorLayer[], sources: readonly TileSource[]) {
  return {
    name: 'Leicester, Leicestershire and Rutland streets (OpenStreetMap)',
    description:
      'OpenStreetMap vector tiles for Leicester, Leicestershire and Rutland, OSM data of August 2021 (tilemaker, ' +
      'OpenMapTiles schema), zoom 0–14; the two county sets are merged feature by feature along the border.',
    attribution: OSM_ATTRIBUTION,
    license: 'ODbL-1.0',
    type: 'baselayer',
    format: 'pbf',
    vector_layers: vectorLayers,
    sources: sources.map(({ repository, branch, commit }) => ({ repository, branch, commit })),
    generator: 'scripts/basemap/build-tile-archive.ts (npm run basemap:tiles)',
  };
}
