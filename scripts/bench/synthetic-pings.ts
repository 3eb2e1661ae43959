// Synthetic patrol GPS pings for the dosage bench: units that walk from one GRIP hotspot to another, a fix every 30 s,
// stopping 5 to 20 minutes at each (pings jittered round its centre) and spending as long again travelling (pings
// scattered across the city), so about half the pings fall inside a hotspot's box, as in a real patrol shift.
import type { PatrolPing } from '../../src/analysis/patrol/visits';

/** Park–Miller, so the same seed gives the same pings in Node and in Chromium. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

export function syntheticPings(count: number, centres: [number, number][], units = 200, seed = 17): PatrolPing[] {
  const next = random(seed);
  const pings: PatrolPing[] = new Array(count);
  const perUnit = Math.ceil(count / units);
  const startMs = Date.UTC(2025, 0, 1, 6);
  let i = 0;
  for (let u = 0; u < units && i < count; u++) {
    const unitId = `GRIP-${String(u).padStart(3, '0')}`;
    let atMs = startMs;
    for (let k = 0; k < perUnit && i < count;) {
      const [lng, lat] = centres[Math.floor(next() * centres.length)];
      const stay = 10 + Math.floor(next() * 30);
      for (let s = 0; s < stay && k < perUnit && i < count; s++, k++, atMs += 30_000)
        pings[i++] = { unitId, atMs, lngLat: [lng + (next() - 0.5) * 0.0006, lat + (next() - 0.5) * 0.0004] };
      const travel = 10 + Math.floor(next() * 30);
      for (let s = 0; s < travel && k < perUnit && i < count; s++, k++, atMs += 30_000)
        pings[i++] = { unitId, atMs, lngLat: [-1.3 + next() * 0.4, 52.5 + next() * 0.3] };
    }
  }
  return pings.slice(0, i);
}
