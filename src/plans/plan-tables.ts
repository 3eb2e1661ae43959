// Every category a plan field can take, each with the plain-English label the editor, the CLI and docs/plans.md show
// (HOUSE_STYLE: one typed table per set of labels), and the text limits validation and the editor share.

/**
 * Prevention tiers after Brantingham & Faust (1976), "A conceptual model of crime prevention", Crime & Delinquency
 * 22(3): primary works on places and the whole population, secondary on people and places at risk, tertiary after harm.
 * The same three tiers as the interventions table and the prevention-tier overlay.
 */
export const PREVENTION_TIERS = {
  primary: 'Primary: the place and everyone in it, before harm',
  secondary: 'Secondary: people or places at risk',
  tertiary: 'Tertiary: after harm (offenders, repeat victims)',
} as const;
export type PreventionTier = keyof typeof PREVENTION_TIERS;

/**
 * Kinds of response, in the words partners use. Most are situational measures (popcenter.asu.edu, "25 techniques of
 * situational prevention"); the rest are the social and enforcement responses the Hub co-ordinates.
 */
export const ACTION_TYPES = {
  'street-lighting': 'Street lighting',
  cctv: 'CCTV',
  'target-hardening': 'Target hardening (locks, gates, alley gates)',
  'environmental-clean-up': 'Environmental clean-up (litter, graffiti, overgrowth)',
  'design-change': 'Design change (fencing, seating, access)',
  'visible-patrol': 'Visible patrol',
  enforcement: 'Enforcement (arrests, warrants, orders)',
  licensing: 'Licensing (premises conditions, reviews)',
  'youth-diversion': 'Youth diversion',
  'offender-management': 'Offender management',
  'victim-support': 'Victim support and repeat-victim protection',
  'community-engagement': 'Community engagement and advice',
  other: 'Other',
} as const;
export type ActionType = keyof typeof ACTION_TYPES;

export const ACTION_STATUSES = {
  planned: 'Planned',
  'in progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
} as const;
export type ActionStatus = keyof typeof ACTION_STATUSES;

/** What an assessment measure counts; its before/after figures are computed from the loaded data, never stored. */
export const MEASURE_KINDS = {
  crimes: 'Crimes (count)',
  harm: 'Crime harm (weighted)',
} as const;
export type MeasureKind = keyof typeof MEASURE_KINDS;

/** Maximum characters: short fields are one line (a partner's name), long ones a paragraph or a page of notes. */
export const TEXT_LIMITS = { id: 64, short: 200, long: 4000 } as const;

/** How many of each a plan (or a plan file) may hold: far above real use, low enough that a hostile file is refused. */
export const COUNT_LIMITS = {
  plans: 2000,
  actions: 200,
  measures: 50,
  crimeTypes: 60,
  snapshotTypes: 100,
  polygonPositions: 10_000,
} as const;

/** Labels and lengths of the free-text fields, by section: validation and the editor both read this table. */
export const OBJECTIVE_FIELDS = [
  { key: 'smartObjective', label: 'SMART objective', limit: 'long' },
  { key: 'measureOfSuccess', label: 'Measure of success', limit: 'long' },
] as const;

export const SCANNING_FIELDS = [
  { key: 'problemStatement', label: 'Problem statement', limit: 'long' },
  { key: 'cameToAttention', label: 'How it came to attention', limit: 'long' },
] as const;

export const ANALYSIS_FIELDS = [
  { key: 'offender', label: 'Offender: who commits it', limit: 'long' },
  { key: 'handler', label: 'Handler: who could influence the offender', limit: 'long' },
  { key: 'victim', label: 'Victim or target', limit: 'long' },
  { key: 'guardian', label: 'Guardian: who could protect the victim or target', limit: 'long' },
  { key: 'place', label: 'Place', limit: 'long' },
  { key: 'manager', label: 'Manager: who controls the place', limit: 'long' },
  { key: 'where', label: 'Where exactly', limit: 'long' },
  { key: 'when', label: 'When', limit: 'long' },
  { key: 'how', label: 'How', limit: 'long' },
  { key: 'why', label: 'Why', limit: 'long' },
  { key: 'notes', label: 'Notes', limit: 'long' },
] as const;

export const ACTION_TEXT_FIELDS = [
  { key: 'what', label: 'What', limit: 'long' },
  { key: 'partner', label: 'Partner', limit: 'short' },
  { key: 'owner', label: 'Owner', limit: 'short' },
] as const;

export const isOneOf = <T extends Record<string, string>>(table: T, value: unknown): value is keyof T & string =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value);
