// `npm run grip -- dosage --pings pings.csv --hotspots hotspots.geojson`: visits and patrol dosage per GRIP hotspot
// from GPS pings, read with the app's own ingest (any ping columns the app accepts) and the rules in analysis/patrol.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_STREET_BUFFER_METRES } from '../../src/analysis/hotspot-area';
import { readPatrolHotspots } from '../../src/analysis/patrol/schedule-hotspots';
import {
  DEFAULT_DETECTION_RULES,
  dosageHotspot,
  visitMinutes,
  type DosageHotspot,
} from '../../src/analysis/patrol/visits';
import { naiveIso } from '../../src/analysis/patrol/naive-time';
import type { DosageCounts } from '../../src/analysis/patrol/dosage';
import { reasonSentence } from '../../src/data/formats/set-aside-reasons';
import { ingestFiles } from '../../src/data/ingest-files';
import { queryPatrolDosage } from '../../src/data/patrol-dosage';
import { flagValue } from './cli-args';
import { createNodeEngine } from './node-engine';

export interface DosageArgs {
  pingsPath: string;
  hotspotsPath: string;
  gapSeconds: number;
  minDwellSeconds: number;
  bufferMetres: number;
  json: boolean;
}

type HotspotJson = Omit<DosageCounts, 'longestVisitMinutes'>;
export interface DosageJson {
  hotspots: Record<string, HotspotJson>;
  visits: { hotspot_id: string; unit_id: string; start: string; end: string; minutes: number }[];
}

/** The command line as arguments, or the sentence saying what is wrong with it. */
export function parseDosageArgs(args: string[]): DosageArgs | { error: string } {
  const pingsPath = flagValue(args, 'pings');
  const hotspotsPath = flagValue(args, 'hotspots');
  if (!pingsPath) return { error: 'dosage needs --pings <file.csv>: the patrol GPS pings to read.' };
  if (!hotspotsPath) return { error: 'dosage needs --hotspots <file.geojson>: the GRIP hotspots to measure.' };
  const numbers: [string, number, boolean][] = [
    ['gap-s', DEFAULT_DETECTION_RULES.gapSeconds, false],
    ['min-dwell-s', DEFAULT_DETECTION_RULES.minDwellSeconds, true],
    ['buffer-m', DEFAULT_STREET_BUFFER_METRES, false],
  ];
  const values: number[] = [];
  for (const [name, fallback, zeroAllowed] of numbers) {
    const text = flagValue(args, name);
    const value = text === null ? fallback : Number(text);
    if (text === '' || !Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0))
      return {
        error: `--${name} must be a number of ${name.endsWith('-m') ? 'metres' : 'seconds'} ${zeroAllowed ? '0 or more' : 'above 0'} (got "${text}").`,
      };
    values.push(value);
  }
  const [gapSeconds, minDwellSeconds, bufferMetres] = values;
  return { pingsPath, hotspotsPath, gapSeconds, minDwellSeconds, bufferMetres, json: args.includes('--json') };
}

/**
 * The file's GRIP hotspots as patrol areas (readPatrolHotspots: areas, and street segments buffered by
 * `bufferMetres`); each feature left out is a problem sentence.
 */
export function readDosageHotspots(
  text: string,
  bufferMetres: number,
  fileName = 'the hotspot file',
): { hotspots: DosageHotspot[]; problems: string[] } {
  const read = readPatrolHotspots(text, fileName);
  const hotspots: DosageHotspot[] = [];
  const problems = [...read.problems];
  for (const h of read.hotspots) {
    try {
      hotspots.push(dosageHotspot(h.id, h.shape, bufferMetres));
    } catch (error) {
      problems.push(`${fileName} (${h.id}): ${(error as Error).message} It was left out.`);
    }
  }
  hotspots.sort((a, b) => (a.hotspotId < b.hotspotId ? -1 : a.hotspotId > b.hotspotId ? 1 : 0));
  return { hotspots, problems };
}

// Minutes to the hundredth and shares to 4 places: past that the digits are float noise, not measurement.
const minutes2 = (x: number) => Number(x.toFixed(2));
const share4 = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

/**
 * The dosage JSON for a pings file and hotspots, and the sentences about rows and features that were not used; or the
 * sentence saying why nothing could be measured.
 */
