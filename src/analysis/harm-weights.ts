/**
 * Default harm weight per data.police.uk crime type, in sentence-equivalent days, following the ONS Crime Severity
 * Score method (ONS 2016, "Research outputs: Developing a Crime Severity Score for England and Wales using data on
 * crimes recorded by the police": each offence weighs the average sentence it attracts, custody in days, community
 * orders as 8/15/30 days, fines ≈ 1 day; homicide ≈ 7,800, possession of cannabis = 3).
 * police.uk categories pool many offences, so each value is an APPROXIMATE volume-weighted blend of its main offences
 * (derivation in docs/statistics.md). They are starting values for analysts to edit, not a published table:
 * check them against the ONS weights dataset before quoting harm figures to a board.
 */
export const DEFAULT_HARM_WEIGHTS: Record<string, number> = {
  'Violence and sexual offences': 70,
  Robbery: 500,
  Burglary: 300,
  'Possession of weapons': 200,
  'Theft from the person': 40,
  'Vehicle crime': 30,
  Drugs: 20,
  'Other crime': 20,
  'Criminal damage and arson': 15,
  'Public order': 10,
  'Other theft': 8,
  'Bicycle theft': 8,
  Shoplifting: 5,
  // Not a crime and not sentenced; one fine-equivalent day keeps it visible without letting volume dominate harm.
  'Anti-social behaviour': 1,
};

/** The weight for a type; types the table does not know weigh 0 (and the UI lists them so nothing is hidden). */
export function harmWeightFor(crimeType: string, weights: Record<string, number> = DEFAULT_HARM_WEIGHTS): number {
  const w = weights[crimeType];
  return Number.isFinite(w) && w >= 0 ? w : 0;
}
