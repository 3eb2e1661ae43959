// `npm run grip -- select`: propose the GRIP hotspots on the ingested data (or the demo) with the app's own code.
import { writeFileSync } from 'node:fs';
import { DEFAULT_HARM_WEIGHTS } from '../../src/analysis/harm-weights';
import {
  DEFAULT_PROPOSAL_OPTIONS,
  proposalFeatures,
  proposeHotspots,
  writeHotspotsGeoJson,
  type HotspotProposal,
  type ProposalOptions,
} from '../../src/analysis/hotspot-proposal';
import type { Engine } from '../../src/data/engine';
import { createNodeEngine } from './node-engine';
import { loadWorkspace } from './workspace';
import { flagValue, monthFlagsProblem } from './cli-args';

export interface SelectArgs {
  from: string | null;
  to: string | null;
  /** null: the default types. */
  types: string[] | null;
  options: Partial<ProposalOptions>;
  out: string | null;
}

/** The command line as arguments, or the sentence saying what is wrong with it. */
export function parseSelectArgs(args: string[]): SelectArgs | { error: string } {
  const value = (name: string) => flagValue(args, name);
  const number = (name: string, fallback: number) => {
    const v = value(name);
    return v === null ? fallback : Number(v);
  };
  const options: Partial<ProposalOptions> = {
    n: number('n', DEFAULT_PROPOSAL_OPTIONS.n),
    maxRadiusM: number('max-radius-m', DEFAULT_PROPOSAL_OPTIONS.maxRadiusM),
    minSeparationM: number('min-separation-m', DEFAULT_PROPOSAL_OPTIONS.minSeparationM),
    minCrimes: number('min-crimes', 0),
    rankBy: (value('by') ?? 'harm') as ProposalOptions['rankBy'],
  };
  for (const [name, v] of Object.entries(options))
    if (typeof v === 'number' && !(Number.isFinite(v) && v >= 0)) return { error: `--${name} must be a number ≥ 0.` };
  if (options.rankBy !== 'harm' && options.rankBy !== 'count') return { error: '--by must be harm or count.' };
  const from = value('from');
  const to = value('to');
  const monthProblem = monthFlagsProblem(from, to);
  if (monthProblem) return { error: monthProblem };
  const types = value('types');
  return {
    from,
    to,
    types: types === null ? null : types.split('|').filter(Boolean),
    options,
    out: value('out'),
  };
}

/**
 * The proposal on what the engine holds, ranked with the app's default harm weights (the CLI has no weights panel),
 * and its GeoJSON text.
 */
export async function selectHotspots(
  engine: Engine,
  args: SelectArgs,
): Promise<{ proposal: HotspotProposal; geojson: string }> {
  await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
  const inputs = await engine.hotspotInputs({ fromMonth: args.from, toMonth: args.to, crimeTypes: args.types });
  const proposal = proposeHotspots(inputs, args.options);
  return { proposal, geojson: writeHotspotsGeoJson(proposalFeatures(proposal)) };
}

const percent = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(2)}%` : '–');

/** A short table of the chosen hotspots, one a line. */
export function hotspotTable(proposal: HotspotProposal): string {
  const header = ['id', 'name', 'cells', 'km²', 'crimes', 'harm', 'crimes %', 'harm %', 'PAI', 'stability', 'snap pt'];
  const rows = proposal.hotspots.map((h) => [
    h.hotspotId + (h.locked ? '*' : ''),
    h.name,
    String(h.cells.length),
    h.areaKm2.toFixed(3),
    String(h.crimes),
    Math.round(h.harm).toLocaleString('en-GB'),
    percent(h.crimeShare),
    percent(h.harmShare),
    Number.isFinite(h.pai) ? h.pai.toFixed(0) : '–',
    h.stability === null ? '–' : percent(h.stability),
    percent(h.snapPointShare) + (h.snapPointFlag ? ' !' : ''),
  ]);
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export async function runSelect(argv: string[]): Promise<number> {
  const args = parseSelectArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const engine = await createNodeEngine();
  try {
    const loaded = await loadWorkspace(engine);
    const started = performance.now();
    const { proposal, geojson } = await selectHotspots(engine, args);
    const ms = Math.round(performance.now() - started);
    const { selection, chosen, stabilityWindowEnds } = proposal;
    const types = selection.crimeTypes.length > 0 ? selection.crimeTypes.join(', ') : 'all crime types';
    console.log(
      `${proposal.hotspots.length} GRIP hotspots proposed on ${loaded}: ${selection.fromMonth} to ${selection.toMonth}, ${types}, ranked by ${proposal.options.rankBy} (${ms} ms).`,
    );
    console.log(hotspotTable(proposal));
    console.log(
      `Together: ${percent(chosen.areaShare)} of the force area, ${percent(chosen.crimeShare)} of its crimes and ${percent(chosen.harmShare)} of its harm of these types; stability over ${stabilityWindowEnds.length} rolling window${stabilityWindowEnds.length === 1 ? '' : 's'}.`,
    );
    for (const n of proposal.notes) console.log(n.sentence);
    if (proposal.hotspots.some((h) => h.snapPointFlag))
      console.log('! one police.uk anonymisation point holds more than half of its crimes: it may be an artefact.');
    if (args.out) {
      writeFileSync(args.out, geojson);
      console.log(`Written to ${args.out}.`);
    }
    return 0;
  } finally {
    await engine.close();
  }
}
