export interface LocalMoranMoments {
  /** E[Is] under total randomisation (Anselin 1995): −w_i / (n − 1); −1/(n − 1) with row-standardised weights. */
  ei: Float64Array;
  /** Var[Is] under total randomisation (Anselin 1995, in Sokal, Oden & Thomson's 1998 form, eq. A4). */
  vi: Float64Array;
  /** E[Is] under conditional randomisation (Sokal, Oden & Thomson 1998, Geographical Analysis 30(4), eq. A7). */
  eic: Float64Array;
  /** Var[Is] under conditional randomisation (Sokal et al. 1998, eq. A8). */
  vic: Float64Array;
}

/**
 * The analytical moments esda's `Moran_Local.__moments` reports as `EI`, `VI`, `EIc` and `VIc`, for row-standardised
 * weights (w_i = Σj wij = 1, w_i(2) = Σj wij² = 1/|N(i)|; 0 and 0 for an island), with z the standardised values and
 * m2 = Σz²/n, b2 = (Σz⁴/n) / m2²:
 *   EI = −w_i/(n−1),  VI = w_i(2)(n − b2)/(n−1) + (w_i² − w_i(2))(2b2 − n)/((n−1)(n−2)) − EI²,
 *   EIc = −z_i² w_i / ((n−1) m2),  VIc = (z_i/m2)² · n/(n−2) · (w_i(2) − w_i²/(n−1)) · (m2 − z_i²/(n−1)).
 * esda says itself these are for reproducibility and recommends the permutation moments. Two things worth knowing:
 * the Sokal moments are those of z_i·lag_i/m2, which is n/(n−1) times esda's Is, so the conditional-permutation mean
 * and variance of `localMoransI`'s Is are EIc·(n−1)/n and VIc·((n−1)/n)²; and b2 is the kurtosis summed over all
 * cells (the form esda's published VI test values match), not per cell.
 */
export function localMoranMoments(values: ArrayLike<number>, neighbours: ArrayLike<number>[]): LocalMoranMoments {
  const n = values.length;
  const out: LocalMoranMoments = {
    ei: new Float64Array(n),
    vi: new Float64Array(n),
    eic: new Float64Array(n),
    vic: new Float64Array(n),
  };
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k];
  const mean = sum / n;
  let squares = 0;
  for (let k = 0; k < n; k++) squares += (values[k] - mean) ** 2;
  const sd = Math.sqrt(squares / n);
  if (n < 3 || !(sd > 0)) return out;
  const z = Float64Array.from({ length: n }, (_, k) => (values[k] - mean) / sd);
  let m2 = 0;
  let m4 = 0;
  for (let k = 0; k < n; k++) {
    m2 += z[k] ** 2;
    m4 += z[k] ** 4;
  }
  m2 /= n;
  m4 /= n;
  const b2 = m4 / (m2 * m2);
  for (let i = 0; i < n; i++) {
    const size = countOthers(neighbours[i], i);
    const wi = size > 0 ? 1 : 0;
    const wi2 = size > 0 ? 1 / size : 0;
    out.ei[i] = -wi / (n - 1);
    out.vi[i] =
      (wi2 * (n - b2)) / (n - 1) + ((wi * wi - wi2) * (2 * b2 - n)) / ((n - 1) * (n - 2)) - (wi / (n - 1)) ** 2;
    out.eic[i] = -(z[i] ** 2 * wi) / ((n - 1) * m2);
    out.vic[i] = (z[i] / m2) ** 2 * (n / (n - 2)) * (wi2 - wi ** 2 / (n - 1)) * (m2 - z[i] ** 2 / (n - 1));
  }
  return out;
}

function countOthers(list: ArrayLike<number>, self: number): number {
  let count = 0;
  for (let k = 0; k < list.length; k++) if (list[k] !== self) count++;
  return count;
}
