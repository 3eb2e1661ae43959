// npm run basemap:gazetteer — builds public/basemap/gazetteer.json, the offline index behind the map's search box:
// OSM places and streets from the z14 tiles in ../shared (OSM_TILES_DIR), wards and districts from the ONS boundaries
// in public/boundaries, police.uk street names from public/basemap/street_points.geojson. Prints counts and sizes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { GAZETTEER_KINDS, normaliseName, type GazetteerEntry } from '../../src/map/gazetteer';
import { encodeGazetteerFile } from '../../src/map/gazetteer-file';
import { placesFromTiles, Localities, type Place } from './gazetteer-places';
import { policeUkStreets, streetsFromTiles } from './gazetteer-streets';
import { areaAt, labelPoint, LLR_BOUNDS, readDistricts, readWards, type Area } from './llr-areas';
import { osmName, readTileFeatures, type TileFeature } from './osm-tile-features';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(repoRoot, 'public/basemap/gazetteer.json');

const GAZETTEER_ATTRIBUTION = [
  'Places and streets: © OpenStreetMap contributors, ODbL 1.0 (OSM as of August 2021, via OpenMapTiles-schema tiles)',
  'Wards and districts: Contains OS data © Crown copyright and database right (ONS, Open Government Licence v3.0)',
  'Extra street names: police.uk snap points, Contains public sector information licensed under the Open Government Licence v3.0',
];

/** The two unitary authorities are not in Leicestershire (the county); the other seven districts are. */
const UNITARY = new Set(['Leicester', 'Rutland']);

function areaEntries(areas: readonly Area[], kind: 'ward' | 'district', districts: readonly Area[]): GazetteerEntry[] {
  return areas.map((area) => {
    const lngLat = labelPoint(area);
    const context =
      kind === 'ward' ? areaAt(lngLat, districts)?.name : UNITARY.has(area.name) ? undefined : 'Leicestershire';
    return { name: area.name, kind, lngLat, bbox: area.bbox, context };
  });
}

/** A place is "in" its district; a suburb in its town too (Greenhill: "Coalville, North West Leicestershire"). */
function placeEntry(place: Place, localities: Localities): GazetteerEntry {
  const { name, kind, lngLat, rank, district } = place;
  let context: string | undefined = name === district ? undefined : district;
  const town = kind === 'suburb' ? localities.townOf(place) : null;
  if (town && town.name !== district) context = `${town.name}, ${district}`;
  return { name, kind, lngLat, rank, context };
}

function insideBounds({ lngLat, bbox }: GazetteerEntry): boolean {
  const [w, s, e, n] = LLR_BOUNDS;
  const ok = ([lng, lat]: number[]) => lng >= w && lng <= e && lat >= s && lat <= n;
  return ok(lngLat) && (!bbox || (ok([bbox[0], bbox[1]]) && ok([bbox[2], bbox[3]])));
}

function main(): void {
  const started = Date.now();
  const districts = readDistricts();
  const placeFeatures: TileFeature[] = [];
  const roadFeatures: TileFeature[] = [];
  for (const f of readTileFeatures(['place', 'transportation_name'])) {
    if (f.layer === 'place') placeFeatures.push(f);
    else if (osmName(f.properties)) roadFeatures.push(f);
  }
  const places = placesFromTiles(placeFeatures, districts);
  const localities = new Localities(places);
  const osm = streetsFromTiles(roadFeatures, districts, localities);
  const wards = readWards();
  const areaNames = [...places, ...wards, ...districts].map((p) => normaliseName(p.name));
  const police = policeUkStreets(osm.streets, new Set(areaNames), districts, localities);
  const entries: GazetteerEntry[] = [
    ...places.map((p) => placeEntry(p, localities)),
    ...osm.streets.map(({ key: _key, ...street }) => street),
    ...police.streets.map(({ key: _key, bbox: _bbox, ...street }) => street),
    ...areaEntries(wards, 'ward', districts),
    ...areaEntries(districts, 'district', districts),
  ];
  const outside = entries.filter((e) => !insideBounds(e));
  if (outside.length > 0) throw new Error(`${outside.length} entries outside LLR, e.g. ${JSON.stringify(outside[0])}`);
  const kindOrder = new Map(GAZETTEER_KINDS.map((k, i) => [k, i]));
  entries.sort(
    (a, b) =>
      kindOrder.get(a.kind)! - kindOrder.get(b.kind)! ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      a.lngLat[0] - b.lngLat[0],
  );
  const file = encodeGazetteerFile(entries, GAZETTEER_ATTRIBUTION);
  // One entry per line: diffs between builds stay readable, and gzip sees the repeated row shape either way.
  const { entries: rows, ...header } = file;
  const text = `${JSON.stringify(header).slice(0, -1)},"entries":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
  writeFileSync(OUTPUT, text);

  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  console.log(`gazetteer: ${entries.length} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const kind of GAZETTEER_KINDS) if (counts.has(kind)) console.log(`  ${kind.padEnd(9)} ${counts.get(kind)}`);
  console.log(`  OSM street pieces read: ${osm.pieces}, joined into ${osm.streets.length} streets`);
  console.log(
    `  police.uk names: ${police.confirmed} already OSM streets, ${police.generic} generic, road numbers or places, ` +
      `${police.streets.length} added`,
  );
  const gzipped = gzipSync(text, { level: 9 }).length;
  console.log(
    `wrote ${path.relative(repoRoot, OUTPUT)}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${(gzipped / 1e3).toFixed(0)} KB gzipped`,
  );
}

main();
