import { describe, expect, it } from 'vitest';
import { betaQuantile, logBeta, logGamma, regularizedBeta, regularizedBetaUpper } from '../../../src/analysis';

/** |actual − printed| within half a unit in the printed value's last decimal place (R prints 7 significant digits). */
function expectPrinted(actual: number, printed: string): void {
  const decimals = printed.split('.')[1]?.length ?? 0;
  expect(Math.abs(actual - Number(printed))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-15);
}

describe('ln Γ and ln B', () => {
  const logFactorial = (n: number) => Array.from({ length: n }, (_, i) => Math.log(i + 1)).reduce((a, b) => a + b, 0);
  it.each([
    [0.5, 0.5 * Math.log(Math.PI)], // Γ(½) = √π
    [1, 0],
    [2, 0],
    [10, Math.log(362880)], // Γ(10) = 9!
    [100, logFactorial(99)],
    [1000.5, logGamma(999.5) + Math.log(999.5)], // Γ(x + 1) = xΓ(x)
  ])('ln Γ(%f)', (x, expected) => expect(logGamma(x)).toBeCloseTo(expected, 10));

  // B(a, 1) = 1/a and B(a + 1, b) = B(a, b)·a/(a + b), in each of lbeta's three regimes (both < 10, one ≥ 10, both).
  it.each([
    [3.5, 7],
    [3.5, 1e5],
    [1e4, 2e4],
    [2.5e6, 4e6],
  ])('ln B(%f, %f) satisfies the recurrence', (a, b) => {
    // ln B(2.5e6, 4e6) ≈ −4.3e6, so one ulp of it is already ~1e-9: the check is relative to its size.
    const error = logBeta(a + 1, b) - logBeta(a, b) - Math.log(a / (a + b));
    expect(Math.abs(error)).toBeLessThanOrEqual(1e-15 * Math.abs(logBeta(a, b)) + 1e-13);
  });
  it.each([[5], [50], [1e6]])('ln B(%f, 1) = −ln a', (a) => expect(logBeta(a, 1)).toBeCloseTo(-Math.log(a), 11));
});

describe('regularised incomplete beta I_x(a, b)', () => {
  // Closed forms: I_x(1, 1) = x (R's ?Beta example: pbeta(x, 1, 1) = x), I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b,
  // I_x(2, 2) = x²(3 − 2x), and I_½(a, a) = ½ by symmetry.
  const xs = [1e-6, 0.05, 0.3, 0.5, 0.77, 0.999];
  it.each(xs)('I_%f(1, 1) = x', (x) => expect(regularizedBeta(x, 1, 1)).toBeCloseTo(x, 14));
  it.each(xs)('I_%f(3.7, 1) = x^3.7', (x) => expect(regularizedBeta(x, 3.7, 1)).toBeCloseTo(x ** 3.7, 14));
  it.each(xs)('I_%f(1, 40) = 1 − (1 − x)^40', (x) =>
    expect(regularizedBeta(x, 1, 40)).toBeCloseTo(1 - (1 - x) ** 40, 13),
  );
  it.each(xs)('I_%f(2, 2) = x²(3 − 2x)', (x) => expect(regularizedBeta(x, 2, 2)).toBeCloseTo(x * x * (3 - 2 * x), 14));
  it.each([0.5, 7.3, 250, 1e5])('I_½(%f, a) = ½', (a) => expect(regularizedBeta(0.5, a, a)).toBeCloseTo(0.5, 13));

  it('I_x(a, b) + I_{1−x}(b, a) = 1, and the upper tail keeps digits a subtraction would lose', () => {
    for (const [x, a, b] of [
      [0.2, 3, 9],
      [0.7, 682, 244],
      [0.01, 0.5, 30],
    ]) {
      expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 13);
      expect(regularizedBetaUpper(x, a, b)).toBeCloseTo(1 - regularizedBeta(x, a, b), 13);
    }
    // I_x(1, 1) upper tail at x = 1 − 1e-12 is exactly 1e-12; 1 − I would keep only ~4 digits.
    expect(regularizedBetaUpper(1 - 1e-12, 1, 1) / 1e-12).toBeCloseTo(1, 3);
    expect(regularizedBetaUpper(1e-3, 1, 1000)).toBeCloseTo((1 - 1e-3) ** 1000, 14);
  });

  it('answers 0, 1 and NaN at the edges', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(regularizedBeta(0.5, 0, 3)).toBeNaN();
    expect(regularizedBeta(Number.NaN, 2, 3)).toBeNaN();
  });
});

describe('beta quantile', () => {
  it("reproduces binom.test(682, 925)'s Clopper–Pearson limits: 0.7076683 0.7654066", () => {
    // R, stats-Ex.Rout.save (binom.test example, Conover 1971 p. 97f): 95 percent confidence interval
    // 0.7076683 0.7654066, i.e. qbeta(0.025, 682, 925 − 682 + 1) and qbeta(0.975, 682 + 1, 925 − 682).
    expectPrinted(betaQuantile(0.025, 682, 244), '0.7076683');
    expectPrinted(betaQuantile(0.975, 683, 243), '0.7654066');
  });

  // Closed forms: qbeta(p, a, 1) = p^(1/a), qbeta(p, 1, b) = 1 − (1 − p)^(1/b) (Clopper–Pearson at x = n and x = 0).
  it.each([
    [0.025, 5],
    [0.975, 5],
    [0.5, 0.3],
    [1e-10, 2],
  ])('qbeta(%f, a = %f, 1) = p^(1/a), and qbeta(p, 1, a) = 1 − (1 − p)^(1/a)', (p, a) => {
    expect(betaQuantile(p, a, 1) / p ** (1 / a)).toBeCloseTo(1, 12);
    expect(betaQuantile(p, 1, a)).toBeCloseTo(1 - (1 - p) ** (1 / a), 14);
  });

  it('inverts I_x(a, b) across shapes and tails, and q(p; a, b) = 1 − q(1 − p; b, a)', () => {
    for (const [a, b] of [
      [0.5, 0.5],
      [0.5, 3000],
      [2, 2],
      [11, 22],
      [137, 1e6],
      [5e4, 6e4],
    ]) {
      for (const p of [1e-12, 0.001, 0.025, 0.5, 0.975, 0.999]) {
        const x = betaQuantile(p, a, b);
        expect(regularizedBeta(x, a, b) / p).toBeCloseTo(1, 11);
        // 1 − 1e-12 is stored with a relative error of ~1e-4 in its last digits, so the mirror skips that p.
        if (p > 1e-6) expect(x + betaQuantile(1 - p, b, a)).toBeCloseTo(1, 14);
      }
    }
  });

  it('answers 0 and 1 at p = 0 and 1, NaN outside', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaQuantile(1.5, 2, 3)).toBeNaN();
    expect(betaQuantile(0.5, -1, 3)).toBeNaN();
  });
});
