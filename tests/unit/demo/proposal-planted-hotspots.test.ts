// The GRIP hotspot proposal on the demo, with every default, must find the 18 hotspots the generator planted
// (scripts/demo/hotspots.ts): a planted street segment counts as found when a proposed centre lies within 150 m of it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import { proposeHotspots, type HotspotProposal } from '../../../src/analysis/hotspot-proposal';
import type { Engine } from '../../../src/data/engine';
import { PLANTED_HOTSPOTS, type PlantedHotspot } from '../../../scripts/demo/hotspots';
import { createNodeEngine, repoRoot } from '../../../scripts/cli/node-engine';
import { generateDemoData } from '../../../scripts/generate-demo-data';

const crimesCsv = path.join(repoRoot, 'data/demo/crimes.csv');
let engine: Engine;
let proposal: HotspotProposal;

beforeAll(async () => {
  if (!existsSync(crimesCsv)) generateDemoData();
  engine = await createNodeEngine();
  await engine.loadDemoCrimes('crimes.csv', new Uint8Array(readFileSync(crimesCsv)));
  await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
  proposal = proposeHotspots(await engine.hotspotInputs());
}, 120_000);
afterAll(async () => engine.close());

/** Metres from a point to a planted segment, on a local flat projection (segments are ≤ 300 m long). */
function metresToSegment(h: PlantedHotspot, [lng, lat]: [number, number]): number {
  const ky = 111_320;
  const kx = ky * Math.cos((lat * Math.PI) / 180);
  const [ax, ay] = [(h.from[0] - lng) * kx, (h.from[1] - lat) * ky];
  const [dx, dy] = [(h.to[0] - h.from[0]) * kx, (h.to[1] - h.from[1]) * ky];
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

describe('the proposal on the demo', () => {
  it('uses the defaults: the latest 12 months, the serious-violence types, 18 hotspots', () => {
    expect(proposal.selection).toEqual({
      fromMonth: '2025-01',
      toMonth: '2025-12',
      crimeTypes: [
        'Anti-social behaviour',
        'Possession of weapons',
        'Public order',
        'Robbery',
        'Violence and sexual offences',
      ],
    });
    expect(proposal.hotspots).toHaveLength(18);
    expect(proposal.stabilityWindowEnds).toHaveLength(13);
  });

  it('recovers at least 15 of the 18 planted hotspots', () => {
    const found = PLANTED_HOTSPOTS.filter((planted) =>
      proposal.hotspots.some((h) => metresToSegment(planted, h.centreLngLat) <= 150),
    );
    expect(found.length, `found: ${found.map((h) => h.hotspotId).join(' ')}`).toBeGreaterThanOrEqual(15);
  });
});
