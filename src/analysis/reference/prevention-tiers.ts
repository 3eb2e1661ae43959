/**
 * The three tiers of Leicestershire Police's Prevention Strategy 2025–29 (announced by the force and the PCC, 2025),
 * in the strategy's own words: what an intervention of each tier is for. Every label the app shows for a tier comes
 * from here.
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
    meaning: 'preventing offending and harm in the first place: education, designing out crime, root causes',
  },
  {
    tier: 'secondary',
    label: 'Secondary prevention',
    meaning: 'preventing escalation: targeted crime prevention, diversion and earlier intervention',
  },
  {
    tier: 'tertiary',
    label: 'Tertiary prevention',
    meaning: 'preventing reoffending: restorative justice, offender management and hotspot management',
  },
];

export const PREVENTION_TIER_NAMES: PreventionTier[] = PREVENTION_TIERS.map((t) => t.tier);

export const isPreventionTier = (value: unknown): value is PreventionTier =>
  PREVENTION_TIER_NAMES.includes(value as PreventionTier);
