// `npm run grip -- gistar|emerging|clusters`: the app's hot spot statistics on the ingested data (or the demo), over
// the study area and neighbourhood asked for (issue 15).
import { writeFileSync } from 'node:fs';
import { cellToBoundary } from 'h3-js';
import { sanitiseFilter, type CrimeFilter } from '../../src/analysis/crime-filter';
import { DEFAULT_HARM_WEIGHTS } from '../../src/analysis/harm-weights';
import {
  DEFAULT_NEIGHBOURHOOD,
  parseBandMetres,
  parseRings,
  type NeighbourhoodSpec,
} from '../../src/analysis/neighbourhood';
import { DEFAULT_STUDY_AREA, parseStudyArea, type StudyAreaSpec } from '../../src/analysis/study-area';
import { checkPermutations, clusterCells, DEFAULT_PERMUTATIONS, DEFAULT_SEED } from '../../src/data/cluster-statistics';
import { emergingCells, giStarCells, monthsBetween, type StatisticsFrame } from '../../src/data/hot-spot-statistics';
import { createNodeEngine } from './node-engine';
import { loadWorkspace } from './workspace';
import { flagValue } from './cli-args';

export type StatisticsCommand = 'gistar' | 'emerging' | 'clusters';

export interface StatisticsArgs {
  res: number;
  from: string | null;
  to: string | null;
  harm: boolean;
  fdr: boolean;
  out: string | null;
  /** null: by the extension of --out (GeoJSON for .geojson/.json), else CSV. */
  format: 'csv' | 'geojson' | null;
  types: string[];
  area: StudyAreaSpec;
  neighbourhood: NeighbourhoodSpec;
  /** clusters only. */
  permutations: number;
  seed: number;
}

