import { describe, expect, it } from 'vitest';
import {
  describeGazetteerEntry,
  indexGazetteer,
  normaliseName,
  searchGazetteer,
  type GazetteerEntry,
} from '../../../src/map/gazetteer';

const entry = (name: string, kind: GazetteerEntry['kind'], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  name,
  kind,
  lngLat: [-1.13, 52.63],
  ...extra,
});

/** A small gazetteer with the clashes the real one has: a town and its wards, streets named after towns. */
const ENTRIES: GazetteerEntry[] = [
  entry('Loughborough Road', 'street', { context: 'Birstall, Charnwood', rank: 2500 }),
  entry('Loughborough Ashby', 'ward', { context: 'Charnwood' }),
  entry('Loughborough', 'town', { context: 'Charnwood', rank: 64000 }),
  entry('Loughborough Moors', 'locality', { context: 'Charnwood' }),
  entry('Gallowtree Gate', 'street', { context: 'Leicester', rank: 196 }),
  entry('Gateway Street', 'street', { context: 'Bede Island, Leicester', rank: 400 }),
  entry('Gate House Bridge', 'locality', { context: 'Rutland' }),
  entry('Melton Mowbray', 'town', { context: 'Melton', rank: 27000 }),
  entry('Melton', 'district', { context: 'Leicestershire' }),
  entry('Melton Road', 'street', { context: 'Syston, Charnwood', rank: 3000 }),
  entry('Melton Road', 'street', { context: 'Oakham, Rutland', rank: 900 }),
  entry('High Street', 'street', { context: 'Oakham, Rutland', rank: 450 }),
  entry('High Street', 'street', { context: 'Leicester', rank: 320 }),
  entry("St John's Close", 'street', { context: 'Heather, North West Leicestershire' }),
  entry('Ashby de la Zouch', 'town', { context: 'North West Leicestershire', rank: 15000 }),
  entry('Quorn & Woodhouse', 'locality', { context: 'Charnwood' }),
  entry('Café Street', 'street', { context: 'Leicester' }),
];

const names = (query: string, limit?: number) => searchGazetteer(ENTRIES, query, limit).map((e) => e.name);

describe('normaliseName', () => {
  it.each([
    ['Ashby-de-la-Zouch', 'ashby de la zouch'],
    ["St John's Close", 'st johns close'],
    ['  HIGH   Street ', 'high street'],
    ['Café', 'cafe'],
    ['Quorn & Woodhouse', 'quorn and woodhouse'],
    ['Sports/Recreation Area', 'sports recreation area'],
  ])('%s → %s', (text, expected) => expect(normaliseName(text)).toBe(expected));
});

describe('searchGazetteer', () => {
  it.each<[string, string, string[]]>([
    ['a whole-name prefix finds the town first', 'Loughb', ['Loughborough']],
    ['case does not matter', 'LOUGHBOROUGH', ['Loughborough']],
    ['a later word matches', 'gallowtree', ['Gallowtree Gate']],
    ['hyphens and spaces are the same', 'ashby-de-la', ['Ashby de la Zouch']],
    ['apostrophes are optional', 'st johns', ["St John's Close"]],
    ['accents are optional', 'cafe', ['Café Street']],
    ['"&" reads as "and"', 'quorn and w', ['Quorn & Woodhouse']],
  ])('%s ("%s")', (_why, query, expectedFirst) => {
    expect(names(query).slice(0, expectedFirst.length)).toEqual(expectedFirst);
  });

  it('exact beats prefix, prefix beats a later word, then kind, then rank', () => {
    expect(names('loughborough')).toEqual([
      'Loughborough', // exact
      'Loughborough Ashby', // prefix: ward before locality before street
      'Loughborough Moors',
      'Loughborough Road',
    ]);
    expect(names('melton')).toEqual(['Melton', 'Melton Mowbray', 'Melton Road', 'Melton Road']);
  });

  it('puts a name that starts with the query before one whose later word does ("gate")', () => {
    const found = names('gate');
    expect(found).toEqual(['Gate House Bridge', 'Gateway Street', 'Gallowtree Gate']);
  });

  it('breaks ties between streets of one name by rank (length), longest first', () => {
    const roads = searchGazetteer(ENTRIES, 'melton road').map((e) => e.context);
    expect(roads).toEqual(['Syston, Charnwood', 'Oakham, Rutland']);
  });

  it('narrows by context after a comma, or after the whole name', () => {
    expect(searchGazetteer(ENTRIES, 'high street, oak').map(describeGazetteerEntry)).toEqual([
      'Street · Oakham, Rutland',
    ]);
    expect(searchGazetteer(ENTRIES, 'high street leic').map(describeGazetteerEntry)).toEqual(['Street · Leicester']);
    expect(names('high street, nowhere')).toEqual([]);
  });

  it('returns at most `limit` entries', () => {
    expect(names('l', 2)).toHaveLength(2);
    expect(names('l', 0)).toEqual([]);
    expect(names('e').length).toBeLessThanOrEqual(8);
  });

  it.each(['', '   ', "'", '-'])('returns nothing for an empty query (%j)', (query) => {
    expect(names(query)).toEqual([]);
  });

  it('accepts a prebuilt index and gives the same answer', () => {
    expect(searchGazetteer(indexGazetteer(ENTRIES), 'gate')).toEqual(searchGazetteer(ENTRIES, 'gate'));
  });

  it('searches 30,000 entries per keystroke quickly (measured, printed, not asserted)', () => {
    const words = ['Church', 'Station', 'Mill', 'Park', 'Green', 'Main', 'London', 'Gallow', 'Ash', 'Oak'];
    const kinds = ['Road', 'Lane', 'Street', 'Close', 'Avenue', 'Drive', 'Way', 'Gate'];
    const big: GazetteerEntry[] = Array.from({ length: 30_000 }, (_, i) =>
      entry(`${words[i % 10]}${i % 7 ? '' : 'tree'} ${kinds[i % 8]} ${i}`, 'street', { rank: i % 997 }),
    );
    const started = performance.now();
    indexGazetteer(big);
    const indexMs = performance.now() - started;
    const queries = ['g', 'ga', 'gal', 'gall', 'gallow', 'gallowtree g', 'lane', 'oak road', 'x'];
    for (const q of queries) searchGazetteer(big, q); // warm up the JIT
    const t0 = performance.now();
    const rounds = 20;
    for (let r = 0; r < rounds; r++) for (const q of queries) searchGazetteer(big, q);
    const perKeystroke = (performance.now() - t0) / (rounds * queries.length);
    console.log(
      `gazetteer: 30,000 entries indexed in ${indexMs.toFixed(0)} ms; ${perKeystroke.toFixed(2)} ms per keystroke`,
    );
    expect(searchGazetteer(big, 'gallowtree g').length).toBe(8);
  });
});
