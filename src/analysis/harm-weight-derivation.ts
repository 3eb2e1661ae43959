import { CSS_OFFENCE_WEIGHTS, PRC_SUBGROUPS, type PrcSubgroup } from './harm-weight-sources';

// How the published figures in harm-weight-sources.ts become one weight per police.uk category
// (docs/harm-weights-derivation.md explains each step).

/**
 * Anti-social behaviour is not a notifiable crime: it has no CSS weight and no PRC volume. POLICY, not derived: one
 * day, below the lowest category weight, so ASB stays visible in harm maps without its volume swamping crime harm.
 */
export const ASB_POLICY_WEIGHT = 1;

/** The published CSS weight of one offence code; throws on a code the table does not hold. */
export function cssWeight(code: string): number {
  const row = CSS_OFFENCE_WEIGHTS.find((r) => r.code === code);
  if (!row) throw new Error(`No CSS weight for offence code ${code}`);
  return row.weight;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The weight a subgroup gets under its rule. */
export function subgroupWeight(sg: PrcSubgroup): number {
  return 'representativeCode' in sg.rule
    ? cssWeight(sg.rule.representativeCode)
    : median(sg.rule.medianOfCodes.map(cssWeight));
}

/**
 * Unrounded category weights: Σ(volume × subgroup weight) / Σ volume over each category's subgroups, plus ASB policy.
 */
export function deriveCategoryWeights(subgroups: readonly PrcSubgroup[] = PRC_SUBGROUPS): Record<string, number> {
  const sums = new Map<string, { harm: number; volume: number }>();
  for (const sg of subgroups) {
    const acc = sums.get(sg.policeUkCategory) ?? { harm: 0, volume: 0 };
    acc.harm += sg.offences2024to25 * subgroupWeight(sg);
    acc.volume += sg.offences2024to25;
    sums.set(sg.policeUkCategory, acc);
  }
  const out: Record<string, number> = {};
  for (const [category, { harm, volume }] of sums) out[category] = harm / volume;
  out['Anti-social behaviour'] = ASB_POLICY_WEIGHT;
  return out;
}

/** The same sources in plain words, for the app's harm-weights panel (the people who use the map cannot open files). */
export const HARM_WEIGHT_SOURCES_IN_WORDS: readonly { what: string; source: string; url: string }[] = [
  {
    what: 'How serious each offence is, in days of prison sentence a court gives it on average',
    source: 'ONS, Crime Severity Score (experimental statistics), list of weights per Home Office offence',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/datasets/crimeseverityscoreexperimentalstatistics',
  },
  {
    what: 'How often each kind of offence is recorded, to weight the offences inside one police.uk category',
    source: 'Home Office, Police recorded crime: Police Force Area data tables, year ending March 2025',
    url: 'https://www.gov.uk/government/statistics/police-recorded-crime-open-data-tables',
  },
  {
    what: 'Which Home Office offences make up each police.uk category',
    source: 'data.police.uk, About: crime categories',
    url: 'https://data.police.uk/about/#columns',
  },
];

/** How the app combines them, in plain words. */
export const HARM_WEIGHT_RULE_IN_WORDS =
  'Each police.uk category gets the average severity of its offences, weighted by how often each is recorded; each ' +
  'offence group takes the weight of its commonest offence, so categories that mix offences are slight ' +
  'underestimates. Anti-social behaviour is not a crime and has no severity score: it weighs 1 day by policy, so it ' +
  'shows on harm maps without swamping crime harm.';