/** The command line as arguments, or the sentence saying what is wrong with it. */
export function parseStatisticsArgs(args: string[]): StatisticsArgs | { error: string } {
  const value = (name: string) => flagValue(args, name);
  const areaText = value('area');
  const area = areaText === null ? { ok: true as const, value: DEFAULT_STUDY_AREA } : parseStudyArea(areaText);
  if (!area.ok) return { error: area.error };
  const rings = value('rings');
  const band = value('band-m');
  if (rings !== null && band !== null) return { error: 'Give --rings or --band-m, not both.' };
  const neighbourhood =
    rings !== null
      ? parseRings(rings)
      : band !== null
        ? parseBandMetres(band)
        : { ok: true as const, value: DEFAULT_NEIGHBOURHOOD };
  if (!neighbourhood.ok) return { error: neighbourhood.error };
  const format = value('format');
  if (format !== null && format !== 'csv' && format !== 'geojson')
    return { error: `--format must be csv or geojson (got "${format}").` };
  const permutations = Number(value('permutations') ?? DEFAULT_PERMUTATIONS);
  const refusal = checkPermutations(permutations);
  if (refusal) return { error: refusal };
  const seed = Number(value('seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) return { error: `--seed must be a whole number (got "${value('seed')}").` };
  return {
    res: Number(value('res') ?? 9),
    from: value('from'),
    to: value('to'),
    harm: args.includes('--harm'),
    fdr: args.includes('--fdr'),
    out: value('out'),
    format,
    types: (value('types') ?? '').split('|').filter(Boolean),
    area: area.value,
    neighbourhood: neighbourhood.value,
    permutations,
    seed,
  };
}

type Row = Record<string, string | number>;

/** GeoJSON hexagons ([lng, lat] rings) or CSV, by --format or the output file's extension; stdout when no --out. */
function write(rows: Row[], out: string | null, format: StatisticsArgs['format'], columns: string[]): void {
  const geojson = format ? format === 'geojson' : /\.(geo)?json$/.test(out ?? '');
  let text: string;
  if (geojson) {
    const features = rows.map((r) => {
      // h3-js closes the ring itself when asked for GeoJSON order.
      const ring = cellToBoundary(String(r.h3), true);
      return { type: 'Feature', properties: r, geometry: { type: 'Polygon', coordinates: [ring] } };
    });
    text = JSON.stringify({ type: 'FeatureCollection', features });
  } else {
    text = [columns.join(','), ...rows.map((r) => columns.map((c) => String(r[c])).join(','))].join('\n') + '\n';
  }
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

const count = (n: number) => n.toLocaleString('en-GB');

/** "Leicester city (5,123 hexes at resolution 10), hexes within 650 m (chosen from the data)". */
function frameText(frame: StatisticsFrame, resolution: number): string {
  const { studyArea, neighbourhood } = frame;
  return `${studyArea.label} (${count(studyArea.cellCount)} hexes at resolution ${resolution}), neighbours: ${neighbourhood.label}`;
}

/** The automatic band's reason on its own line. */
function reasonLines(frame: StatisticsFrame): string[] {
  return frame.neighbourhood.reason ? [`  Distance band: ${frame.neighbourhood.reason}`] : [];
}

export async function runStatistics(kind: StatisticsCommand, args: StatisticsArgs): Promise<void> {
  const engine = await createNodeEngine();
  const loaded = await loadWorkspace(engine);
  // The CLI has no weights panel: --harm weighs with the app's defaults (the table starts empty in Node).
  await engine.setHarmWeights(DEFAULT_HARM_WEIGHTS);
  const filter: CrimeFilter = sanitiseFilter({
    resolution: args.res,
    crimeTypes: args.types,
    fromMonth: args.from,
    toMonth: args.to,
  });
  const options = { harm: args.harm, fdr: args.fdr, area: args.area, neighbourhood: args.neighbourhood };
  const started = performance.now();
  const ms = () => `${count(Math.round(performance.now() - started))} ms`;
  const summary: string[] = [];
  let rows: Row[];
  let columns: string[];
  if (kind === 'gistar') {
    const result = await giStarCells(engine, engine.forceArea, filter, options);
    columns = ['h3', 'value', 'z', 'p', 'bin'];
    rows = result.cells.map((c) => ({
      h3: c.h3,
      value: c.value,
      z: Number(c.z.toFixed(4)),
      p: Number(c.p.toPrecision(4)),
      bin: c.bin,
    }));
    summary.push(
      `Gi* over ${frameText(result, filter.resolution)}; ${loaded}: ${count(rows.length)} significant, ${ms()}`,
      ...reasonLines(result),
    );
  } else if (kind === 'emerging') {
    const data = await engine.summary();
    const months = monthsBetween(
      filter.fromMonth ?? data.first_month ?? '2024-01',
      filter.toMonth ?? data.last_month ?? '2024-01',
    );
    const result = await emergingCells(engine, engine.forceArea, filter, months, options);
    columns = ['h3', 'category', 'z_trend', 'total'];
    rows = result.cells.map((c) => ({ h3: c.h3, category: c.category, z_trend: c.zTrend, total: c.total }));
    summary.push(
      `Emerging hot spots over ${frameText(result, filter.resolution)}, × ${months.length} months; ${loaded}: ${count(rows.length)} with a pattern, ${ms()}`,
      ...reasonLines(result),
    );
  } else {
    const result = await clusterCells(engine, engine.forceArea, filter, {
      ...options,
      permutations: args.permutations,
      seed: args.seed,
    });
    columns = ['h3', 'value', 'i', 'z', 'p', 'quadrant'];
    rows = result.cells.map((c) => ({
      h3: c.h3,
      value: c.value,
      i: Number(c.i.toFixed(4)),
      z: Number(c.z.toFixed(4)),
      p: Number(c.p.toPrecision(4)),
      quadrant: c.quadrant,
    }));
    const { HH, LH, LL, HL } = result.counts;
    summary.push(
      `Local Moran's I over ${frameText(result, filter.resolution)}, ${count(result.permutations)} permutations (seed ${result.seed}); ${loaded}: ${count(rows.length)} significant (${count(HH)} HH, ${count(LH)} LH, ${count(LL)} LL, ${count(HL)} HL), ${ms()}`,
      ...reasonLines(result),
    );
  }
  for (const line of summary) console.error(line);
  write(rows, args.out, args.format, columns);
  await engine.close();
}
