// Hot spot statistics over a chosen study area and neighbourhood (issue 15), on real DuckDB-WASM with the real June
// 2024 Leicestershire month (tests/fixtures/police-uk, OGL v3). The issue's own test: Gi* over a city-only study area
// equals Gi* computed directly over the same cells.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giStar } from '../../../src/analysis';
import { DEFAULT_FILTER, type CrimeFilter } from '../../../src/analysis/crime-filter';
import { cellCentres } from '../../../src/analysis/cell-centres';
import { neighboursWithinMetres } from '../../../src/analysis/distance-band';
import { cellsCoveringArea } from '../../../src/analysis/study-area';
import { createNodeConnector } from '../../../src/data/duckdb-node';
import { Engine } from '../../../src/data/engine';
import { ForceArea } from '../../../src/data/force-area';
import { emergingCells, giStarCells } from '../../../src/data/hot-spot-statistics';
import { fixturePath, REAL_POLICE_UK_MONTH } from '../../fixture';

const root = path.resolve(__dirname, '../../..');
const boundary = JSON.parse(readFileSync(path.join(root, 'public/boundaries/llr_lad.geojson'), 'utf8')).features;
const filter: CrimeFilter = { ...DEFAULT_FILTER, resolution: 10 };
let engine: Engine;

beforeAll(async () => {
  engine = new Engine(await createNodeConnector(), new ForceArea(boundary));
  await engine.init();
  const month = fixturePath(REAL_POLICE_UK_MONTH);
  await engine.loadPoliceUkStreet('2024-06-leicestershire-street.csv', new Uint8Array(readFileSync(month)));
}, 120_000);
afterAll(async () => engine.close());

describe('Gi* over a study area', () => {
  it('over Leicester city equals Gi* computed over the city’s covering cells passed directly', async () => {
    const city = cellsCoveringArea([engine.forceArea.districtGeometry('Leicester')!], 10);
    const byCell = new Map((await engine.cellValues(filter, false)).map((v) => [v.h3, v.value]));
    const direct = giStar(
      city.map((h3) => ({ h3, value: byCell.get(h3) ?? 0 })),
      { fdr: false },
    );
    const result = await giStarCells(engine, engine.forceArea, filter, {
      harm: false,
      fdr: false,
      area: { kind: 'city' },
    });
    expect(result.studyArea).toEqual({ label: 'Leicester city', cellCount: city.length });
    expect(result.studyCellCount).toBe(city.length);
    expect(result.neighbourhood).toEqual({ label: 'adjacent hexes (1 ring)' });
    // Every cell: the engine's significant cells are exactly the direct run's, with the same z and p; the rest are
    // not significant in the direct run either.
    const engineByCell = new Map(result.cells.map((c) => [c.h3, c]));
    expect(result.cells.length).toBeGreaterThan(20);
    for (const d of direct) {
      const e = engineByCell.get(d.h3);
      if (d.bin === 0) expect(e, d.h3).toBeUndefined();
      else expect(e, d.h3).toEqual({ h3: d.h3, z: d.z, p: d.p, bin: d.bin, value: byCell.get(d.h3) ?? 0 });
    }
  });

  it('finds fewer 99% hot city hexes against the city than against all of LLR (the fields and villages)', async () => {
    const cityCells = new Set(cellsCoveringArea([engine.forceArea.districtGeometry('Leicester')!], 10));
    const hot99 = (cells: { h3: string; bin: number }[]) => cells.filter((c) => c.bin === 3 && cityCells.has(c.h3));
    const llr = await giStarCells(engine, engine.forceArea, filter, { harm: false, fdr: false });
    const city = await giStarCells(engine, engine.forceArea, filter, {
      harm: false,
      fdr: false,
      area: { kind: 'city' },
    });
    expect(llr.studyArea.label).toBe('all of LLR');
    expect(hot99(city.cells).length).toBeLessThan(hot99(llr.cells).length);
  });

  it('covers a district by its own boundary, and names it', async () => {
    const result = await giStarCells(
      engine,
      engine.forceArea,
      { ...filter, resolution: 9 },
      {
        harm: false,
        fdr: true,
        area: { kind: 'district', name: 'Charnwood' },
      },
    );
    const expected = cellsCoveringArea([engine.forceArea.districtGeometry('Charnwood')!], 9).length;
    expect(result.studyArea).toEqual({ label: 'Charnwood', cellCount: expected });
  });

  it('clips a map view to LLR’s cells, and refuses one with no LLR in it', async () => {
    const res9 = { ...filter, resolution: 9 };
    // Half over Rutland, half over Lincolnshire.
    const view = await giStarCells(engine, engine.forceArea, res9, {
      harm: false,
      fdr: false,
      area: { kind: 'bbox', bbox: [-0.5, 52.6, -0.4, 52.7] },
    });
    const llr = new Set(engine.forceArea.studyCells(9));
    expect(view.studyArea.label).toBe('the map view');
    expect(view.studyArea.cellCount).toBeGreaterThan(10);
    for (const c of view.cells) expect(llr.has(c.h3)).toBe(true);
    await expect(
      giStarCells(engine, engine.forceArea, res9, {
        harm: false,
        fdr: false,
        area: { kind: 'bbox', bbox: [0, 51, 0.1, 51.1] },
      }),
    ).rejects.toThrow(
      'The map view holds no hexes of LLR at resolution 9: a hot spot statistic needs more. Choose a larger area or a finer resolution.',
    );
  });

  it('refuses a district LLR does not have, naming those it has', async () => {
    await expect(
      giStarCells(engine, engine.forceArea, filter, {
        harm: false,
        fdr: false,
        area: { kind: 'district', name: 'Rugby' },
      }),
    ).rejects.toThrow(/^There is no district called "Rugby" in LLR: use one of Leicester, Rutland, Blaby/);
  });

  it('takes 2 rings as the neighbourhood and says so', async () => {
    const city = await giStarCells(engine, engine.forceArea, filter, {
      harm: false,
      fdr: false,
      area: { kind: 'city' },
      neighbourhood: { kind: 'rings', k: 2 },
    });
    expect(city.neighbourhood).toEqual({ label: 'hexes within 2 rings' });
  });
});

