/**
 * Default harm weight per data.police.uk crime type, in sentence-equivalent days on the ONS Crime Severity Score scale.
 *
 * PUBLISHED inputs (quoted verbatim, with sources, in harm-weight-sources.ts):
 * - per-offence weights: ONS, "Crime Severity Score (experimental statistics)", data tool sheet "List of weights"
 * (https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/datasets/crimeseverityscoreexperimentalstatistics),
 *   the edition current in late 2020 (homicide 7,973.39; possession of cannabis 1.77; robbery 799.63);
 * - volumes: Home Office police recorded crime, England and Wales, year ending March 2025, by offence subgroup
 *   (Police Force Area data tables).
 * DERIVED (ours, not an ONS table): each category = volume-weighted mean over its offence subgroups, each subgroup
 * weighted by the CSS weight of its principal offence (Other crime: median of its 24 offences), rounded to whole days.
 * Mixed categories are therefore lower bounds (rarer, heavier offences inside a subgroup are not counted).
 * Anti-social behaviour is not a crime and has no CSS weight: 1 day is a POLICY choice.
 * Worked derivation: docs/harm-weights-derivation.md; tests/unit/analysis/harm-weights.test.ts re-derives every value.
 * They are defaults for analysts to edit in the app, not a published per-category table.
 */
export const DEFAULT_HARM_WEIGHTS: Record<string, number> = {
  Robbery: 800,
  Burglary: 356,
  'Violence and sexual offences': 192,
  Drugs: 170,
  'Other crime': 142,
  'Theft from the person': 80,
  'Possession of weapons': 53,
  'Other theft': 37,
  'Vehicle crime': 33,
  'Bicycle theft': 15,
  'Criminal damage and arson': 14,
  Shoplifting: 12,
  'Public order': 7,
  // Not a crime, no CSS weight (policy value, see harm-weight-sources.ts ASB_POLICY_WEIGHT).
  'Anti-social behaviour': 1,
};

/** The weight for a type; types the table does not know weigh 0 (and the UI lists them so nothing is hidden). */
export function harmWeightFor(crimeType: string, weights: Record<string, number> = DEFAULT_HARM_WEIGHTS): number {
  const w = weights[crimeType];
  return Number.isFinite(w) && w >= 0 ? w : 0;
}
