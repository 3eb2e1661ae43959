/**
 * Seeded pseudo-random numbers for permutation tests: the same seed gives the same draws in Node, the browser and the
 * worker, so a Local Moran's I map is reproducible. Mulberry32 (Tommy Ettinger, 2017, public domain; the 32-bit
 * generator listed in bryc/code "PRNGs.md"): one 32-bit state, a Weyl increment 0x6D2B79F5 and an xorshift-multiply
 * output mix. Period 2^32, which is ample for 10^8 draws per analysis; it is not cryptographic.
 */
export interface SeededRandom {
  /** The next unsigned 32-bit integer, uniform on [0, 2^32). */
  nextUint32(): number;
  /** The next double, uniform on [0, 1) with 32 random bits. */
  next(): number;
  /** An integer uniform on [0, bound), for 1 ≤ bound ≤ 2^32 (multiply-high; bias below bound / 2^32). */
  below(bound: number): number;
}

const TWO_TO_32 = 4294967296;

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    nextUint32,
    next: () => nextUint32() / TWO_TO_32,
    below: (bound: number) => Math.floor((nextUint32() / TWO_TO_32) * bound),
  };
}