export async function computeDosage(
  args: DosageArgs,
): Promise<{ dosage: DosageJson; warnings: string[] } | { error: string }> {
  for (const [kind, file] of [
    ['pings', args.pingsPath],
    ['hotspot', args.hotspotsPath],
  ])
    if (!existsSync(file)) return { error: `No such ${kind} file: ${file}.` };
  const read = readDosageHotspots(readFileSync(args.hotspotsPath, 'utf8'), args.bufferMetres, args.hotspotsPath);
  if (read.hotspots.length === 0)
    return { error: `No GRIP hotspot in ${args.hotspotsPath} could be used. ${read.problems.join(' ')}`.trim() };
  const engine = await createNodeEngine();
  try {
    const name = path.basename(args.pingsPath);
    const summary = await ingestFiles(engine, [{ path: name, bytes: new Uint8Array(readFileSync(args.pingsPath)) }]);
    const report = summary.files[0];
    if (report.declined) return { error: report.declined };
    if (report.format !== 'patrol-pings')
      return { error: `${args.pingsPath} is not patrol GPS pings (it reads as ${report.format}): nothing measured.` };
    const warnings = [...read.problems, ...rowLines(args.pingsPath, report.setAside, report.examples)];
    const rules = { gapSeconds: args.gapSeconds, minDwellSeconds: args.minDwellSeconds };
    const result = await queryPatrolDosage(engine, { hotspots: read.hotspots, rules });
    const hotspots: Record<string, HotspotJson> = {};
    for (const [id, c] of Object.entries(result.hotspots))
      hotspots[id] = {
        visits: c.visits,
        passThroughs: c.passThroughs,
        patrolMinutes: minutes2(c.patrolMinutes),
        officerMinutes: minutes2(c.officerMinutes),
        koper10to15: share4(c.koper10to15),
        koperAtLeast10: share4(c.koperAtLeast10),
      };
    const visits = result.visits.map((v) => ({
      hotspot_id: v.hotspotId,
      unit_id: v.unitId,
      start: naiveIso(v.startMs),
      end: naiveIso(v.endMs),
      minutes: minutes2(visitMinutes(v)),
    }));
    return { dosage: { hotspots, visits }, warnings };
  } finally {
    await engine.close();
  }
}

/** Each reason rows were set aside for, with the rows the ingest report names and the reason's sentence. */
function rowLines(file: string, setAside: Record<string, number>, examples: { reason: string; row: number }[]) {
  return Object.entries(setAside).map(([reason, n]) => {
    const rows = examples.filter((e) => e.reason === reason).map((e) => e.row);
    const where = rows.length ? ` (row ${rows.join(', ')}${rows.length < n ? ', …' : ''})` : '';
    return `${file}: ${n} ${n === 1 ? 'row' : 'rows'} set aside${where}. ${reasonSentence(reason)}`;
  });
}

const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** The plain-English table: one line per hotspot, then the rules used. */
export function dosageLines(d: DosageJson, args: DosageArgs): string[] {
  const header = ['Hotspot', 'Visits', 'Pass-throughs', 'Patrol min', 'Officer min', 'Koper 10–15', 'Koper ≥10'];
  const rows = Object.entries(d.hotspots).map(([id, h]) => [
    id,
    String(h.visits),
    String(h.passThroughs),
    h.patrolMinutes.toFixed(1),
    h.officerMinutes.toFixed(1),
    percent(h.koper10to15),
    percent(h.koperAtLeast10),
  ]);
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [
    line(header),
    ...rows.map(line),
    `${d.visits.length} visits. A visit is a unit's pings inside a hotspot for at least ${args.minDwellSeconds} s; a gap over ${args.gapSeconds} s ends it; street segments cover ${args.bufferMetres} m either side. Patrol minutes count two units together once, officer minutes twice.`,
  ];
}

export async function runDosage(argv: string[]): Promise<number> {
  const args = parseDosageArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const result = await computeDosage(args);
  if ('error' in result) {
    console.error(result.error);
    return 2;
  }
  for (const warning of result.warnings) console.error(warning);
  console.log(args.json ? JSON.stringify(result.dosage, null, 2) : dosageLines(result.dosage, args).join('\n'));
  return 0;
}
