// The GRIP hotspot proposal's rules on hand-made fields: separation, radius, contiguity, the stop rule, quotas,
// locking and deterministic ties (docs/hotspot-proposal.md).
import { areNeighborCells, cellToLatLng } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { proposeHotspots, type ProposedHotspot } from '../../../../src/analysis/hotspot-proposal';
import { distanceMetres } from '../../../../src/analysis/hotspot-proposal/geodesy';
import { cellAt, inputsOf, ORIGIN_CELL, ring, type Placed } from './synthetic';

const centreDistance = (a: ProposedHotspot, b: ProposedHotspot) =>
  distanceMetres(a.centreLngLat[1], a.centreLngLat[0], b.centreLngLat[1], b.centreLngLat[0]);

const metresFromCentre = (h: ProposedHotspot, cell: string) => {
  const [lat, lng] = cellToLatLng(cell);
  return distanceMetres(h.centreLngLat[1], h.centreLngLat[0], lat, lng);
};

/** A seeded field of 400 cells over ~2 km × 2 km with uneven counts (a Park–Miller generator, so runs repeat). */
function randomField(): Placed[] {
  let seed = 12345;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const placed = new Map<string, Placed>();
  for (let k = 0; k < 400; k++) {
    const h3 = cellAt((next() - 0.5) * 2000, (next() - 0.5) * 2000);
    const crimes = Math.floor(next() ** 3 * 40) + 1;
    placed.set(h3, { h3, crimes: (placed.get(h3)?.crimes ?? 0) + crimes });
  }
  return [...placed.values()];
}

