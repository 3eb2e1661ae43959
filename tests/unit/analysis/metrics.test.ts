import { describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS, harmWeightFor, pai, rri, totalNetEffect, wdd, wdq } from '../../../src/analysis';

describe('PAI and RRI', () => {
  it('PAI = hit rate / area share (Chainey, Tompson & Uhlig 2008)', () => {
    // 20% of crime in 2% of the area → PAI 10.
    expect(pai(200, 1000, 5, 250)).toBeCloseTo(10, 12);
    expect(pai(100, 1000, 25, 250)).toBeCloseTo(1, 12);
    expect(pai(1, 0, 1, 1)).toBeNaN();
  });

  it('matches the reference implementation ptools::pai (Wheeler; tests/testthat/test-pai.R): PAI 2, 1.5, 1', () => {
    // Three equal-area cells with observed crimes 6, 3, 0, taken in order of prediction: the cumulative PAI after one,
    // two and three cells is 2, 1.5 and 1 in ptools' own test (PAI = (c_t/C)/(a_t/A), Chainey et al. 2008).
    const observed = [6, 3, 0];
    const total = observed.reduce((a, b) => a + b, 0);
    const cumulative = observed.map((_, t) =>
      pai(
        observed.slice(0, t + 1).reduce((a, b) => a + b, 0),
        total,
        t + 1,
        observed.length,
      ),
    );
    expect(cumulative).toEqual([2, 1.5, 1]);
  });

  it('RRI = (after/before in the hotspots) / (after/before overall) (Levine 2004)', () => {
    expect(rri(120, 100, 1000, 1000)).toBeCloseTo(1.2, 12);
    expect(rri(50, 100, 500, 1000)).toBeCloseTo(1, 12);
  });
});

describe('WDQ and total net effect (Bowers & Johnson 2003)', () => {
  // Treated area falls 100 → 60 while control stays 1000 → 1000: success measure = 0.06 − 0.10 = −0.04.
  const base = { hotspotBefore: 100, hotspotAfter: 60, controlBefore: 1000, controlAfter: 1000 };

  it('is positive for diffusion of benefit, negative for displacement, below −1 when displacement exceeds the gain', () => {
    // +0.25 diffusion
    expect(wdq({ ...base, bufferBefore: 50, bufferAfter: 40 })).toBeCloseTo((0.04 - 0.05) / -0.04, 12);
    expect(wdq({ ...base, bufferBefore: 50, bufferAfter: 60 })).toBeCloseTo(-0.25, 12);
    expect(wdq({ ...base, bufferBefore: 50, bufferAfter: 100 })).toBeCloseTo(-1.25, 12);
    expect(wdq({ ...base, hotspotAfter: 100, bufferBefore: 50, bufferAfter: 60 })).toBeNaN();
  });

  it('counts crimes saved against the control trend', () => {
    // Control halves: hotspot expected 50 but saw 40 (10 saved); buffer expected 25 but saw 30 (5 displaced) → 5 net.
    expect(
      totalNetEffect({
        hotspotBefore: 100,
        hotspotAfter: 40,
        bufferBefore: 50,
        bufferAfter: 30,
        controlBefore: 1000,
        controlAfter: 500,
      }),
    ).toBeCloseTo(5, 12);
  });
});

describe('harm weights', () => {
  it('cover all 14 police.uk crime types, rank robbery above burglary above shoplifting, and weigh unknown types 0', () => {
    expect(Object.keys(DEFAULT_HARM_WEIGHTS)).toHaveLength(14);
    expect(harmWeightFor('Robbery')).toBeGreaterThan(harmWeightFor('Burglary'));
    expect(harmWeightFor('Burglary')).toBeGreaterThan(harmWeightFor('Shoplifting'));
    expect(harmWeightFor('Not a type')).toBe(0);
    expect(harmWeightFor('Robbery', { Robbery: 2 })).toBe(2);
  });
});

describe('WDD (Wheeler & Ratcliffe 2018, Crime Science 7:11)', () => {
  it("reproduces the paper's worked example: −118 crimes, SE √1568, z = −2.98, 95% CI −196 to −40", () => {
    // The paper's Philadelphia example as used in ptools' own tests: control 308→318, treated 207→110,
    // control displacement area 150→140, treated displacement area 178→157.
    const r = wdd({
      treatedBefore: 207,
      treatedAfter: 110,
      controlBefore: 308,
      controlAfter: 318,
      treatedBufferBefore: 178,
      treatedBufferAfter: 157,
      controlBufferBefore: 150,
      controlBufferAfter: 140,
    });
    expect(r.estimate).toBe(-118);
    expect(r.standardError).toBeCloseTo(Math.sqrt(1568), 12);
    expect(r.z.toFixed(2)).toBe('-2.98');
    expect([Math.round(r.lower95), Math.round(r.upper95)]).toEqual([-196, -40]);
    expect(r.p).toBeLessThan(0.01);
  });

  it('is local-only without buffers: 20→10 treated against a flat control is −10', () => {
    expect(wdd({ treatedBefore: 20, treatedAfter: 10, controlBefore: 20, controlAfter: 20 }).estimate).toBe(-10);
  });
});
