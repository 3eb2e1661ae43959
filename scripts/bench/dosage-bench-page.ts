// The dosage bench's page side, bundled by dosage-bench.ts and run in headless Chromium: synthetic pings through
// detectVisits and patrolDosage, the same code the engine worker runs.
import { patrolDosage } from '../../src/analysis/patrol/dosage';
import { detectVisits, type DosageHotspot } from '../../src/analysis/patrol/visits';
import { syntheticPings } from './synthetic-pings';

export function run(hotspots: DosageHotspot[], centres: [number, number][], count: number) {
  const pings = syntheticPings(count, centres);
  const started = performance.now();
  const dosage = patrolDosage(detectVisits(pings, hotspots));
  const ms = performance.now() - started;
  const visits = Object.values(dosage.hotspots).reduce((s, h) => s + h.visits, 0);
  return { ms, pings: pings.length, visits };
}
