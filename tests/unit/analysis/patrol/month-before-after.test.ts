import { describe, expect, it } from 'vitest';
import { monthBeforeAfter } from '../../../../src/analysis/patrol/month-before-after';
import { poissonRateRatio } from '../../../../src/analysis/rate-ratio';

const period = { fromMonth: '2025-01', toMonth: '2025-03' };
const previous = { fromMonth: '2024-10', toMonth: '2024-12' };

describe('the month-level before/after (police.uk data, no times)', () => {
  it('adds the hotspots up, compares each with its own months before, and gives the RRI against the force', () => {
    const r = monthBeforeAfter(
      period,
      previous,
      [
        { hotspotId: 'H01', crimes: 30, previousCrimes: 40 },
        { hotspotId: 'H02', crimes: 10, previousCrimes: 10 },
      ],
      { crimes: 1000, previousCrimes: 1000 },
    );
    expect(r.rows.map((x) => [x.hotspotId, x.crimes, x.previousCrimes])).toEqual([
      [null, 40, 50],
      ['H01', 30, 40],
      ['H02', 10, 10],
    ]);
    expect(r.rows[0].rateRatio).toBeCloseTo(0.8, 12);
    expect(r.rows[1].ciHigh).toBeCloseTo(poissonRateRatio(30, 40).ciHigh, 12);
    // (40 / 50) / (1000 / 1000)
    expect(r.recaptureRateIndex).toBeCloseTo(0.8, 12);
    expect(r.sentence).toMatch(/40 crimes against 50 in 2024-10 to 2024-12: rate ratio 0\.80/);
  });

  it('says so when the months before are not loaded', () => {
    const r = monthBeforeAfter(period, previous, [{ hotspotId: 'H01', crimes: 3, previousCrimes: null }], {
      crimes: 100,
      previousCrimes: null,
    });
    expect(r.rows[0].previousCrimes).toBeNull();
    expect(Number.isNaN(r.rows[0].rateRatio)).toBe(true);
    expect(Number.isNaN(r.recaptureRateIndex)).toBe(true);
    expect(r.sentence).toMatch(/not loaded/);
  });
});
