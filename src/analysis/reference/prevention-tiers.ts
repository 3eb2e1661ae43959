/**
 * The three tiers of Leicestershire Police's Prevention Strategy 2025–29 (announced by the force and the PCC, 2025):
 * what an intervention of each tier is for, shortened from the strategy's words ("preventing offending and harm in the
 * first place", "preventing escalation", "preventing or reducing reoccurring offending"). Every label the app shows for
 * a tier comes from here.
 */
export type PreventionTier = 'primary' | 'secondary' | 'tertiary';

export interface PreventionTierInfo {
  tier: PreventionTier;
  label: string;
  meaning: string;
}

export const PREVENTION_TIERS: PreventionTierInfo[] = [
  {
    tier: 'primary',
    label: 'Primary prevention',
    meaning: 'stop it starting: education, designing out crime, root causes',
  },
  {
    tier: 'secondary',
    label: 'Secondary prevention',
    meaning: 'stop it escalating: targeted prevention, diversion, early intervention',
  },
  {
    tier: 'tertiary',
    label: 'Tertiary prevention',
    meaning: 'stop it recurring: restorative justice, offender and hotspot management',
  },
];

export const PREVENTION_TIER_NAMES: PreventionTier[] = PREVENTION_TIERS.map((t) => t.tier);

export const isPreventionTier = (value: unknown): value is PreventionTier =>
  PREVENTION_TIER_NAMES.includes(value as PreventionTier);
