// The real June 2024 Leicestershire police.uk month (tests/fixtures/police-uk, OGL v3) on real DuckDB-WASM, and a
// hand-drawn polygon over Leicester city centre: what the profile, cube and export tests count against.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { Engine } from '../../../src/data/engine';
import { ForceArea } from '../../../src/data/force-area';
import { fixturePath, readFixture, REAL_POLICE_UK_MONTH } from '../../fixture';

const root = path.resolve(__dirname, '../../..');

/** A hand-drawn pentagon over Leicester city centre (not an H3 footprint: counts in it must be exact). */
export const CITY_CENTRE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.1405, 52.6285],
      [-1.1235, 52.6295],
      [-1.1195, 52.6382],
      [-1.1318, 52.6431],
      [-1.1432, 52.6365],
      [-1.1405, 52.6285],
    ],
  ],
};

/** An engine over LLR with the default harm weights, the real month loaded and its details written. */
export async function realMonthEngine(): Promise<Engine> {
  const boundary = JSON.parse(readFileSync(path.join(root, 'public/boundaries/llr_lad.geojson'), 'utf8')).features;
  const engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
  await engine.init();
  await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
  const file = fixturePath(REAL_POLICE_UK_MONTH);
  await engine.loadPoliceUkStreet(path.basename(file), new Uint8Array(readFileSync(file)));
  await engine.finishDetails();
  return engine;
}

/** The month's located rows whose points fall in a polygon, by column, straight from the CSV (no quoted fields). */
export function realMonthRowsInside(polygon: Polygon): Record<string, string>[] {
  const [header, ...lines] = readFixture(REAL_POLICE_UK_MONTH).toString('utf8').trim().split('\n');
  const names = header.split(',');
  const [lon, lat] = [names.indexOf('Longitude'), names.indexOf('Latitude')];
  return lines
    .map((l) => l.split(','))
    .filter((f) => f[lon] !== '' && booleanPointInPolygon([Number(f[lon]), Number(f[lat])], polygon))
    .map((f) => Object.fromEntries(names.map((n, i) => [n, f[i]])));
}
