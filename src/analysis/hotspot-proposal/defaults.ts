import type { ProposalOptions } from './types';

/**
 * Serious violence and the disorder around it, as GRIP targets: the College of Policing serious violence hot spots
 * guide (step 3, targeting) ranks serious violence; Basford et al. (2021, Southend) used serious violence, robbery and
 * drug dealing; we add public order and ASB, the calls hot spot patrols are meant to prevent.
 */
export const DEFAULT_PROPOSAL_CRIME_TYPES = [
  'Violence and sexual offences',
  'Robbery',
  'Possession of weapons',
  'Public order',
  'Anti-social behaviour',
];

/** The latest 12 months loaded (College of Policing guide: measure a long period, not a single month). */
export const DEFAULT_PERIOD_MONTHS = 12;

/** Stability looks at rolling windows ending in each of the last 24 months (issue 13). */
export const STABILITY_WINDOW_ENDS = 24;

/** A hotspot whose busiest anonymisation point holds more than this share of its crimes is flagged. */
export const SNAP_POINT_FLAG_SHARE = 0.5;

export const DEFAULT_PROPOSAL_OPTIONS: ProposalOptions = {
  rankBy: 'harm',
  // GRIP funds 18 hotspot patrol areas in Leicestershire; Southend chose 20.
  n: 18,
  // West Midlands Op Savvy: at most 150 m from the centre, at least 500 m between centres.
  maxRadiusM: 150,
  minSeparationM: 500,
  // A cell must add ≥ 5% of the hotspot's value so far (docs/hotspot-proposal.md, "Stop rule").
  growthThreshold: 0.05,
  minCrimes: 0,
  quotas: null,
  locked: [],
  stability: true,
  coverageK: 50,
};

/** Options as given, over the defaults, with numbers made sane (N ≥ 0 whole, distances ≥ 0). */
export function resolveOptions(options: Partial<ProposalOptions> = {}): ProposalOptions {
  const o = { ...DEFAULT_PROPOSAL_OPTIONS, ...options };
  const whole = (x: number, fallback: number) => (Number.isFinite(x) ? Math.max(0, Math.round(x)) : fallback);
  const positive = (x: number, fallback: number) => (Number.isFinite(x) ? Math.max(0, x) : fallback);
  return {
    ...o,
    rankBy: o.rankBy === 'count' ? 'count' : 'harm',
    n: whole(o.n, DEFAULT_PROPOSAL_OPTIONS.n),
    maxRadiusM: positive(o.maxRadiusM, DEFAULT_PROPOSAL_OPTIONS.maxRadiusM),
    minSeparationM: positive(o.minSeparationM, DEFAULT_PROPOSAL_OPTIONS.minSeparationM),
    growthThreshold: positive(o.growthThreshold, DEFAULT_PROPOSAL_OPTIONS.growthThreshold),
    minCrimes: whole(o.minCrimes, 0),
    coverageK: whole(o.coverageK, DEFAULT_PROPOSAL_OPTIONS.coverageK),
    locked: o.locked ?? [],
    quotas: o.quotas ?? null,
  };
}
