// The demo generator: deterministic, Leicestershire-shaped, with the structure the analysis has to find.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../scripts/generate-demo-data';
import { PLANTED_HOTSPOTS } from '../../../scripts/demo/hotspots';
import { readForceArea } from '../../../scripts/demo/geography';
import { TYPE_COUNTS_JUNE_2024 } from '../../../scripts/demo/crime-model';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';

const csvRows = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1);
const metres = (a: [number, number], b: [number, number]) =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 111_320);

let out: string;
let crimes: { time: string; type: string; lat: number; lng: number }[];
beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'grip-demo-'));
  generateDemoData({ seed: 7, out, scale: 0.25 });
  crimes = csvRows(path.join(out, 'crimes.csv')).map((line) => {
    const f = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    return { time: f[1], type: f[2], lat: Number(f[3]), lng: Number(f[4]) };
  });
}, 60_000);

describe('demo data generator', () => {
  it('is deterministic: the same seed gives byte-identical files, another seed does not', () => {
    const again = mkdtempSync(path.join(tmpdir(), 'grip-demo-'));
    const other = mkdtempSync(path.join(tmpdir(), 'grip-demo-'));
    const first = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')).sha256;
    expect(generateDemoData({ seed: 7, out: again, scale: 0.25 }).sha256).toEqual(first);
    expect(generateDemoData({ seed: 8, out: other, scale: 0.25 }).sha256['crimes.csv']).not.toBe(first['crimes.csv']);
  }, 60_000);

  it('uses crime type shares measured from the real June 2024 month (within 1.5 points)', () => {
    const sample = fixturePath(REAL_POLICE_UK_MONTH);
    const real = execFileSync('awk', ['-F,', 'NR > 1 { n[$10]++ } END { for (t in n) print t "\t" n[t] }', sample], {
      encoding: 'utf8',
    });
    const realCounts = Object.fromEntries(
      real
        .trim()
        .split('\n')
        .map((l) => l.split('\t'))
        .map(([t, n]) => [t, Number(n)]),
    );
    expect(realCounts).toEqual(TYPE_COUNTS_JUNE_2024);
    const realTotal = Object.values(realCounts).reduce((a, b) => a + b, 0);
    for (const [type, n] of Object.entries(realCounts)) {
      const generated = crimes.filter((c) => c.type === type).length / crimes.length;
      expect(Math.abs(generated - n / realTotal), type).toBeLessThan(0.015);
    }
  });

  it('keeps every crime inside LLR', () => {
    const area = readForceArea();
    expect(crimes.filter((c) => !area.contains(c.lat, c.lng))).toEqual([]);
  });

  it('plants 18 hotspots that carry far more violence and ASB than an average street', () => {
    expect(PLANTED_HOTSPOTS).toHaveLength(18);
    for (const h of PLANTED_HOTSPOTS) expect(metres(h.from, h.to)).toBeGreaterThanOrEqual(100);
    const near = (h: (typeof PLANTED_HOTSPOTS)[number]) =>
      crimes.filter((c) => metres([c.lng, c.lat], h.from) < 250 || metres([c.lng, c.lat], h.to) < 250).length;
    // A 250 m disc is ~0.2 km²; LLR is ~2,500 km², so an average disc would hold ~0.008% of crimes.
    for (const h of PLANTED_HOTSPOTS) expect(near(h) / crimes.length, h.label).toBeGreaterThan(0.002);
  });

  it('has the night-time economy rhythm: violence late on Friday/Saturday well above Tuesday', () => {
    const late = (weekday: number) =>
      crimes.filter((c) => {
        const [date, clock] = c.time.split(' ');
        const hour = Number(clock.slice(0, 2));
        return (
          c.type === 'Violence and sexual offences' &&
          new Date(`${date}T00:00:00Z`).getUTCDay() === weekday &&
          hour >= 21
        );
      }).length;
    expect(late(5) + late(6)).toBeGreaterThan(2 * 2 * late(2));
  });

  it('writes police.uk months as published: exact header, ASB without Crime ID, ~3% unlocated', () => {
    const file = path.join(out, 'police-uk/2025-06/2025-06-leicestershire-street.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
    expect(header).toBe(
      'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context',
    );
    const asb = rows.filter((r) => r.includes(',Anti-social behaviour,'));
    expect(asb.length).toBeGreaterThan(0);
    expect(asb.every((r) => r.startsWith(','))).toBe(true);
    const unlocated = rows.filter((r) => r.includes('No Location')).length / rows.length;
    expect(unlocated).toBeGreaterThan(0.01);
    expect(unlocated).toBeLessThan(0.06);
  });

  it('writes 60 interventions of all three prevention tiers inside LLR, two at each planted hotspot', () => {
    const fc = JSON.parse(readFileSync(path.join(out, 'interventions.geojson'), 'utf8'));
    const features: { properties: Record<string, string>; geometry: { coordinates: [number, number] } }[] = fc.features;
    expect(features).toHaveLength(60);
    const tiers = new Set(features.map((f) => f.properties.tier));
    expect([...tiers].sort()).toEqual(['primary', 'secondary', 'tertiary']);
    const area = readForceArea();
    expect(features.filter((f) => !area.contains(f.geometry.coordinates[1], f.geometry.coordinates[0]))).toEqual([]);
    for (const h of PLANTED_HOTSPOTS) {
      const near = features.filter((f) => metres(f.geometry.coordinates, h.from) < 400);
      expect(near.length, h.label).toBeGreaterThanOrEqual(2);
    }
    expect(features.every((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.properties.date))).toBe(true);
  });

  it('records its planted patrol effect, randomises patrol days 50/50, and keeps visits mostly 10–15 minutes', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.trueEffect.reduction).toBeCloseTo(0.22);
    expect(manifest.trueEffect.hotspotCrimesSuppressed).toBeGreaterThan(0);
    const schedule = csvRows(path.join(out, 'patrol_schedule.csv'));
    const patrolShare = schedule.filter((r) => r.endsWith(',patrol')).length / schedule.length;
    expect(patrolShare).toBeGreaterThan(0.45);
    expect(patrolShare).toBeLessThan(0.55);
    const visits = csvRows(path.join(out, 'patrol_visits.csv'));
    const minutes = visits.map((v) => {
      const [, , start, end] = v.split(',');
      return (Date.parse(`${end.replace(' ', 'T')}Z`) - Date.parse(`${start.replace(' ', 'T')}Z`)) / 60_000;
    });
    expect(minutes.filter((m) => m >= 10 && m <= 15).length / minutes.length).toBeGreaterThan(0.75);
  });
});
