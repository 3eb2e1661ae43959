// The visit rules (issue 17, docs/patrol-dosage.md), one hand-made track per rule: inside, gap tolerance, outside ping,
// minimum dwell, overlapping and neighbouring hotspots, street-segment buffers, midnight.
import { describe, expect, it } from 'vitest';
import {
  detectVisits,
  dosageHotspot,
  DEFAULT_DETECTION_RULES,
  type DosageHotspot,
  type PatrolPing,
} from '../../../../src/analysis/patrol/visits';
import { A, B, C, every, IN_A_AND_B, IN_A_ONLY, IN_B_ONLY, IN_C, ms, OUTSIDE, T0, track } from './dosage-tracks';

/** Visits and pass-throughs as [hotspot, unit, start s, end s] after T0, for readable expectations. */
function runs(pings: PatrolPing[], hotspots: DosageHotspot[], rules = DEFAULT_DETECTION_RULES) {
  const { visits, passThroughs } = detectVisits(pings, hotspots, rules);
  const seconds = (x: number) => (x - T0) / 1000;
  const row = (v: (typeof visits)[number]) => [v.hotspotId, v.unitId, seconds(v.startMs), seconds(v.endMs)];
  return { visits: visits.map(row), passThroughs: passThroughs.map(row) };
}

describe('a visit is a run of inside pings, ended by a ping outside or a gap over the tolerance', () => {
  const cases: { name: string; fixes: [number, [number, number]][]; visits: number[][]; passThroughs: number[][] }[] = [
    {
      name: 'ten minutes inside, pings every 30 s: one visit, first to last inside ping',
      fixes: [[-30, OUTSIDE], ...every(0, 600, 30, IN_A_ONLY), [630, OUTSIDE]],
      visits: [[0, 600]],
      passThroughs: [],
    },
    {
      name: 'a lost fix of exactly the 120 s tolerance inside: the visit continues',
      fixes: [...every(0, 300, 30, IN_A_ONLY), ...every(420, 600, 30, IN_A_ONLY)],
      visits: [[0, 600]],
      passThroughs: [],
    },
    {
      name: 'a lost fix of 121 s, just beyond the tolerance: two visits',
      fixes: [...every(0, 300, 30, IN_A_ONLY), ...every(421, 601, 30, IN_A_ONLY)],
      visits: [
        [0, 300],
        [421, 601],
      ],
      passThroughs: [],
    },
    {
      name: 'one ping outside between inside pings: the visit ends at the last inside ping, a new one starts',
      fixes: [...every(0, 300, 30, IN_A_ONLY), [330, OUTSIDE], ...every(360, 600, 30, IN_A_ONLY)],
      visits: [
        [0, 300],
        [360, 600],
      ],
      passThroughs: [],
    },
    {
      name: 'a gap over the tolerance ends a visit even when the next ping is outside (end = last inside ping)',
      fixes: [...every(0, 300, 30, IN_A_ONLY), [900, OUTSIDE]],
      visits: [[0, 300]],
      passThroughs: [],
    },
    {
      name: 'a corner crossed in 30 s: a pass-through, not a visit',
      fixes: [
        [0, OUTSIDE],
        [30, IN_A_ONLY],
        [60, IN_A_ONLY],
        [90, OUTSIDE],
      ],
      visits: [],
      passThroughs: [[30, 60]],
    },
    {
      name: 'a single inside ping: a pass-through of 0 minutes',
      fixes: [
        [0, OUTSIDE],
        [30, IN_A_ONLY],
        [60, OUTSIDE],
      ],
      visits: [],
      passThroughs: [[30, 30]],
    },
    {
      name: 'exactly the 60 s minimum dwell: a visit; 59 s: a pass-through',
      fixes: [
        [0, IN_A_ONLY],
        [60, IN_A_ONLY],
        [90, OUTSIDE],
        [120, IN_A_ONLY],
        [179, IN_A_ONLY],
        [200, OUTSIDE],
      ],
      visits: [[0, 60]],
      passThroughs: [[120, 179]],
    },
  ];
  it.each(cases)('$name', ({ fixes, visits, passThroughs }) => {
    expect(runs(track('U1', fixes), [A])).toEqual({
      visits: visits.map(([s, e]) => ['A', 'U1', s, e]),
      passThroughs: passThroughs.map(([s, e]) => ['A', 'U1', s, e]),
    });
  });
});