const isConnected = (cells: string[]) => {
  const reached = new Set([cells[0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of cells)
      if (!reached.has(c) && [...reached].some((r) => areNeighborCells(r, c))) {
        reached.add(c);
        grew = true;
      }
  }
  return reached.size === cells.length;
};

describe('separation', () => {
  const field = [
    { h3: cellAt(0), crimes: 100 },
    { h3: cellAt(300), crimes: 90 },
    { h3: cellAt(800), crimes: 10 },
  ];

  it('passes over a hot cell closer than the minimum distance to a chosen centre', () => {
    const { hotspots } = proposeHotspots(inputsOf(field), { n: 2, stability: false });
    expect(hotspots.map((h) => h.cells)).toEqual([[cellAt(0)], [cellAt(800)]]);
  });

  it('takes it when the minimum distance allows', () => {
    const { hotspots } = proposeHotspots(inputsOf(field), { n: 2, minSeparationM: 200, stability: false });
    expect(hotspots.map((h) => h.cells)).toEqual([[cellAt(0)], [cellAt(300)]]);
  });

  it('keeps every pair of centres at least 500 m apart on a random field', () => {
    const { hotspots } = proposeHotspots(inputsOf(randomField()), { n: 18, stability: false });
    expect(hotspots.length).toBeGreaterThan(5);
    for (const a of hotspots)
      for (const b of hotspots) if (a !== b) expect(centreDistance(a, b)).toBeGreaterThanOrEqual(500);
  });
});

describe('radius and contiguity', () => {
  const hotDisk: Placed[] = [
    { h3: ORIGIN_CELL, crimes: 100 },
    ...ring(ORIGIN_CELL, 1).map((h3) => ({ h3, crimes: 60 })),
    // 55 is more than 5% of the 1,065 crimes held before the last joins.
    ...ring(ORIGIN_CELL, 2).map((h3) => ({ h3, crimes: 55 })),
  ];

  it('grows only to cells whose centres lie within 150 m of the centre: the seed and its six neighbours', () => {
    const [h] = proposeHotspots(inputsOf(hotDisk), { n: 1, stability: false }).hotspots;
    expect(h.cells).toEqual([ORIGIN_CELL, ...ring(ORIGIN_CELL, 1)].sort());
    expect(h.centreLngLat).toEqual([cellToLatLng(ORIGIN_CELL)[1], cellToLatLng(ORIGIN_CELL)[0]]);
    expect(h.polygon.type).toBe('Polygon');
  });

  it('reaches the second ring when the radius allows', () => {
    const [h] = proposeHotspots(inputsOf(hotDisk), { n: 1, maxRadiusM: 300, stability: false }).hotspots;
    expect(h.cells).toHaveLength(19);
  });

  it('keeps every cell within the radius and every hotspot in one piece on a random field', () => {
    for (const maxRadiusM of [150, 300]) {
      const { hotspots } = proposeHotspots(inputsOf(randomField()), { n: 18, maxRadiusM, stability: false });
      for (const h of hotspots) {
        for (const c of h.cells) expect(metresFromCentre(h, c)).toBeLessThanOrEqual(maxRadiusM);
        expect(isConnected(h.cells), `${h.hotspotId} ${h.cells}`).toBe(true);
        expect(h.polygon.type).toBe('Polygon');
      }
    }
  });

  it('does not jump an empty ring to a hot cell within the radius', () => {
    const far = ring(ORIGIN_CELL, 2)[0];
    const field = [
      { h3: ORIGIN_CELL, crimes: 100 },
      { h3: far, crimes: 90 },
    ];
    const [h] = proposeHotspots(inputsOf(field), { n: 1, maxRadiusM: 300, stability: false }).hotspots;
    expect(h.cells).toEqual([ORIGIN_CELL]);
  });
});

describe('the stop rule', () => {
  it('adds a neighbour carrying at least 5% of the hotspot so far, and stops at one carrying less', () => {
    // Opposite neighbours (262 m apart): a hotspot seeded at one cannot reach the other.
    const [n1, , , n2] = ring(ORIGIN_CELL, 1);
    expect(areNeighborCells(n1, n2)).toBe(false);
    const field = [
      { h3: ORIGIN_CELL, crimes: 100 },
      { h3: n1, crimes: 6 },
      { h3: n2, crimes: 5 }, // 5 < 5% of 106
    ];
    const [h] = proposeHotspots(inputsOf(field), { n: 1, stability: false }).hotspots;
    expect(h.cells).toEqual([ORIGIN_CELL, n1].sort());
  });

  it('passes over a hotspot with fewer crimes than the minimum', () => {
    const field = [
      { h3: cellAt(0), crimes: 4, harm: 4 * 800 },
      { h3: cellAt(1000), crimes: 10 },
    ];
    const { hotspots } = proposeHotspots(inputsOf(field), { n: 2, minCrimes: 5, stability: false });
    expect(hotspots.map((h) => h.cells)).toEqual([[cellAt(1000)]]);
    expect(hotspots[0].hotspotId).toBe('H01');
  });
});

describe('quotas', () => {
  const field: Placed[] = [
    { h3: cellAt(0), crimes: 100 },
    { h3: cellAt(1000), crimes: 90 },
    { h3: cellAt(2000), crimes: 80, district: 'Blaby' },
    { h3: cellAt(3000), crimes: 5, district: 'Rutland' },
  ];
  const districts = (p: ReturnType<typeof proposeHotspots>) => p.hotspots.map((h) => h.district);

  it('reserves a place for an area with a minimum, though its cells rank last', () => {
    const free = proposeHotspots(inputsOf(field), { n: 2, stability: false });
    expect(districts(free)).toEqual(['Leicester', 'Leicester']);
    const quota = proposeHotspots(inputsOf(field), {
      n: 2,
      stability: false,
      quotas: { by: 'area', minimum: { rutland: 1 } },
    });
    expect(districts(quota)).toEqual(['Leicester', 'Rutland']);
  });

  it('caps an area at its maximum, and counts districts by name', () => {
    const capped = proposeHotspots(inputsOf(field), {
      n: 3,
      stability: false,
      quotas: { by: 'area', maximum: { city: 1 } },
    });
    expect(districts(capped)).toEqual(['Leicester', 'Blaby', 'Rutland']);
    const byDistrict = proposeHotspots(inputsOf(field), {
      n: 2,
      stability: false,
      quotas: { by: 'district', minimum: { Blaby: 1 } },
    });
    expect(districts(byDistrict)).toEqual(['Leicester', 'Blaby']);
  });

  it('says when a minimum cannot be met and gives the place to the next cell', () => {
    const p = proposeHotspots(inputsOf(field), {
      n: 2,
      stability: false,
      quotas: { by: 'district', minimum: { Melton: 1 } },
    });
    expect(districts(p)).toEqual(['Leicester', 'Leicester']);
    expect(p.notes.map((n) => n.code)).toEqual(['quota-not-met']);
    expect(p.notes[0].sentence).toContain('Melton has 0 hotspots, fewer than its quota of 1');
  });
});

describe('locking', () => {
  const field: Placed[] = [
    { h3: cellAt(0), crimes: 100 },
    { h3: cellAt(1000), crimes: 90 },
    { h3: cellAt(1300), crimes: 85 },
    { h3: cellAt(2000), crimes: 3 },
    { h3: cellAt(2300), crimes: 80 },
    { h3: cellAt(4000), crimes: 2 },
  ];

  it('keeps a locked hotspot as it is, with its id and name, and keeps others 500 m from its centre', () => {
    const locked = { hotspotId: 'H07', name: 'Kept by the hub', cells: [cellAt(2000)] };
    const p = proposeHotspots(inputsOf(field), { n: 4, stability: false, locked: [locked] });
    // 1300 m is 300 m from the proposal at 1000 m, 2300 m is 300 m from the locked centre: both passed over.
    expect(p.hotspots.map((h) => [h.hotspotId, h.locked, h.cells])).toEqual([
      ['H01', false, [cellAt(0)]],
      ['H02', false, [cellAt(1000)]],
      ['H03', false, [cellAt(4000)]],
      ['H07', true, [cellAt(2000)]],
    ]);
    expect(p.hotspots[3].name).toBe('Kept by the hub');
  });

  it('does not hand a locked hotspot’s cells to another, even with no separation', () => {
    const [n1] = ring(cellAt(0), 1);
    const hot = [
      { h3: cellAt(0), crimes: 100 },
      { h3: n1, crimes: 60 },
      { h3: cellAt(1000), crimes: 10 },
    ];
    const locked = { hotspotId: 'H01', cells: [cellAt(0)], centreLngLat: null };
    const p = proposeHotspots(inputsOf(hot), { n: 3, minSeparationM: 0, stability: false, locked: [locked] });
    const proposed = p.hotspots.filter((h) => !h.locked);
    expect(proposed.flatMap((h) => h.cells)).not.toContain(cellAt(0));
    expect(proposed.map((h) => h.cells)).toEqual([[n1], [cellAt(1000)]]);
    expect(proposed.map((h) => h.hotspotId)).toEqual(['H02', 'H03']);
  });
});

describe('deterministic ties', () => {
  // Five isolated cells, 1 km apart, each with 10 crimes: every ranking measure ties.
  const field = [0, 1000, 2000, 3000, 4000].map((m) => ({ h3: cellAt(m), crimes: 10 }));

  it('breaks ties by cell id', () => {
    const { hotspots } = proposeHotspots(inputsOf(field), { n: 2, stability: false });
    const lowestIds = field
      .map((f) => f.h3)
      .sort()
      .slice(0, 2);
    expect(hotspots.flatMap((h) => h.cells).sort()).toEqual(lowestIds);
  });

  it('gives the same proposal whatever order the rows come in', () => {
    const a = proposeHotspots(inputsOf(randomField()));
    const b = proposeHotspots(inputsOf([...randomField()].reverse()));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('stability and coverage', () => {
  const months = Array.from(
    { length: 24 },
    (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
  const steady = months.map((monthIso) => ({ h3: cellAt(0), crimes: 10, monthIso }));
  // Busy only in the last three months: no earlier window ranks it.
  const late = months.slice(-3).map((monthIso) => ({ h3: cellAt(2000), crimes: 50, monthIso }));

  it('measures on the 13 rolling 12-month windows 24 months hold, and says so', () => {
    const inputs = {
      ...inputsOf([...steady, ...late], months),
      selection: { fromMonth: '2025-01', toMonth: '2025-12', crimeTypes: ['Violence and sexual offences'] },
    };
    const p = proposeHotspots(inputs, { n: 1 });
    expect(p.stabilityWindowEnds).toEqual(months.slice(11));
    expect(p.hotspots[0].cells).toEqual([cellAt(2000)]);
    // 150 crimes in the last three months outrank 120 a year only in the windows that hold all three.
    expect(p.hotspots[0].stability).toBeCloseTo(1 / 13, 10);
    expect(p.notes.map((n) => n.code)).toEqual(['short-stability-history']);
    const two = proposeHotspots(inputs, { n: 2 });
    // With two places both cells are chosen wherever the late one has any crime: the windows ending Oct–Dec 2025.
    expect(two.hotspots.map((h) => h.stability)).toEqual([3 / 13, 1]);
  });

  it('draws the coverage curve up to 50 hotspots, harm and area rising together', () => {
    const p = proposeHotspots(inputsOf(randomField()), { stability: false, minSeparationM: 200 });
    expect(p.coverage.length).toBeGreaterThan(18);
    expect(p.coverage.length).toBeLessThanOrEqual(50);
    p.coverage.forEach((point, i) => {
      expect(point.k).toBe(i + 1);
      if (i > 0) expect(point.harmShare).toBeGreaterThan(p.coverage[i - 1].harmShare);
      if (i > 0) expect(point.areaShare).toBeGreaterThan(p.coverage[i - 1].areaShare);
    });
    expect(p.coverage[17].harmShare).toBeCloseTo(p.chosen.harmShare, 12);
  });
});
