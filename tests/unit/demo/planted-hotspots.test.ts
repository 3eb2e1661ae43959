// End to end on the demo: DuckDB-WASM aggregates the generated crimes into a monthly H3 cube and Emerging Hot Spot
// Analysis must recover what the generator planted (scripts/demo/hotspots.ts): every GRIP hotspot hot, emerging ones
// trending up, fading ones trending down.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { latLngToCell } from 'h3-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILTER } from '../../../src/analysis/crime-filter';
import { emergingCells, monthsBetween, type EmergingCell } from '../../../src/data/hot-spot-statistics';
import type { Engine } from '../../../src/data/engine';
import { PLANTED_HOTSPOTS } from '../../../scripts/demo/hotspots';
import { createNodeEngine, repoRoot } from '../../../scripts/cli/node-engine';
import { generateDemoData } from '../../../scripts/generate-demo-data';

const crimesCsv = path.join(repoRoot, 'data/demo/crimes.csv');
let engine: Engine;
let byCell: Map<string, EmergingCell>;

beforeAll(async () => {
  if (!existsSync(crimesCsv)) generateDemoData();
  engine = await createNodeEngine();
  await engine.loadDemoCrimes('crimes.csv', new Uint8Array(readFileSync(crimesCsv)));
  const filter = {
    ...DEFAULT_FILTER,
    resolution: 9,
    crimeTypes: ['Violence and sexual offences', 'Anti-social behaviour', 'Public order'],
  };
  const result = await emergingCells(engine, engine.forceArea, filter, monthsBetween('2024-01', '2025-12'), {
    harm: false,
    fdr: false,
  });
  byCell = new Map(result.cells.map((c) => [c.h3, c]));
}, 120_000);
afterAll(async () => engine.close());

const categoryOf = (h: (typeof PLANTED_HOTSPOTS)[number]) =>
  byCell.get(latLngToCell((h.from[1] + h.to[1]) / 2, (h.from[0] + h.to[0]) / 2, 9))?.category ?? 'No Pattern Detected';

describe('emerging hot spots on the demo find the planted GRIP hotspots', () => {
  it('classifies all 18 as hot spots', () => {
    for (const h of PLANTED_HOTSPOTS) expect(categoryOf(h), `${h.hotspotId} ${h.label}`).toMatch(/Hot Spot$/);
  });

  it('sees the emerging ones intensify and never diminish', () => {
    const emerging = PLANTED_HOTSPOTS.filter((h) => h.trend === 'emerging').map(categoryOf);
    expect(emerging.filter((c) => c === 'Intensifying Hot Spot').length).toBeGreaterThanOrEqual(3);
    expect(emerging).not.toContain('Diminishing Hot Spot');
  });

  it('sees the fading ones diminish and never intensify', () => {
    const fading = PLANTED_HOTSPOTS.filter((h) => h.trend === 'fading').map(categoryOf);
    expect(fading.filter((c) => c === 'Diminishing Hot Spot').length).toBeGreaterThanOrEqual(3);
    expect(fading).not.toContain('Intensifying Hot Spot');
  });
});
