// Patrol dosage (issue 17: 1M pings in ≤ 3 s in Chromium): synthetic pings round the demo's 18 GRIP hotspots, as the
// app's set holds them (resolution-10 cells), through detectVisits + patrolDosage, in Node and in headless Chromium.
// Only the pure step is timed: reading the pings out of DuckDB is the engine's, and is timed by the ingest figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { cellsPolygon } from '../../src/analysis/hotspot-proposal';
import { cellsOfShape } from '../../src/analysis/hotspot-set/shapes';
import { dosageHotspot, type DosageHotspot } from '../../src/analysis/patrol/visits';
import { launchBrowser } from '../../tests/e2e/harness';
import { repoRoot } from '../cli/node-engine';
import { run } from './dosage-bench-page';

function demoHotspots(): { hotspots: DosageHotspot[]; centres: [number, number][] } {
  const file = path.join(repoRoot, 'data/demo/hotspots.geojson');
  const features = JSON.parse(readFileSync(file, 'utf8')).features;
  const shapes = features.map((f: { properties: { hotspot_id: string }; geometry: never }) => ({
    id: f.properties.hotspot_id,
    ...cellsOfShape(f.geometry),
  }));
  return {
    hotspots: shapes.map((s: { id: string; cells: string[] }) => dosageHotspot(s.id, cellsPolygon(s.cells))),
    centres: shapes.map((s: { centreLngLat: [number, number] }) => s.centreLngLat),
  };
}

/** The page side as one script (vite's library build: an IIFE exposing `gripDosageBench.run`). */
async function pageScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.join(repoRoot, 'scripts/bench/dosage-bench-page.ts'),
        formats: ['iife'],
        name: 'gripDosageBench',
      },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  return (first as { output: { code?: string }[] }).output[0].code!;
}

export interface DosageFigures {
  nodeMs: number[];
  chromiumMs: number[];
  pings: number;
  visits: number;
}

export async function dosageFigures(count = 1_000_000, runs = 3): Promise<DosageFigures> {
  const { hotspots, centres } = demoHotspots();
  const nodeMs: number[] = [];
  let result = { pings: 0, visits: 0 };
  for (let i = 0; i < runs; i++) {
    const r = run(hotspots, centres, count);
    nodeMs.push(Math.round(r.ms));
    result = r;
  }
  const script = await pageScript();
  const browser = await launchBrowser();
  const chromiumMs: number[] = [];
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: script });
    for (let i = 0; i < runs; i++) {
      const r = (await page.evaluate(
        `gripDosageBench.run(${JSON.stringify(hotspots)}, ${JSON.stringify(centres)}, ${count})`,
      )) as { ms: number; visits: number };
      chromiumMs.push(Math.round(r.ms));
      if (r.visits !== result.visits) throw new Error(`Chromium found ${r.visits} visits, Node ${result.visits}`);
    }
  } finally {
    await browser.close();
  }
  return { nodeMs, chromiumMs, ...result };
}
