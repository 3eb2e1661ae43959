import { writeFileSync } from 'node:fs';
import { cellToBoundary } from 'h3-js';
import { sanitiseFilter, type CrimeFilter } from '../../src/analysis/crime-filter';
import { emergingCells, giStarCells, monthsBetween } from '../../src/data/hot-spot-statistics';
import { createNodeEngine } from './node-engine';
import { loadWorkspace } from './workspace';

export interface StatisticsArgs {
  res: number;
  from: string | null;
  to: string | null;
  harm: boolean;
  fdr: boolean;
  out: string | null;
  types: string[];
}

export function parseStatisticsArgs(args: string[]): StatisticsArgs {
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? (args[i + 1] ?? null) : null;
  };
  return {
    res: Number(value('res') ?? 9),
    from: value('from'),
    to: value('to'),
    harm: args.includes('--harm'),
    fdr: args.includes('--fdr'),
    out: value('out'),
    types: (value('types') ?? '').split('|').filter(Boolean),
  };
}

type Row = Record<string, string | number>;

/** GeoJSON hexagons ([lng, lat] rings) or CSV, by the output file's extension; stdout as CSV when no --out. */
function write(rows: Row[], out: string | null): void {
  if (out?.endsWith('.geojson') || out?.endsWith('.json')) {
    const features = rows.map((r) => {
      const ring = cellToBoundary(String(r.h3), true);
      return { type: 'Feature', properties: r, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
    });
    writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
    return;
  }
  const columns = rows.length > 0 ? Object.keys(rows[0]) : ['h3'];
  const csv = [columns.join(','), ...rows.map((r) => columns.map((c) => String(r[c])).join(','))].join('\n') + '\n';
  if (out) writeFileSync(out, csv);
  else process.stdout.write(csv);
}

export async function runStatistics(kind: 'gistar' | 'emerging', args: StatisticsArgs): Promise<void> {
  const engine = await createNodeEngine();
  const loaded = await loadWorkspace(engine);
  const filter: CrimeFilter = sanitiseFilter({
    resolution: args.res,
    crimeTypes: args.types,
    fromMonth: args.from,
    toMonth: args.to,
  });
  const options = { harm: args.harm, fdr: args.fdr };
  const started = performance.now();
  let rows: Row[];
  if (kind === 'gistar') {
    const result = await giStarCells(engine, engine.forceArea, filter, options);
    rows = result.cells.map((c) => ({
      h3: c.h3,
      value: c.value,
      z: Number(c.z.toFixed(4)),
      p: Number(c.p.toPrecision(4)),
      bin: c.bin,
    }));
    console.error(
      `Gi* over ${result.studyCellCount} cells (${loaded}): ${rows.length} significant, ${Math.round(performance.now() - started)} ms`,
    );
  } else {
    const summary = await engine.summary();
    const months = monthsBetween(
      filter.fromMonth ?? summary.first_month ?? '2024-01',
      filter.toMonth ?? summary.last_month ?? '2024-01',
    );
    const result = await emergingCells(engine, engine.forceArea, filter, months, options);
    rows = result.cells.map((c) => ({ h3: c.h3, category: c.category, z_trend: c.zTrend, total: c.total }));
    console.error(
      `Emerging hot spots over ${result.studyCellCount} cells × ${months.length} months (${loaded}): ${rows.length} with a pattern, ${Math.round(performance.now() - started)} ms`,
    );
  }
  write(rows, args.out);
  await engine.close();
}
