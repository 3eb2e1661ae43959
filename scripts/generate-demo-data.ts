// Deterministic Leicestershire-shaped demo data: `npx tsx scripts/generate-demo-data.ts [--seed N] [--out data/demo]
// [--scale 1] [--effect 0.22]` (`--effect 0`: no planted patrol effect, for checking the evaluation finds none).
// The generative model is described in docs/demo-data.md.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Random } from './demo/random';
import { readForceArea, readPlaces, readSnapPoints, repoRoot, SnapIndex } from './demo/geography';
import { planPatrols, TRUE_EFFECT, POST_VISIT_MINUTES } from './demo/patrols';
import { generateCrimes } from './demo/crimes';
import { writeCrimes, writeFirstView, writeHotspots, writePatrols, writePoliceUkMonths } from './demo/write-files';
import { generateInterventions, writeInterventions } from './demo/interventions';

export const GENERATOR_VERSION = 6;
export const DEFAULT_SEED = 20240101;

export interface DemoOptions {
  seed?: number;
  out?: string;
  scale?: number;
  /** The planted patrol effect (share of post-visit hotspot crimes suppressed); default TRUE_EFFECT, 0 for none. */
  trueEffect?: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

export function generateDemoData({
  seed = DEFAULT_SEED,
  out = path.join(repoRoot, 'data/demo'),
  scale = 1,
  trueEffect = TRUE_EFFECT,
}: DemoOptions = {}) {
  if (!(trueEffect >= 0 && trueEffect <= 1)) throw new Error(`The planted effect must be 0–1 (got ${trueEffect}).`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Independent streams, so changing one part of the model does not reshuffle the others.
  const rng = (stream: number) => new Random(seed * 31 + stream);
  const area = readForceArea();
  const snaps = new SnapIndex(readSnapPoints());
  const places = readPlaces();
  const plan = planPatrols(rng(1));
  const toStreet = (lat: number, lng: number): [number, number] => {
    const p = snaps.nearest(lat, lng);
    return [p.lat, p.lng];
  };
  const { crimes, suppressed } = generateCrimes(
    rng(2),
    places,
    (lat, lng) => area.contains(lat, lng),
    toStreet,
    plan,
    scale,
    trueEffect,
  );
  const cells = writeCrimes(out, crimes, snaps);
  writeFirstView(out, cells, crimes);
  const counts = {
    crimes: cells.length,
    policeUkMonths: writePoliceUkMonths(out, crimes, snaps, rng(3)),
    ...writePatrols(out, plan, rng(4)),
    hotspots: writeHotspots(out, snaps),
    interventions: writeInterventions(out, generateInterventions(rng(5), places, snaps, area)),
  };
  const sha256 = Object.fromEntries(
    filesUnder(out).map((f) => [path.relative(out, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    counts,
    trueEffect: { reduction: trueEffect, windowMinutes: POST_VISIT_MINUTES, hotspotCrimesSuppressed: suppressed },
    sha256,
  };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const started = performance.now();
  const manifest = generateDemoData({
    seed: Number(arg('seed') ?? DEFAULT_SEED),
    out: arg('out'),
    scale: Number(arg('scale') ?? 1),
    trueEffect: Number(arg('effect') ?? TRUE_EFFECT),
  });
  console.log(
    `demo data: ${manifest.counts.crimes} crimes, ${manifest.counts.pings} patrol pings, ${manifest.counts.visits} visits in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
