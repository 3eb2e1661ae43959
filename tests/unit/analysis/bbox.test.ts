import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../../src/analysis/bbox';

describe('bboxOf', () => {
  it('boxes a street segment, a polygon with a hole, a multipolygon and a collection', () => {
    expect(
      bboxOf({
        type: 'LineString',
        coordinates: [
          [-1.13, 52.63],
          [-1.12, 52.64],
        ],
      }),
    ).toEqual([-1.13, 52.63, -1.12, 52.64]);
    const square = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(bboxOf({ type: 'Polygon', coordinates: [square, hole] })).toEqual([0, 0, 4, 4]);
    const far = [
      [10, -3],
      [11, -3],
      [11, -2],
      [10, -3],
    ];
    expect(bboxOf({ type: 'MultiPolygon', coordinates: [[square], [far]] })).toEqual([0, -3, 11, 4]);
    expect(
      bboxOf({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [-5, 7] },
          { type: 'Polygon', coordinates: [square] },
        ],
      }),
    ).toEqual([-5, 0, 4, 7]);
  });
});
