import { describe, it, expect } from 'vitest';
import { DEFAULT_HARM_WEIGHTS, harmWeightFor } from '../../../src/analysis/harm-weights';
import {
  CSS_OFFENCE_WEIGHTS,
  MISC_CRIMES_AGAINST_SOCIETY_CODES,
  PRC_SUBGROUPS,
} from '../../../src/analysis/harm-weight-sources';
import { ASB_POLICY_WEIGHT, cssWeight, deriveCategoryWeights } from '../../../src/analysis/harm-weight-derivation';

// Sources (full citations in src/analysis/harm-weight-sources.ts and docs/harm-weights-derivation.md):
// - ONS, Crime Severity Score (experimental statistics), data tool, sheet "List of weights"
// https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/datasets/crimeseverityscoreexperimentalstatistics
//   (late-2020 edition, as transcribed in github.com/M-O-P-D/Police-Supply-Demand data/policeuk-ons-code-join.csv,
//   column ONS_SEVERITY_weight).
// - Home Office, Police recorded crime PFA data tables, England and Wales, year ending March 2025, by offence subgroup
//   (national sums as in github.com/isthisben/cbl-realcrime data/cchi_weights.csv, column national_count_2024_25).

const POLICE_UK_CATEGORIES = [
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
  'Other crime',
];

describe('published inputs', () => {
  it('quotes the ONS CSS "List of weights" values for sample offence codes', () => {
    // Expected values copied from the cited "List of weights" transcription, code by code.
    expect(cssWeight('1')).toBe(7973.393423); // Homicide
    expect(cssWeight('34B')).toBe(799.6288702); // Robbery of personal property
    expect(cssWeight('28E')).toBe(465.3814732); // Burglary - residential
    expect(cssWeight('8N')).toBe(189.1538871); // Assault with injury
    expect(cssWeight('105A')).toBe(13.51054152); // Assault without injury
    expect(cssWeight('46')).toBe(11.85553905); // Shoplifting
    expect(cssWeight('92E')).toBe(1.770623478); // Possession of cannabis
    expect(cssWeight('92A')).toBe(512.9573594); // Trafficking in controlled drugs
  });

  it('is close to the figures ONS quoted at the 2016 launch', () => {
    // ONS (2016), "Research outputs: Developing a Crime Severity Score...": homicide ≈ 7,979 in the launch edition.
    // Weights are re-estimated each release, so only closeness (within 0.1%) is expected, not equality.
    expect(Math.abs(cssWeight('1') - 7979) / 7979).toBeLessThan(0.001);
    // Possession of cannabis is the lowest-weighted offence in both editions.
    expect(Math.min(...CSS_OFFENCE_WEIGHTS.map((r) => r.weight))).toBe(cssWeight('92E'));
  });

  it('holds each offence code once, every weight finite and positive', () => {
    const codes = CSS_OFFENCE_WEIGHTS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of CSS_OFFENCE_WEIGHTS) expect(Number.isFinite(r.weight) && r.weight > 0).toBe(true);
    expect(MISC_CRIMES_AGAINST_SOCIETY_CODES).toHaveLength(24);
    expect(() => cssWeight('not-a-code')).toThrow();
  });

  it('quotes the Home Office 2024/25 subgroup volumes', () => {
    const vol = (name: string) => PRC_SUBGROUPS.find((s) => s.subgroup === name)?.offences2024to25;
    expect(vol('Homicide')).toBe(524);
    expect(vol('Violence without injury')).toBe(804983);
    expect(vol('Shoplifting')).toBe(525833);
    expect(vol('Residential burglary')).toBe(166316);
    expect(PRC_SUBGROUPS.reduce((n, s) => n + s.offences2024to25, 0)).toBe(5225477);
  });
});

describe('derivation', () => {
  it('reproduces every default category weight from the published inputs (whole days)', () => {
    const derived = deriveCategoryWeights();
    expect(Object.keys(derived).sort()).toEqual(Object.keys(DEFAULT_HARM_WEIGHTS).sort());
    for (const [category, weight] of Object.entries(DEFAULT_HARM_WEIGHTS))
      expect([category, Math.round(derived[category])]).toEqual([category, weight]);
  });

  it('matches hand-worked values for the mixed categories', () => {
    const d = deriveCategoryWeights();
    // Burglary: (166316 × 465.3814732 + 78332 × 123.0183965) / (166316 + 78332)
    expect(d.Burglary).toBeCloseTo((166316 * 465.3814732 + 78332 * 123.0183965) / 244648, 9);
    expect(d.Burglary).toBeCloseTo(355.7628, 3);
    // Drugs: (135651 × 1.770623478 + 66504 × 512.9573594) / 202155
    expect(d.Drugs).toBeCloseTo(169.9384, 3);
    // Criminal damage and arson: (432167 × 5.39670789 + 22837 × 186.6682183) / 455004
    expect(d['Criminal damage and arson']).toBeCloseTo(14.4949, 3);
    // Robbery: both subgroups carry 799.6288702, so the mix does not matter.
    expect(d.Robbery).toBeCloseTo(799.6288702, 9);
    // Other crime: median of the 24 miscellaneous offences = (137.2825444 + 145.800704) / 2
    expect(d['Other crime']).toBeCloseTo((137.2825444 + 145.800704) / 2, 9);
    // Violence and sexual offences: seven subgroups.
    expect(d['Violence and sexual offences']).toBeCloseTo(192.4725, 3);
    expect(d['Anti-social behaviour']).toBe(ASB_POLICY_WEIGHT);
  });

  it('responds to the volumes: more residential burglary raises the Burglary weight', () => {
    const moreResidential = PRC_SUBGROUPS.map((s) =>
      s.subgroup === 'Residential burglary' ? { ...s, offences2024to25: s.offences2024to25 * 2 } : s,
    );
    expect(deriveCategoryWeights(moreResidential).Burglary).toBeGreaterThan(deriveCategoryWeights().Burglary);
  });
});

describe('DEFAULT_HARM_WEIGHTS', () => {
  it('gives every police.uk category a finite non-negative weight', () => {
    expect(Object.keys(DEFAULT_HARM_WEIGHTS).sort()).toEqual([...POLICE_UK_CATEGORIES].sort());
    for (const c of POLICE_UK_CATEGORIES) {
      const w = harmWeightFor(c);
      expect(Number.isFinite(w) && w >= 0).toBe(true);
    }
  });

  it('orders categories sensibly', () => {
    const w = (c: string) => harmWeightFor(c);
    expect(w('Robbery')).toBeGreaterThan(w('Burglary'));
    expect(w('Burglary')).toBeGreaterThan(w('Shoplifting'));
    expect(w('Robbery')).toBeGreaterThan(w('Theft from the person'));
    expect(w('Violence and sexual offences')).toBeGreaterThan(w('Public order'));
    expect(w('Theft from the person')).toBeGreaterThan(w('Other theft'));
    for (const c of POLICE_UK_CATEGORIES.filter((x) => x !== 'Anti-social behaviour'))
      expect(w(c)).toBeGreaterThan(w('Anti-social behaviour'));
  });

  it('keeps harmWeightFor behaviour: unknown types 0, custom tables honoured, bad values 0', () => {
    expect(harmWeightFor('Not a type')).toBe(0);
    expect(harmWeightFor('Robbery', { Robbery: 2 })).toBe(2);
    expect(harmWeightFor('Robbery', { Robbery: -5 })).toBe(0);
    expect(harmWeightFor('Robbery', { Robbery: Number.NaN })).toBe(0);
  });
});
