import { describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS, harmWeightFor, pai, rri, totalNetEffect, wdq } from '../../../src/analysis';

describe('PAI and RRI', () => {
  it('PAI = hit rate / area share (Chainey, Tompson & Uhlig 2008)', () => {
    // 20% of crime in 2% of the area → PAI 10.
    expect(pai(200, 1000, 5, 250)).toBeCloseTo(10, 12);
    expect(pai(100, 1000, 25, 250)).toBeCloseTo(1, 12);
    expect(pai(1, 0, 1, 1)).toBeNaN();
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
    expect(wdq({ ...base, bufferBefore: 50, bufferAfter: 40 })).toBeCloseTo((0.04 - 0.05) / -0.04, 12); // +0.25 diffusion
    expect(wdq({ ...base, bufferBefore: 50, bufferAfter: 60 })).toBeCloseTo(-0.25, 12);
    expect(wdq({ ...base, bufferBefore: 50, bufferAfter: 100 })).toBeCloseTo(-1.25, 12);
    expect(wdq({ ...base, hotspotAfter: 100, bufferBefore: 50, bufferAfter: 60 })).toBeNaN();
  });

  it('counts crimes saved against the control trend', () => {
    // Control halves: hotspot expected 50 but saw 40 (10 saved); buffer expected 25 but saw 30 (5 displaced) → 5 net.
    expect(totalNetEffect({ hotspotBefore: 100, hotspotAfter: 40, bufferBefore: 50, bufferAfter: 30, controlBefore: 1000, controlAfter: 500 })).toBeCloseTo(5, 12);
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
