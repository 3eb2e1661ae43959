import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../../src/analysis/hotspot-proposal/geodesy';
import { clusterPieces, mergeStreet, type StreetPiece } from '../../../scripts/basemap/merge-street-pieces';

// Gallowtree Gate as the z14 tiles cut it: two pieces meeting at a tile edge; a piece 340 m on from the east end
// (440 m from the west piece); one 2.3 km away.
const west: StreetPiece = {
  lines: [
    [
      [-1.13292, 52.63446],
      [-1.1322, 52.6351],
    ],
  ],
};
const east: StreetPiece = {
  lines: [
    [
      [-1.1322, 52.6351],
      [-1.13154, 52.63601],
    ],
  ],
};
const beyond: StreetPiece = {
  lines: [
    [
      [-1.1275, 52.6378],
      [-1.127, 52.6385],
    ],
  ],
};
const farAway: StreetPiece = {
  lines: [
    [
      [-1.1, 52.645],
      [-1.099, 52.646],
    ],
  ],
};

describe('clusterPieces', () => {
  it('joins pieces that touch or lie within the join distance, and keeps far ones apart', () => {
    expect(clusterPieces([west, east, farAway], 500)).toEqual([[0, 1], [2]]);
    expect(clusterPieces([west, beyond], 500)).toEqual([[0, 1]]);
    expect(clusterPieces([west, beyond], 100)).toEqual([[0], [1]]);
  });

  it('chains pieces: west–east and east–beyond close is one street though west–beyond is not', () => {
    expect(clusterPieces([west, beyond, east], 350)).toEqual([[0, 1, 2]]);
  });
});

describe('mergeStreet', () => {
  const street = mergeStreet([west, east]);

  it('puts its point on the street, near the middle', () => {
    // The middle of the two pieces is their shared vertex.
    expect(distanceMetres(street.lngLat[1], street.lngLat[0], 52.6351, -1.1322)).toBeLessThan(30);
  });

  it('has the bbox of all pieces and their summed length', () => {
    expect(street.bbox).toEqual([-1.13292, 52.63446, -1.13154, 52.63601]);
    const expected =
      distanceMetres(52.63446, -1.13292, 52.6351, -1.1322) + distanceMetres(52.6351, -1.1322, 52.63601, -1.13154);
    expect(street.lengthMetres).toBeGreaterThan(expected * 0.99);
    expect(street.lengthMetres).toBeLessThan(expected * 1.01);
    expect(street.pieces).toBe(2);
  });

  it('handles a one-point piece', () => {
    expect(mergeStreet([{ lines: [[[-1.1, 52.6]]] }]).lngLat).toEqual([-1.1, 52.6]);
  });
});
