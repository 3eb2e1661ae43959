import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { ForceArea } from '../../src/data/force-area';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface Place {
  name: string;
  lat: number;
  lng: number;
  population: number;
  district: string;
}
export interface SnapPoint {
  name: string;
  lat: number;
  lng: number;
}

/** Towns and villages with approximate populations (data/reference/llr_places.csv). */
export function readPlaces(): Place[] {
  const [, ...lines] = readFileSync(path.join(repoRoot, 'data/reference/llr_places.csv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [name, lat, lng, population, district] = line.split(',');
    return { name, lat: Number(lat), lng: Number(lng), population: Number(population), district };
  });
}

export function readForceArea(): ForceArea {
  return new ForceArea(
    JSON.parse(readFileSync(path.join(repoRoot, 'public/boundaries/llr_lad.geojson'), 'utf8')).features,
  );
}

/** police.uk's real anonymised snap points for LLR (June 2024), the "On or near …" names and coordinates. */
export function readSnapPoints(): SnapPoint[] {
  const file = path.join(repoRoot, 'data/reference/llr_policeuk_snap_points_2024-06.geojson.gz');
  const fc = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[];
  };
  return fc.features.map((f) => ({
    name: f.properties.name,
    lng: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
}

/** Nearest snap point by a ~1 km grid; police.uk's own anonymisation works the same way (snap to a nearby point). */
export class SnapIndex {
  private readonly cells = new Map<string, SnapPoint[]>();
  private static readonly CELL_DEGREES = 0.01;

  constructor(points: SnapPoint[]) {
    for (const p of points) {
      const key = this.key(Math.floor(p.lat / SnapIndex.CELL_DEGREES), Math.floor(p.lng / SnapIndex.CELL_DEGREES));
      const list = this.cells.get(key) ?? [];
      list.push(p);
      this.cells.set(key, list);
    }
  }

  private key(row: number, col: number): string {
    return `${row}:${col}`;
  }

  nearest(lat: number, lng: number): SnapPoint {
    const row = Math.floor(lat / SnapIndex.CELL_DEGREES);
    const col = Math.floor(lng / SnapIndex.CELL_DEGREES);
    let best: SnapPoint | null = null;
    let bestDistance = Infinity;
    for (let ring = 0; ring < 40 && (best === null || ring < 2); ring++) {
      for (let r = row - ring; r <= row + ring; r++) {
        for (let c = col - ring; c <= col + ring; c++) {
          if (Math.max(Math.abs(r - row), Math.abs(c - col)) !== ring) continue;
          for (const p of this.cells.get(this.key(r, c)) ?? []) {
            const d = (p.lat - lat) ** 2 + ((p.lng - lng) * 0.61) ** 2; // cos(52.6°) ≈ 0.61
            if (d < bestDistance) {
              bestDistance = d;
              best = p;
            }
          }
        }
      }
    }
    return best!;
  }
}