describe('pings are taken per unit in time order', () => {
  it('a file out of order gives the same visits as in order', () => {
    const pings = track('U1', [[-30, OUTSIDE], ...every(0, 600, 30, IN_A_ONLY), [630, OUTSIDE]]);
    expect(runs([...pings].reverse(), [A])).toEqual(runs(pings, [A]));
  });

  it("two units' pings interleaved: each unit's own run, the other's pings neither end nor bridge it", () => {
    const u1 = track('U1', every(0, 600, 30, IN_A_ONLY));
    const u2 = track('U2', [...every(15, 195, 30, OUTSIDE), ...every(225, 405, 30, IN_A_ONLY)]);
    expect(
      runs(
        [...u1, ...u2].sort((a, b) => a.atMs - b.atMs),
        [A],
      ).visits,
    ).toEqual([
      ['A', 'U1', 0, 600],
      ['A', 'U2', 225, 405],
    ]);
  });

  it('the gap tolerance and minimum dwell are parameters', () => {
    const fixes = track('U1', [...every(0, 300, 30, IN_A_ONLY), ...every(480, 600, 30, IN_A_ONLY)]);
    expect(runs(fixes, [A], { gapSeconds: 180, minDwellSeconds: 60 }).visits).toEqual([['A', 'U1', 0, 600]]);
    expect(runs(fixes, [A], { gapSeconds: 120, minDwellSeconds: 200 })).toEqual({
      visits: [['A', 'U1', 0, 300]],
      passThroughs: [['A', 'U1', 480, 600]],
    });
    expect(() => detectVisits(fixes, [A], { gapSeconds: 0, minDwellSeconds: 60 })).toThrow(/gap tolerance/);
  });
});

describe('two hotspots close together', () => {
  it('overlapping: a ping in both counts in a run of each, each hotspot measured on its own', () => {
    const walk = track('U1', [
      ...every(0, 300, 30, IN_A_ONLY),
      ...every(330, 600, 30, IN_A_AND_B),
      ...every(630, 900, 30, IN_B_ONLY),
    ]);
    expect(runs(walk, [A, B]).visits).toEqual([
      ['A', 'U1', 0, 600],
      ['B', 'U1', 330, 900],
    ]);
  });

  it('side by side: walking from one into the other ends the first visit at its last ping and starts the second', () => {
    const walk = track('U1', [...every(0, 300, 30, IN_A_ONLY), ...every(330, 600, 30, IN_C)]);
    expect(runs(walk, [A, C]).visits).toEqual([
      ['A', 'U1', 0, 300],
      ['C', 'U1', 330, 600],
    ]);
  });
});

describe('a street-segment hotspot is its buffer', () => {
  // An east-west line at latitude 52.638; 0.00036° of latitude ≈ 40 m, 0.00054° ≈ 60 m.
  const line = {
    type: 'LineString' as const,
    coordinates: [
      [-1.125, 52.638],
      [-1.123, 52.638],
    ],
  };
  const near: [number, number] = [-1.124, 52.638 + 0.00036];
  const far: [number, number] = [-1.124, 52.638 + 0.00054];
  const fixes = (lngLat: [number, number]) => track('U1', every(0, 300, 30, lngLat));

  it.each([
    { bufferMetres: 50, at: near, visits: 1 },
    { bufferMetres: 50, at: far, visits: 0 },
    { bufferMetres: 70, at: far, visits: 1 },
  ])('$bufferMetres m buffer, pings at latitude $at.1: $visits visit(s)', ({ bufferMetres, at: lngLat, visits }) => {
    const hotspot = dosageHotspot('S', line, bufferMetres);
    expect(detectVisits(fixes(lngLat), [hotspot]).visits).toHaveLength(visits);
  });
});

describe('midnight', () => {
  it('a visit across midnight is one visit (the clock rolling over ends nothing)', () => {
    const start = ms('2025-03-07 23:55:00');
    const pings = Array.from({ length: 21 }, (_, i) => ({ unitId: 'U1', atMs: start + i * 30_000, lngLat: IN_A_ONLY }));
    const { visits } = detectVisits(pings, [A]);
    expect(visits).toEqual([{ hotspotId: 'A', unitId: 'U1', startMs: start, endMs: ms('2025-03-08 00:05:00') }]);
  });
});
