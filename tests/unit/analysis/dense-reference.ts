// Straightforward dense-matrix versions of Gi* and Moran's I, written independently of src/analysis from the textbook
// formulas, so the fast implementations can be checked against a second reading of the same equations.

/** Gi* (Ord & Getis 1995) with an explicit n×n binary weight matrix that includes the diagonal. */
export function denseGiStar(x: number[], w: number[][]): number[] {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(x.reduce((a, b) => a + b * b, 0) / n - mean * mean);
  return x.map((_, i) => {
    const wi = w[i];
    const sumW = wi.reduce((a, b) => a + b, 0);
    const sumW2 = wi.reduce((a, b) => a + b * b, 0);
    const lag = wi.reduce((a, wij, j) => a + wij * x[j], 0);
    return (lag - mean * sumW) / (s * Math.sqrt((n * sumW2 - sumW * sumW) / (n - 1)));
  });
}

/** Moran's I and its normality-assumption variance (Cliff & Ord 1981) from a dense weight matrix. */
export function denseMoran(x: number[], w: number[][]): { i: number; variance: number } {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const z = x.map((v) => v - mean);
  let s0 = 0,
    num = 0,
    s1 = 0,
    s2 = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      s0 += w[i][j];
      num += w[i][j] * z[i] * z[j];
      s1 += (w[i][j] + w[j][i]) ** 2;
    }
  s1 /= 2;
  for (let i = 0; i < n; i++) {
    let row = 0,
      col = 0;
    for (let j = 0; j < n; j++) {
      row += w[i][j];
      col += w[j][i];
    }
    s2 += (row + col) ** 2;
  }
  const i = (n / s0) * (num / z.reduce((a, b) => a + b * b, 0));
  const ei = -1 / (n - 1);
  return { i, variance: (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - ei * ei };
}

/** Rook neighbours on a rows×cols lattice, cell index = r·cols + c. */
export function rookLattice(rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const list: number[] = [];
      for (const [dr, dc] of [
        [-1, 0],
        [1, 0],
        [0, -1],
        [0, 1],
      ]) {
        const rr = r + dr,
          cc = c + dc;
        if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) list.push(rr * cols + cc);
      }
      out.push(list);
    }
  return out;
}
