import { describe, expect, it } from 'vitest';
import { benjaminiHochbergThreshold, confidenceBins, normalCdf, twoSidedP } from '../../../src/analysis';

describe('standard normal', () => {
  // Reference values as scipy.stats.norm prints them (norm.cdf(1.96), 2*norm.sf(3), norm.cdf(-1), 2*norm.sf(0.1)).
  it.each([
    [normalCdf(1.96), 0.9750021048517795],
    [twoSidedP(3), 0.0026997960632601866],
    [normalCdf(-1), 0.15865525393145707],
    [twoSidedP(0.1), 0.920344325445942],
    [twoSidedP(2.5758293035489004), 0.01],
  ])('%f ≈ %f', (got, expected) => expect(got).toBeCloseTo(expected, 14));
});

describe('Benjamini–Hochberg', () => {
  // Benjamini & Hochberg (1995), J. R. Statist. Soc. B 57(1):289–300, section 4: the 15 p-values of the
  // myocardial-infarction example. At q = 0.05 the procedure rejects the four smallest (Bonferroni only three).
  const published = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1,
  ];
  it('rejects the four hypotheses the paper rejects', () => {
    const critical = benjaminiHochbergThreshold(published, 0.05);
    expect(critical).toBe(0.0095);
    expect(published.filter((p) => p <= critical)).toHaveLength(4);
    expect(published.filter((p) => p <= 0.05 / 15)).toHaveLength(3);
  });

  it('bins like ArcGIS: fixed cut-offs without FDR, stricter with it', () => {
    const z = published.map(() => 2);
    expect([...confidenceBins(z, published, false)].slice(0, 10)).toEqual([3, 3, 3, 3, 2, 2, 2, 2, 2, 0]);
    // With FDR: q=0.01 keeps p ≤ 0.0019 (3·0.01/15 = 0.002), q=0.05 keeps p ≤ 0.0095, q=0.10 keeps p ≤ 0.0459 (9·0.1/15
    // = 0.06).
    expect([...confidenceBins(z, published, true)].slice(0, 10)).toEqual([3, 3, 3, 2, 1, 1, 1, 1, 1, 0]);
    expect(
      [
        ...confidenceBins(
          z.map((v) => -v),
          published,
          true,
        ),
      ][0],
    ).toBe(-3);
  });
});