describe('Gi* with a distance band', () => {
  const res9 = { ...filter, resolution: 9 };
  const cityCells = () => cellsCoveringArea([engine.forceArea.districtGeometry('Leicester')!], 9);

  it('over 400 m equals Gi* over the city’s cells with neighbours within 400 m of each centre, self included', async () => {
    const byCell = new Map((await engine.cellValues(res9, false)).map((v) => [v.h3, v.value]));
    const cells = cityCells();
    const direct = giStar(
      cells.map((h3) => ({ h3, value: byCell.get(h3) ?? 0 })),
      { fdr: false, neighbours: neighboursWithinMetres(cellCentres(cells), 400, true) },
    ).filter((d) => d.bin !== 0);
    const result = await giStarCells(engine, engine.forceArea, res9, {
      harm: false,
      fdr: false,
      area: { kind: 'city' },
      neighbourhood: { kind: 'band', metres: 400 },
    });
    expect(result.neighbourhood).toEqual({ label: 'hexes within 400 m', metres: 400 });
    expect(result.cells).toEqual(direct.map((d) => ({ ...d, value: byCell.get(d.h3) ?? 0 })));
  });

  it('chooses the band from the data when asked, and says the distance and why', async () => {
    const result = await giStarCells(engine, engine.forceArea, res9, {
      harm: false,
      fdr: false,
      area: { kind: 'city' },
      neighbourhood: { kind: 'band', metres: 'auto' },
    });
    const { metres, label, reason } = result.neighbourhood;
    expect(metres).toBeGreaterThan(100);
    expect(label).toBe(`hexes within ${Math.round(metres!).toLocaleString('en-GB')} m (chosen from the data)`);
    expect(reason).toMatch(/Moran's I z-score/);
  });

  it('refuses a band that would link too many hexes, saying what to change', async () => {
    await expect(
      giStarCells(engine, engine.forceArea, filter, {
        harm: false,
        fdr: false,
        neighbourhood: { kind: 'band', metres: 5000 },
      }),
    ).rejects.toThrow(
      /^A 5,000 m band over all of LLR at resolution 10 links about \d+ million pairs of hexes, too many to compute here: choose a smaller band, a coarser resolution or a smaller study area\.$/,
    );
  });
});

describe('emerging hot spots over a study area', () => {
  it('runs over the city’s cells only and carries the labels', async () => {
    const result = await emergingCells(engine, engine.forceArea, { ...filter, resolution: 9 }, ['2024-06'], {
      harm: false,
      fdr: false,
      area: { kind: 'city' },
    });
    const city = cellsCoveringArea([engine.forceArea.districtGeometry('Leicester')!], 9);
    expect(result.studyArea).toEqual({ label: 'Leicester city', cellCount: city.length });
    expect(result.neighbourhood.label).toBe('adjacent hexes (1 ring)');
    const inCity = new Set(city);
    for (const c of result.cells) expect(inCity.has(c.h3)).toBe(true);
  });
});
