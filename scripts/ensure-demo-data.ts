// Runs before `npm start` and `npm run build`: generates data/demo/ when it is missing or from an older generator.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateDemoData, GENERATOR_VERSION } from './generate-demo-data';
import { repoRoot } from './demo/geography';

const manifestFile = path.join(repoRoot, 'data/demo/manifest.json');
const current =
  existsSync(manifestFile) && JSON.parse(readFileSync(manifestFile, 'utf8')).generatorVersion === GENERATOR_VERSION;
if (!current) {
  const started = performance.now();
  console.log('Generating the demo data (first run only)…');
  const manifest = generateDemoData();
  console.log(
    `  ${manifest.counts.crimes.toLocaleString('en-GB')} crimes, ${manifest.counts.pings.toLocaleString('en-GB')} patrol pings in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
