// `npm run screenshots`: refreshes the README's pictures in docs/ on purpose. Browser tests only ever write under
// test-results/screenshots/; this builds the app when the build is older than its sources, runs the browser tests that
// take the pictures, and copies them into docs/ (nothing is copied unless every one of them passed).
// `tsx scripts/screenshots.ts [part of a name …]` refreshes only the pictures whose names contain one of the parts.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** docs/screenshot-<name>.png ← test-results/screenshots/<name>.png, and the browser test that takes it. */
const PICTURES: { name: string; test: string }[] = [
  { name: 'map', test: 'the demo map draws thousands of hex pixels' },
  { name: 'hotspots', test: 'outlines the GRIP hotspots in Leicester city centre' },
  { name: 'tooltip', test: 'legend, filters and tooltip respond' },
  { name: 'gi-star', test: 'Gi* hot spots and emerging hot spots draw' },
  { name: 'emerging', test: 'Gi* hot spots and emerging hot spots draw' },
  { name: 'load-report', test: 'loading police.uk files through the file input' },
  { name: 'keyboard-1440', test: 'keyboard only: skip link, Tab order' },
  { name: 'gi-star-1440', test: 'the app at 1440 px, and at 1920 px with large text' },
  { name: 'large-text-1920', test: 'the app at 1440 px, and at 1920 px with large text' },
  { name: 'hotspot-proposal', test: 'the GRIP hotspot set: propose 18' },
  { name: 'hotspot-comparison', test: 'the GRIP hotspot set: propose 18' },
  { name: 'hotspot-tooltip', test: 'hovering a GRIP hotspot names it' },
  { name: 'street-basemap', test: 'street basemap at Leicester city centre' },
  { name: 'place-search', test: 'place search: "Loughb" offers Loughborough' },
  { name: 'points-of-interest', test: 'points of interest: off by default' },
  { name: 'gi-study-area-city', test: 'Gi* over Leicester city at resolution 10' },
  { name: 'gi-llr-city-centre', test: 'Gi* over Leicester city at resolution 10' },
  { name: 'clusters-city', test: 'clusters and outliers (local Moran' },
  ...['palettes', 'counts', 'gi-star', 'emerging', 'emerging-hatch'].map((view) => ({
    name: `${view}-deuteranopia`,
    test: 'deuteranopia screenshots of crime per hex, Gi* and emerging hot spots',
  })),
];

const only = process.argv.slice(2);
const pictures = only.length > 0 ? PICTURES.filter((p) => only.some((part) => p.name.includes(part))) : PICTURES;
if (pictures.length === 0) {
  console.error(`no picture's name contains ${only.join(' or ')}`);
  process.exit(1);
}

function newestMs(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestMs(path.join(target, name))));
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => path.join(repoRoot, p));
const builtMs = newestMs(path.join(repoRoot, 'dist/index.html'));
if (builtMs === 0 || Math.max(...sources.map(newestMs)) > builtMs) run('npm', ['run', 'build', '--silent']);
else console.log('dist/ is newer than the sources: not rebuilding');

const shots = path.join(repoRoot, 'test-results/screenshots');
rmSync(shots, { recursive: true, force: true });
try {
  run('npx', ['tsx', 'tests/e2e/run.ts', ...new Set(pictures.map((p) => p.test))]);
} catch {
  console.error('a browser test failed: docs/ left as it was');
  process.exit(1);
}
const missing = pictures.filter((p) => !existsSync(path.join(shots, `${p.name}.png`)));
if (missing.length > 0) {
  console.error(`no picture taken for ${missing.map((p) => p.name).join(', ')}: docs/ left as it was`);
  process.exit(1);
}
for (const { name } of pictures) {
  copyFileSync(path.join(shots, `${name}.png`), path.join(repoRoot, `docs/screenshot-${name}.png`));
  console.log(`docs/screenshot-${name}.png`);
}
