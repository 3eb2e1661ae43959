// Place-days needed for a patrol trial, against van Belle's worked example and R's normal quantiles.
import { describe, expect, it } from 'vitest';
import { normalQuantile, placeDaysNeeded, type SampleSize } from '../../../../src/analysis/patrol/sample-size';

const size = (inputs: Parameters<typeof placeDaysNeeded>[0]): SampleSize => {
  const s = placeDaysNeeded(inputs);
  if ('problem' in s) throw new Error(s.problem);
  return s;
};

describe('normal quantiles', () => {
  it("match R's qnorm to 1e-12", () => {
    // R: qnorm(0.975) 1.959963984540054, qnorm(0.8) 0.8416212335729143, qnorm(0.995) 2.575829303548901,
    // qnorm(1e-10) −6.361340902404056 (printed with print(x, digits = 16)).
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829303548901, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
    expect(normalQuantile(0.5)).toBe(0);
  });
});

describe('place-days needed (square-root method)', () => {
  it("gives van Belle's worked example: 4 and 9 errors per 1000 words need 4 thousand-word units per group", () => {
    // van Belle, Statistical Rules of Thumb (2nd ed., Wiley 2008), p. 40, rule for two Poisson means:
    // n = 4 / (√θ0 − √θ1)² per sample for α = 0.05 two-sided and 80% power; his example compares transcribers with
    // 4 and 9 errors per 1000 words: 4 / (2 − 3)² = 4 (quoted in a public Q&A answer on rare-event sample sizes).
    // The exact formula has (1.959964 + 0.841621)² / 2 = 3.92 in place of 4, which rounds up to the same 4.
    const s = size({ baseRatePerPlaceDay: 9, reduction: 5 / 9 });
    expect(s.patrolRatePerPlaceDay).toBeCloseTo(4, 12);
    expect(s.exactTotal / 2).toBeCloseTo((1.959963984540054 + 0.8416212335729143) ** 2 / 2, 10);
    expect([s.patrolPlaceDays, s.controlPlaceDays, s.total]).toEqual([4, 4, 8]);
  });

  it('scales as 1/(√λ0 − √λ1)²: a GRIP-sized case, 0.5 crimes per place-day and a 20% cut', () => {
    const s = size({ baseRatePerPlaceDay: 0.5, reduction: 0.2 });
    const expected = (1.959963984540054 + 0.8416212335729143) ** 2 / (2 * (Math.sqrt(0.5) - Math.sqrt(0.4)) ** 2);
    expect(s.exactTotal / 2).toBeCloseTo(expected, 8);
    expect(s.patrolPlaceDays).toBe(Math.ceil(expected));
    expect(s.method).toBe(
      'To detect 20% fewer crimes (0.500 to 0.400 per place-day) with 80% power at two-sided α = 0.05: 705 patrol and 705 control place-days (Poisson counts, square-root normal approximation; more if crimes cluster on the same days).',
    );
  });

  it('needs more place-days in all when fewer are on patrol (1 in 3 against 1 in 2), twice as many on control', () => {
    const half = size({ baseRatePerPlaceDay: 0.5, reduction: 0.2 });
    const third = size({ baseRatePerPlaceDay: 0.5, reduction: 0.2, patrolShare: 1 / 3 });
    expect(third.exactTotal / half.exactTotal).toBeCloseTo(1 / (4 * (1 / 3) * (2 / 3)), 12); // 9/8
    expect(third.controlPlaceDays / third.patrolPlaceDays).toBeCloseTo(2, 2);
  });

  it('follows α and power (90% power needs (1.96 + 1.28)² / (1.96 + 0.84)² ≈ 1.34 times as many)', () => {
    const s80 = size({ baseRatePerPlaceDay: 1, reduction: 0.3 });
    const s90 = size({ baseRatePerPlaceDay: 1, reduction: 0.3, power: 0.9 });
    expect(s90.exactTotal / s80.exactTotal).toBeCloseTo(
      (1.959963984540054 + 1.281551565544601) ** 2 / (1.959963984540054 + 0.8416212335729143) ** 2,
      10,
    );
  });

  it.each([
    [{ baseRatePerPlaceDay: 0, reduction: 0.2 }, 'The base rate must be more than 0 crimes per place-day (got 0).'],
    [
      { baseRatePerPlaceDay: 1, reduction: 1 },
      'The reduction must be between 0 and 1, e.g. 0.2 for 20% fewer (got 1).',
    ],
    [{ baseRatePerPlaceDay: 1, reduction: 0.2, patrolShare: 0 }, 'The patrol share must be between 0 and 1 (got 0).'],
    [{ baseRatePerPlaceDay: 1, reduction: 0.2, alpha: 0 }, 'The significance level must be between 0 and 1 (got 0).'],
    [{ baseRatePerPlaceDay: 1, reduction: 0.2, power: 0.4 }, 'The power must be between 0.5 and 1 (got 0.4).'],
  ])('%j is refused', (inputs, problem) => {
    expect(placeDaysNeeded(inputs)).toEqual({ problem });
  });
});
