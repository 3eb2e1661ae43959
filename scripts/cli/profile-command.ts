// `npm run grip -- profile --hotspots hotspots.geojson --id H01`: one GRIP hotspot's profile on the ingested data
// (or the demo), with the engine's own query (src/data/hotspot-profile.ts).
import { DEFAULT_HARM_WEIGHTS } from '../../src/analysis/harm-weights';
import type { HotspotProfile } from '../../src/analysis/hotspot-profile';
import type { MultiPolygon, Polygon } from 'geojson';
import { hotspotArea } from '../../src/analysis/hotspot-area';
import { readPatrolHotspots } from '../../src/analysis/patrol/schedule-hotspots';
import type { Engine } from '../../src/data/engine';
import { queryHotspotProfile } from '../../src/data/hotspot-profile';
import { createNodeEngine } from './node-engine';
import { loadWorkspace } from './workspace';
import { flagValue, monthFlagsProblem, readHotspotFile } from './cli-args';

export interface ProfileArgs {
  hotspotsPath: string;
  id: string;
  from: string | null;
  to: string | null;
  /** Empty: all crime types. */
  types: string[];
  json: boolean;
}

/** The command line as arguments, or the sentence saying what is wrong with it. */
export function parseProfileArgs(args: string[]): ProfileArgs | { error: string } {
  const value = (name: string) => flagValue(args, name);
  const hotspotsPath = value('hotspots');
  const id = value('id');
  if (!hotspotsPath) return { error: 'profile needs --hotspots <file.geojson>: the GRIP hotspot file to read.' };
  if (!id) return { error: 'profile needs --id <hotspot id> (e.g. H01): the hotspot to profile.' };
  const from = value('from');
  const to = value('to');
  const monthProblem = monthFlagsProblem(from, to);
  if (monthProblem) return { error: monthProblem };
  if (from && to && from > to) return { error: `--from (${from}) must not be after --to (${to}).` };
  const types = (value('types') ?? '').split('|').filter(Boolean);
  return { hotspotsPath, id, from, to, types, json: args.includes('--json') };
}

/** A GRIP hotspot read for profiling: its id and the area whose crimes count (a street segment: its buffer). */
export interface ProfiledHotspot {
  id: string;
  area: Polygon | MultiPolygon;
}

/**
 * The hotspot with that id from the file's text, or the sentence saying why it cannot be used. A street segment counts
 * the crimes within its 50 m buffer, as the patrol rules define it (src/analysis/hotspot-area.ts).
 */
export function findHotspot(text: string, path: string, id: string): ProfiledHotspot | { error: string } {
  const { hotspots, problems } = readPatrolHotspots(text, path);
  const found = hotspots.find((h) => h.id === id);
  if (found) return { id, area: hotspotArea(found.shape) };
  const own = problems.find((p) => p.includes(`(${id})`));
  if (own) return { error: `Hotspot ${id} cannot be profiled: ${own}` };
  const ids = hotspots.map((h) => h.id).join(', ') || 'none';
  const why = problems.length > 0 ? ` (${problems.length} feature problem${problems.length === 1 ? '' : 's'})` : '';
  return { error: `No hotspot ${id} in ${path}${why}; the file holds: ${ids}.` };
}

/** The profile on what the engine holds, harm with the app's default weights (the CLI has no weights panel). */
export async function profileHotspot(engine: Engine, args: ProfileArgs, hotspot: ProfiledHotspot) {
  await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
  const filter = { resolution: 9, crimeTypes: args.types, fromMonth: args.from, toMonth: args.to };
  return queryHotspotProfile(engine, { filter, polygon: hotspot.area, id: args.id });
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

function profileLines(p: HotspotProfile): string[] {
  const months = Object.keys(p.byMonth);
  const r = p.previousPeriod;
  return [
    `${p.id}: ${p.crimes} crimes, harm ${fixed(p.harm, 1)}, ${months[0]} to ${months[months.length - 1]}, PAI ${fixed(p.pai, 1)}.`,
    `By type: ${
      Object.entries(p.byType)
        .map(([type, n]) => `${type} ${n}`)
        .join(', ') || 'none'
    }.`,
    `By month: ${months.map((m) => `${m} ${p.byMonth[m]}`).join(', ')}.`,
    `Trend (Mann-Kendall): ${p.trend.trend}, S = ${p.trend.s}, p = ${fixed(p.trend.p, 3)}.`,
    r.crimes === null
      ? 'Previous period: not loaded, so not compared.'
      : `Previous period: ${r.crimes} crimes; rate ratio ${fixed(r.rateRatio, 2)} (95% CI ${fixed(r.ciLow, 2)} to ${fixed(r.ciHigh, 2)}).`,
    p.byHourWeekday ? 'Hour × weekday: in the --json output.' : 'Hour × weekday: none, the data carry only months.',
  ];
}

export async function runProfile(argv: string[]): Promise<number> {
  const args = parseProfileArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const text = readHotspotFile(args.hotspotsPath);
  if (text === null) return 2;
  const feature = findHotspot(text, args.hotspotsPath, args.id);
  if ('error' in feature) {
    console.error(feature.error);
    return 2;
  }
  const engine = await createNodeEngine();
  try {
    await loadWorkspace(engine);
    const profile = await profileHotspot(engine, args, feature);
    console.log(args.json ? JSON.stringify(profile, null, 2) : profileLines(profile).join('\n'));
    return 0;
  } finally {
    await engine.close();
  }
}
