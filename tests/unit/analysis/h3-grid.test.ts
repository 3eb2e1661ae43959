import { describe, expect, it } from 'vitest';
import { gridDisk, gridDistance, latLngToCell } from 'h3-js';
import { neighboursWithin } from '../../../src/analysis';

describe('neighboursWithin', () => {
  const centre = latLngToCell(52.6365, -1.1327, 9);
  // A ragged study area (every third cell dropped) so edges and holes are exercised.
  const cells = gridDisk(centre, 12).filter((_, i) => i % 3 !== 1);

  it.each([1, 2])('matches gridDistance ≤ %i within the study area, self included', (k) => {
    const neighbours = neighboursWithin(cells, k);
    cells.forEach((h3, i) => {
      const expected = cells
        .map((other, j) => (gridDistance(h3, other) <= k ? j : -1))
        .filter((j) => j >= 0)
        .sort((a, b) => a - b);
      expect([...neighbours[i]].sort((a, b) => a - b)).toEqual(expected);
    });
  });

  it('works across an icosahedron face edge too (falls back to gridDisk where local IJ cannot)', () => {
    const far = [latLngToCell(52.6, -1.1, 5), latLngToCell(-33.9, 151.2, 5)];
    expect(neighboursWithin(far, 1).map((n) => [...n])).toEqual([[0], [1]]);
  });
});
