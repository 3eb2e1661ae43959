import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cellToParent, latLngToCell } from 'h3-js';
import { STORED_RESOLUTION } from '../../src/data/h3-index';
import type { Random } from './random';
import type { DemoCrime } from './crimes';
import type { SnapIndex } from './geography';
import { PLANTED_HOTSPOTS } from './hotspots';
import { DAYS, PATROL_FIRST_DAY, pingsForVisit, type PatrolPlan } from './patrols';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2024, 0, 1);
const two = (n: number) => String(n).padStart(2, '0');
export const dateOf = (dayIndex: number) => new Date(EPOCH_MS + dayIndex * DAY_MS).toISOString().slice(0, 10);
const clock = (minute: number) => `${two(Math.floor(minute / 60) % 24)}:${two(minute % 60)}`;
/** Minutes past midnight can run over 24 h (a visit that crosses midnight): roll the date on. */
const stamp = (dayIndex: number, minute: number) =>
  `${dateOf(dayIndex + Math.floor(minute / 1440))} ${clock(minute % 1440)}`;
const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function write(file: string, lines: string[]): number {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lines.length - 1;
}

/**
 * The default first view (all types, all months, resolution 9), precomputed so the app can draw it while DuckDB-WASM
 * is still compiling; the same numbers then come from SQL (a test checks they agree).
 */
export function writeFirstView(out: string, cellsR10: string[], crimes: DemoCrime[]): void {
  const counts = new Map<string, number>();
  for (const cell of cellsR10) {
    const parent = cellToParent(cell, 9);
    counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  const types = new Map<string, number>();
  for (const c of crimes) types.set(c.crimeType, (types.get(c.crimeType) ?? 0) + 1);
  const view = {
    resolution: 9,
    rowsStored: crimes.length,
    firstMonth: dateOf(crimes[0].dayIndex).slice(0, 7),
    lastMonth: dateOf(crimes[crimes.length - 1].dayIndex).slice(0, 7),
    crimeTypes: [...types]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([crime_type, n]) => ({ crime_type, crimes: n })),
    hexes: [...counts].sort((a, b) => a[0].localeCompare(b[0])),
  };
  writeFileSync(path.join(out, 'first-view.json'), JSON.stringify(view));
}

export function writeCrimes(out: string, crimes: DemoCrime[], snaps: SnapIndex): string[] {
  const cells: string[] = [];
  const lines = ['crime_id,occurred_at,crime_type,latitude,longitude,location,lsoa_code,h3_r10'];
  crimes.forEach((c, i) => {
    const location = `On or near ${snaps.nearest(c.lat, c.lng).name}`;
    const lat = c.lat.toFixed(6);
    const lng = c.lng.toFixed(6);
    // Pre-indexed (like a prepared tile set) so the demo's first map is quick; the cell is of the rounded point.
    const cell = latLngToCell(Number(lat), Number(lng), STORED_RESOLUTION);
    cells.push(cell);
    lines.push(
      [
        `DEMO-${String(i + 1).padStart(6, '0')}`,
        stamp(c.dayIndex, c.minute),
        c.crimeType,
        lat,
        lng,
        csvField(location),
        '',
        cell,
      ].join(','),
    );
  });
  write(path.join(out, 'crimes.csv'), lines);
  return cells;
}

const OUTCOMES = [
  'Investigation complete; no suspect identified',
  'Unable to prosecute suspect',
  'Under investigation',
  'Status update unavailable',
  'Awaiting court outcome',
  'Local resolution',
  'Offender given a caution',
];

/** The same crimes as data.police.uk publishes them: month only, snapped to "On or near" points, ~3% unlocated. */
export function writePoliceUkMonths(
  out: string,
  crimes: DemoCrime[],
  snaps: SnapIndex,
  rng: Random,
): Record<string, number> {
  const header =
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
  const byMonth = new Map<string, string[]>();
  for (const c of crimes) {
    const month = dateOf(c.dayIndex).slice(0, 7);
    const asb = c.crimeType === 'Anti-social behaviour';
    const located = rng.next() >= 0.03;
    const snap = snaps.nearest(c.lat, c.lng);
    const row = [
      asb ? '' : rng.hex(64),
      month,
      'Leicestershire Police',
      'Leicestershire Police',
      located ? snap.lng.toFixed(6) : '',
      located ? snap.lat.toFixed(6) : '',
      located ? csvField(`On or near ${snap.name}`) : 'No Location',
      '',
      '',
      c.crimeType,
      asb ? '' : OUTCOMES[Math.floor(rng.next() * OUTCOMES.length)],
      '',
    ].join(',');
    byMonth.set(month, [...(byMonth.get(month) ?? []), row]);
  }
  const counts: Record<string, number> = {};
  for (const [month, rows] of byMonth) {
    counts[month] = write(path.join(out, 'police-uk', month, `${month}-leicestershire-street.csv`), [header, ...rows]);
  }
  return counts;
}

export function writePatrols(
  out: string,
  plan: PatrolPlan,
  rng: Random,
): { pings: number; visits: number; scheduleDays: number } {
  const pings = ['unit_id,timestamp,latitude,longitude,h3_r10'];
  const visits = ['hotspot_id,unit_id,start,end'];
  for (const v of plan.visits) {
    const track = pingsForVisit(rng, v);
    for (const p of track) {
      const minute = Math.floor(p.second / 60);
      const [lng, lat] = [p.lngLat[0].toFixed(6), p.lngLat[1].toFixed(6)];
      const cell = latLngToCell(Number(lat), Number(lng), STORED_RESOLUTION);
      pings.push([v.unitId, `${stamp(v.dayIndex, minute)}:${two(p.second % 60)}`, lat, lng, cell].join(','));
    }
    visits.push(
      [
        v.hotspot.hotspotId,
        v.unitId,
        stamp(v.dayIndex, v.startMinute),
        stamp(v.dayIndex, v.startMinute + v.minutes),
      ].join(','),
    );
  }
  const schedule = ['hotspot_id,date,arm'];
  for (let day = PATROL_FIRST_DAY; day < DAYS; day++) {
    for (const h of PLANTED_HOTSPOTS)
      schedule.push([h.hotspotId, dateOf(day), plan.arms.get(`${h.hotspotId}:${day}`)].join(','));
  }
  return {
    pings: write(path.join(out, 'patrol_pings.csv'), pings),
    visits: write(path.join(out, 'patrol_visits.csv'), visits),
    scheduleDays: write(path.join(out, 'patrol_schedule.csv'), schedule),
  };
}

export function writeHotspots(out: string, snaps: SnapIndex): number {
  const features = PLANTED_HOTSPOTS.map((h) => {
    const street = snaps.nearest((h.from[1] + h.to[1]) / 2, (h.from[0] + h.to[0]) / 2).name;
    return {
      type: 'Feature',
      properties: {
        hotspot_id: h.hotspotId,
        name: `${h.label}, ${h.town}`,
        nearest_street: street,
        town: h.town,
        district: h.district,
        trend: h.trend,
        crimesPerYear: h.crimesPerYear,
      },
      geometry: { type: 'LineString', coordinates: [h.from, h.to] },
    };
  });
  writeFileSync(
    path.join(out, 'hotspots.geojson'),
    `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`,
  );
  return features.length;
}
