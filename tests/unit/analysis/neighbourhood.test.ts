// Neighbourhoods (issue 15): the text forms the CLI and the URL use, their labels and the refusals.
import { describe, expect, it } from 'vitest';
import {
  formatNeighbourhood,
  neighbourhoodLabel,
  parseBandMetres,
  parseNeighbourhood,
  parseRings,
  type NeighbourhoodSpec,
} from '../../../src/analysis/neighbourhood';

describe('neighbourhood text forms', () => {
  it.each<[string, NeighbourhoodSpec, string]>([
    ['rings:1', { kind: 'rings', k: 1 }, 'adjacent hexes (1 ring)'],
    ['rings:3', { kind: 'rings', k: 3 }, 'hexes within 3 rings'],
    ['band:400', { kind: 'band', metres: 400 }, 'hexes within 400 m'],
    ['band:1250', { kind: 'band', metres: 1250 }, 'hexes within 1,250 m'],
    ['band:auto', { kind: 'band', metres: 'auto' }, 'a distance band chosen from the data'],
  ])('%s ⇄ its spec, labelled "%s"', (text, spec, label) => {
    expect(parseNeighbourhood(text)).toEqual({ ok: true, value: spec });
    expect(formatNeighbourhood(spec)).toBe(text);
    expect(neighbourhoodLabel(spec)).toBe(label);
  });

  it('says the distance an automatic band chose', () => {
    expect(neighbourhoodLabel({ kind: 'band', metres: 'auto' }, 650)).toBe('hexes within 650 m (chosen from the data)');
  });

  it('reads the CLI values: --rings 2, --band-m 400, --band-m 400m, --band-m AUTO', () => {
    expect(parseRings('2')).toEqual({ ok: true, value: { kind: 'rings', k: 2 } });
    expect(parseBandMetres('400')).toEqual({ ok: true, value: { kind: 'band', metres: 400 } });
    expect(parseBandMetres('400m')).toEqual({ ok: true, value: { kind: 'band', metres: 400 } });
    expect(parseBandMetres('AUTO')).toEqual({ ok: true, value: { kind: 'band', metres: 'auto' } });
  });

  it.each([
    ['rings:0', 'The number of rings must be a whole number from 1 to 5 (got "0").'],
    ['rings:6', 'The number of rings must be a whole number from 1 to 5 (got "6").'],
    ['rings:1.5', 'The number of rings must be a whole number from 1 to 5 (got "1.5").'],
    ['rings:', 'The number of rings must be a whole number from 1 to 5 (got "").'],
    ['band:-5', 'A distance band must be "auto" or a distance in metres above 0 and up to 5,000 (got "-5").'],
    ['band:9000', 'A distance band must be "auto" or a distance in metres above 0 and up to 5,000 (got "9000").'],
    ['band:near', 'A distance band must be "auto" or a distance in metres above 0 and up to 5,000 (got "near").'],
    ['queen', 'Unknown neighbourhood "queen": use rings:1 to rings:5, band:<metres> (e.g. band:400) or band:auto.'],
  ])('refuses "%s"', (text, error) => {
    expect(parseNeighbourhood(text)).toEqual({ ok: false, error });
  });
});
