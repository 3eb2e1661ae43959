/** Median wall time of `runs` calls, in ms. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * The baseline every figure is divided by, measured in the same run: sorting one million doubles. Ratios to it
 * travel between machines and loads better than raw milliseconds.
 */
export function calibrationWorkload(): void {
  const values = new Float64Array(1_000_000);
  let seed = 1;
  for (let i = 0; i < values.length; i++) values[i] = (seed = (seed * 16807) % 2147483647) / 2147483647;
  values.sort();
}
