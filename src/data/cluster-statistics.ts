import type { CrimeFilter } from '../analysis/crime-filter';
import { localMoransI, QUADRANT_LABELS } from '../analysis/local-morans-i';
import type { ForceArea } from './force-area';
import {
  studyAreaValues,
  type CellValueSource,
  type StatisticsFrame,
  type StatisticsOptions,
} from './hot-spot-statistics';
import { neighboursFor } from './statistics-area';

/** Local Moran's I quadrants (Anselin 1995): a cell high or low, beside neighbours high or low. */
export type QuadrantCode = 'HH' | 'LH' | 'LL' | 'HL';
const QUADRANT_CODES: Record<1 | 2 | 3 | 4, QuadrantCode> = { 1: 'HH', 2: 'LH', 3: 'LL', 4: 'HL' };

export const DEFAULT_PERMUTATIONS = 999;
export const DEFAULT_SEED = 12345;

export interface ClusterOptions extends StatisticsOptions {
  /** Conditional permutations per cell (default 999, as esda and ArcGIS Pro); a whole number 0–9,999. */
  permutations?: number;
  /** The permutations' seed (default 12345): the same seed gives the same p-values. */
  seed?: number;
}

/** A cell in a significant cluster or outlier. */
export interface ClusterCell {
  h3: string;
  value: number;
  /** Local Moran's I (esda `Is`). */
  i: number;
  /** Its permutation z-score (esda `z_sim`). */
  z: number;
  /** Pseudo p-value from the permutations (esda `p_sim`). */
  p: number;
  quadrant: QuadrantCode;
  /** ArcGIS Pro's words for it: 'High-High cluster', 'Low-High outlier', 'Low-Low cluster', 'High-Low outlier'. */
  cluster: string;
}

export interface ClustersFound extends StatisticsFrame {
  /** Only the significant cells (p < 0.05, or under the Benjamini–Hochberg FDR with `fdr`). */
  cells: ClusterCell[];
  /** Significant cells per quadrant; `notSignificant` counts the rest of the study area. */
  counts: Record<QuadrantCode, number>;
  notSignificant: number;
  studyCellCount: number;
  permutations: number;
  seed: number;
}

/** The permutations asked for, or a sentence saying why not. */
export function checkPermutations(permutations: number): string | null {
  return Number.isInteger(permutations) && permutations >= 0 && permutations <= 9999
    ? null
    : `The number of permutations must be a whole number from 0 to 9,999 (got ${permutations}).`;
}

/**
 * Local Moran's I clusters and outliers (Anselin 1995, as esda's Moran_Local) over the study area and neighbourhood,
 * neighbours without the cell itself; an automatic band is chosen on the same values.
 */
export async function clusterCells(
  source: CellValueSource,
  area: ForceArea,
  filter: CrimeFilter,
  options: ClusterOptions,
): Promise<ClustersFound> {
  const permutations = options.permutations ?? DEFAULT_PERMUTATIONS;
  const refusal = checkPermutations(permutations);
  if (refusal) throw new Error(refusal);
  const seed = options.seed ?? DEFAULT_SEED;
  const { studyArea, values } = await studyAreaValues(source, area, filter, options);
  const { cells } = studyArea;
  const { neighbours, info } = neighboursFor(cells, options.neighbourhood, values, false, studyArea.info.label);
  const result = localMoransI(values, neighbours, { permutations, seed, fdr: options.fdr });
  const counts: Record<QuadrantCode, number> = { HH: 0, LH: 0, LL: 0, HL: 0 };
  const significant: ClusterCell[] = [];
  for (let k = 0; k < cells.length; k++) {
    const code = result.cluster[k] as 0 | 1 | 2 | 3 | 4;
    if (code === 0) continue;
    const quadrant = QUADRANT_CODES[code];
    counts[quadrant] += 1;
    significant.push({
      h3: cells[k],
      value: values[k],
      i: result.i[k],
      z: result.z[k],
      p: result.p[k],
      quadrant,
      cluster: QUADRANT_LABELS[code],
    });
  }
  return {
    cells: significant,
    counts,
    notSignificant: cells.length - significant.length,
    studyCellCount: cells.length,
    studyArea: studyArea.info,
    neighbourhood: info,
    permutations,
    seed,
  };
}
