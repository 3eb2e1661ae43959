import { getHexagonAreaAvg, getResolution } from 'h3-js';
import { cellCentres } from '../analysis/cell-centres';
import { incrementalSpatialAutocorrelation, neighboursWithinMetres } from '../analysis/distance-band';
import { neighboursWithin } from '../analysis/h3-grid';
import { DEFAULT_NEIGHBOURHOOD, neighbourhoodLabel, type NeighbourhoodSpec } from '../analysis/neighbourhood';
import {
  bboxPolygon,
  cellsCoveringArea,
  CITY_DISTRICT,
  DEFAULT_STUDY_AREA,
  studyAreaLabel,
  type StudyAreaSpec,
} from '../analysis/study-area';
import type { ForceArea } from './force-area';

/** Which study area a statistic ran over, for the legend and the CLI. */
export interface StudyAreaInfo {
  label: string;
  cellCount: number;
}

/** Which neighbourhood it used; an automatic band says the distance chosen and why. */
export interface NeighbourhoodInfo {
  label: string;
  metres?: number;
  reason?: string;
}

/** A study area ready for a statistic: its cells (zero-filled by the caller) and what to call it. */
export interface StudyArea {
  cells: string[];
  info: StudyAreaInfo;
}

/** More links between cells than this take too long and too much memory for a band (about 200 MB of lists). */
const MAX_BAND_LINKS = 25_000_000;

/**
 * The cells a statistic compares (issue 15). All of LLR keeps the rule of issue 5: every cell whose centre lies in
 * LLR plus any non-empty cell on the edge. A district covers its own cells (centre inside or boundary crossing); a map
 * view or a drawn area covers its cells, clipped to LLR's. Crimes outside the study area are left out by the caller.
 */
export function studyAreaFor(
  area: ForceArea,
  spec: StudyAreaSpec = DEFAULT_STUDY_AREA,
  resolution: number,
  valued: { h3: string }[],
): StudyArea {
  const llr = () => {
    const cells = new Set(area.studyCells(resolution));
    for (const v of valued) cells.add(v.h3);
    return cells;
  };
  let cells: string[];
  if (spec.kind === 'llr') cells = [...llr()];
  else if (spec.kind === 'district' || spec.kind === 'city') {
    const name = spec.kind === 'city' ? CITY_DISTRICT : spec.name;
    const geometry = area.districtGeometry(name);
    if (!geometry)
      throw new Error(`There is no district called "${name}" in LLR: use one of ${area.districtNames.join(', ')}.`);
    cells = cellsCoveringArea([geometry], resolution);
  } else {
    const inLlr = llr();
    const polygon = spec.kind === 'bbox' ? bboxPolygon(spec.bbox) : spec.polygon;
    cells = cellsCoveringArea([polygon], resolution).filter((c) => inLlr.has(c));
  }
  const label = studyAreaLabel(spec);
  if (cells.length < 3)
    throw new Error(
      `${capitalise(label)} holds ${cells.length === 0 ? 'no' : `only ${cells.length}`} hexes of LLR at resolution ${resolution}: a hot spot statistic needs more. Choose a larger area or a finer resolution.`,
    );
  return { cells, info: { label, cellCount: cells.length } };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A band that would link too many cells is refused before it is built, with what to change. */
function checkBandSize(cells: string[], metres: number, label: string): void {
  const resolution = getResolution(cells[0]);
  const perCell = (Math.PI * metres * metres) / getHexagonAreaAvg(resolution, 'm2');
  const links = cells.length * Math.max(1, perCell);
  if (links > MAX_BAND_LINKS)
    throw new Error(
      `A ${Math.round(metres).toLocaleString('en-GB')} m band over ${label} at resolution ${resolution} links about ${Math.round(links / 1e6)} million pairs of hexes, too many to compute here: choose a smaller band, a coarser resolution or a smaller study area.`,
    );
}

/**
 * Each cell's neighbours (indices into `cells`) under a neighbourhood, with or without the cell itself (Gi* counts
 * itself; local Moran's I does not). `values` (the study area's, same order) choose an automatic band.
 */
export function neighboursFor(
  cells: string[],
  spec: NeighbourhoodSpec = DEFAULT_NEIGHBOURHOOD,
  values: ArrayLike<number>,
  includeSelf: boolean,
  areaLabel = 'the study area',
): { neighbours: Int32Array[]; info: NeighbourhoodInfo } {
  if (spec.kind === 'rings') {
    const withSelf = neighboursWithin(cells, spec.k);
    const neighbours = includeSelf ? withSelf : withSelf.map((list, i) => list.filter((j) => j !== i));
    return { neighbours, info: { label: neighbourhoodLabel(spec) } };
  }
  if (spec.metres === 'auto') {
    const centres = cellCentres(cells);
    const chosen = incrementalSpatialAutocorrelation(values, centres);
    if (!(chosen.chosenMetres > 0)) throw new Error(`No distance band could be chosen: ${chosen.reason}`);
    checkBandSize(cells, chosen.chosenMetres, areaLabel);
    return {
      neighbours: neighboursWithinMetres(centres, chosen.chosenMetres, includeSelf),
      info: {
        label: neighbourhoodLabel(spec, chosen.chosenMetres),
        metres: chosen.chosenMetres,
        reason: chosen.reason,
      },
    };
  }
  checkBandSize(cells, spec.metres, areaLabel);
  return {
    neighbours: neighboursWithinMetres(cellCentres(cells), spec.metres, includeSelf),
    info: { label: neighbourhoodLabel(spec), metres: spec.metres },
  };
}
