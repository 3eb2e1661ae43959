// `npm run bench`: the figures in the README, each with its ratio to a calibration workload run alongside it.
// A benchmark, not a test: nothing here passes or fails.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { calibrationWorkload, medianMs } from './bench/timing';
import {
  emergingInput,
  giStarInput,
  res10Input,
  runDistanceBands,
  runEmerging,
  runGiStar,
  runLocalMoran,
} from './bench/statistics-bench';
import { makePoliceUkFile } from './bench/make-police-uk-file';
import { browserFigures } from './bench/browser-bench';
import { basemapFigures, basemapReport } from './bench/basemap-bench';
import { brushFigures, brushReport } from './bench/brush-bench';
import { dosageFigures } from './bench/dosage-bench';
import { createNodeEngine, repoRoot } from './cli/node-engine';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const withBrowser = process.env.BENCH_BROWSER !== '0';
/**
 * BENCH_ONLY=basemap runs only the street-basemap comparison; BENCH_ONLY=statistics only the Node statistics;
 * BENCH_ONLY=brush only the chart brushes and time playback in Chromium.
 * BENCH_ONLY=dosage only patrol dosage from 1M synthetic pings (Node and Chromium).
 */
const only = process.env.BENCH_ONLY;

type Report = (name: string, ms: number, budget?: number) => void;

/** The Node statistics lines: Gi*, emerging hot spots, Local Moran's I and the distance-band search. */
async function reportStatistics(report: Report): Promise<void> {
  const gi = giStarInput(50_000);
  runGiStar(giStarInput(5_000)); // warms the JIT on another study area, so the next call still computes neighbours
  report('Gi* over 50,000 H3 cells, new study area (Node)', await medianMs(1, () => runGiStar(gi)), 200);
  report(
    'Gi* over 50,000 H3 cells, same study area again (Node, median of 5)',
    await medianMs(5, () => runGiStar(gi.map((c) => ({ ...c, value: c.value + 1 })))),
    200,
  );
  const cube = emergingInput(24, 20_000);
  report(
    'Emerging hot spots, 24 months × 20,000 cells (Node, median of 3)',
    await medianMs(3, () => runEmerging(cube)),
    1500,
  );
  const res10 = res10Input(27_000);
  const warmUp = res10Input(2_000); // JIT warm-up on a small study area
  runLocalMoran(warmUp);
  runDistanceBands(warmUp);
  report("Local Moran's I, 999 permutations, 27,000 cells (Node)", await medianMs(1, () => runLocalMoran(res10)), 1500);
  report(
    'Distance-band search, 10 distances, 27,000 cells (Node)',
    await medianMs(1, () => runDistanceBands(res10)),
    1000,
  );
  console.log(`    ${runDistanceBands(res10).reason}`);
}

async function main(): Promise<void> {
  const calibrationMs = await medianMs(5, calibrationWorkload);
  const report: Report = (name, ms, budget) =>
    console.log(
      `${name.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms   ×${(ms / calibrationMs).toFixed(1).padStart(6)} calibration${budget ? `   (budget ${budget} ms)` : ''}`,
    );
  console.log(`calibration: sort 1,000,000 doubles = ${calibrationMs.toFixed(0)} ms (median of 5)\n`);
  if (only === 'dosage') {
    const d = await dosageFigures();
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
    report(
      `Patrol dosage, ${d.pings.toLocaleString('en-GB')} pings, 18 hotspots (Node, median of 3)`,
      median(d.nodeMs),
    );
    report('  the same in headless Chromium (median of 3)', median(d.chromiumMs), 3000);
    console.log(
      `    ${d.visits.toLocaleString('en-GB')} visits; runs Node ${d.nodeMs.join(', ')} ms, Chromium ${d.chromiumMs.join(', ')} ms`,
    );
    return;
  }
  if (only === 'basemap') {
    for (const line of basemapReport(await basemapFigures(3))) console.log(line);
    return;
  }

  mkdirSync(path.join(repoRoot, '.bench'), { recursive: true });
  const bigFile = path.join(repoRoot, `.bench/police-uk-${rows}.csv`);
  if (!existsSync(bigFile)) await makePoliceUkFile(rows, bigFile);
  if (only === 'brush') {
    for (const line of brushReport(await brushFigures(bigFile), calibrationMs)) console.log(line);
    return;
  }

  await reportStatistics(report);
  if (only === 'statistics') return;

  const bytes = new Uint8Array(readFileSync(bigFile));
  const engine = await createNodeEngine();
  const started = performance.now();
  const r = await engine.loadPoliceUkStreet('bench.csv', bytes);
  const crimesMs = performance.now() - started;
  await engine.finishDetails();
  const detailsMs = performance.now() - started - crimesMs;
  const mb = (statSync(bigFile).size / 1e6).toFixed(0);
  report(`Ingest ${rows.toLocaleString('en-GB')} police.uk rows, ${mb} MB: crimes, map-ready (Node)`, crimesMs);
  report('  then their details (ids, locations, outcomes), background (Node)', detailsMs);
  console.log(`    ${r.rowsRead.toLocaleString('en-GB')} read, ${r.rowsMapped.toLocaleString('en-GB')} mapped`);
  await engine.close();

  if (withBrowser) {
    const b = await browserFigures(bigFile, 3);
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
    report('Demo first map paint, headless Chromium (median of 3)', median(b.firstPaintMs), 3000);
    report(
      `Load ${rows.toLocaleString('en-GB')} police.uk rows: file chosen → map (Chromium, median of 3)`,
      median(b.ingestMs),
      2500,
    );
    console.log(
      `    runs: ${b.ingestMs.join(', ')} ms (in the page, from the input's change event to the map drawn with the new data)`,
    );
    console.log(`    including Playwright handing Chromium the file: ${b.withFileHandoverMs.join(', ')} ms`);
    console.log(`    ${b.ingestNote}`);
    for (const line of brushReport(await brushFigures(bigFile), calibrationMs)) console.log(line);
    for (const line of basemapReport(await basemapFigures(3))) console.log(line);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
