/**
 * Published inputs behind DEFAULT_HARM_WEIGHTS, and the rule that turns them into one weight per police.uk category.
 * Derivation and caveats: docs/harm-weights-derivation.md.
 *
 * 1. Per-offence weights — PUBLISHED. ONS, "Crime Severity Score (experimental statistics)", data tool
 *    (cssdatatool.xls), sheet "List of weights": one weight per Home Office offence code, in sentence-equivalent days.
 * https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/datasets/crimeseverityscoreexperimentalstatistics
 *    Values are the edition that was "current" in late 2020, read from the transcription of that sheet in
 *    github.com/M-O-P-D/Police-Supply-Demand, data/policeuk-ons-code-join.csv (column ONS_SEVERITY_weight, commit
 *    169086961f507bff8737a724eb3bb33cbe7c3754). ONS re-estimates the weights for each release, so other editions differ
 *    a little (the 2016 launch article quotes homicide 7,979 and possession of cannabis 3; this edition has
 *    7,973.39 and 1.77).
 * 2. Volumes — PUBLISHED. Home Office, "Police recorded crime: Police Force Area data tables" (prc-pfa-mar2013-onwards-
 *    tables, released 23 April 2026), year ending March 2025, England and Wales, summed over the 43 territorial forces
 *    by offence subgroup. The sums were read from github.com/isthisben/cbl-realcrime, data/cchi_weights.csv
 *    (column national_count_2024_25, commit 5591939d942691fec9e9da6349fa7afbde726b7f). The tables give counts by
 *    subgroup; counts by offence code were not available to us.
 * 3. Subgroup → police.uk category — the data.police.uk "Crime categories" grouping of Home Office offences
 *    (https://data.police.uk/about/#columns, police-uk-category-mappings.csv).
 *
 * DERIVED here (our rule, not published): each subgroup takes the CSS weight of ONE representative offence code (the
 * subgroup's principal, highest-volume offence); "Miscellaneous crimes against society" has no clear principal, so it
 * takes the median of the CSS weights of its 24 offences. Each category weight is the volume-weighted mean of its
 * subgroups' weights. Because rarer, heavier offences inside a subgroup (e.g. GBH with intent inside "Violence with
 * injury", theft of a vehicle inside "Vehicle offences") are not counted, categories with mixed subgroups are LOWER
 * BOUNDS of the true volume-weighted CSS mean.
 */

/** One row of the ONS CSS "List of weights" sheet (weight in sentence-equivalent days, as published). */
export interface CssOffenceWeight {
  code: string;
  offence: string;
  weight: number;
}

/** The ONS CSS weights this derivation uses, verbatim (full precision) from the source named above. */
export const CSS_OFFENCE_WEIGHTS: readonly CssOffenceWeight[] = [
  // Violence against the person
  { code: '1', offence: 'Homicide', weight: 7973.393423 },
  { code: '4.4', offence: 'Causing death or serious injury by dangerous driving', weight: 1022.814458 },
  { code: '8N', offence: 'Assault with injury', weight: 189.1538871 },
  { code: '5D', offence: 'Assault with intent to cause serious harm', weight: 2034.74186 },
  { code: '105A', offence: 'Assault without injury', weight: 13.51054152 },
  { code: '8L', offence: 'Harassment', weight: 36.09753014 },
  // Sexual offences
  { code: '19C', offence: 'Rape of a female aged 16 or over', weight: 2952.940993 },
  { code: '20A', offence: 'Sexual assault on a female aged 13 and over', weight: 459.0699167 },
  // Robbery
  { code: '34A', offence: 'Robbery of business property', weight: 799.6288702 },
  { code: '34B', offence: 'Robbery of personal property', weight: 799.6288702 },
  // Theft offences
  { code: '39', offence: 'Theft from the person', weight: 80.4051597 },
  { code: '44', offence: 'Theft or unauthorised taking of a pedal cycle', weight: 15.17572799 },
  { code: '46', offence: 'Shoplifting', weight: 11.85553905 },
  { code: '49', offence: 'Other theft', weight: 36.80988326 },
  { code: '45', offence: 'Theft from a vehicle', weight: 32.92067737 },
  { code: '48', offence: 'Theft or unauthorised taking of a motor vehicle', weight: 128.4294318 },
  { code: '28E', offence: 'Burglary - residential', weight: 465.3814732 },
  { code: '30C', offence: 'Burglary - business and community', weight: 123.0183965 },
  // Criminal damage and arson
  { code: '58A', offence: 'Criminal damage to a dwelling', weight: 5.39670789 },
  { code: '56B', offence: 'Arson not endangering life', weight: 186.6682183 },
  // Drug offences
  { code: '92E', offence: 'Possession of cannabis', weight: 1.770623478 },
  { code: '92A', offence: 'Trafficking in controlled drugs', weight: 512.9573594 },
  // Possession of weapons, public order
  { code: '10D', offence: 'Possession of article with blade or point', weight: 53.0382391 },
  { code: '9A', offence: 'Public fear, alarm or distress', weight: 6.81175759 },
  // Miscellaneous crimes against society (all 24 codes in the source)
  { code: '80', offence: 'Absconding from lawful custody', weight: 192.3759917 },
  { code: '76', offence: 'Aiding suicide', weight: 817.4375 },
  { code: '83', offence: 'Bail offences', weight: 3.304401327 },
  { code: '26', offence: 'Bigamy', weight: 201.3989582 },
  { code: '15', offence: 'Concealing an infant death close to birth', weight: 201.3989582 },
  { code: '802', offence: 'Dangerous driving', weight: 119.8773131 },
  { code: '95', offence: 'Disclosure, obstruction, false or misleading statements etc', weight: 12.91719167 },
  { code: '24', offence: 'Exploitation of prostitution', weight: 366.0203236 },
  { code: '60', offence: 'Forgery or use of drug prescription', weight: 31.53685297 },
  { code: '814', offence: 'Fraud, forgery associated with vehicle driver records', weight: 7.259604054 },
  { code: '33', offence: 'Going equipped for stealing, etc.', weight: 31.25076655 },
  { code: '54', offence: 'Handling stolen goods', weight: 55.13528999 },
  { code: '33A', offence: 'Making, supplying or possessing articles for use in fraud', weight: 135.274869 },
  { code: '86', offence: 'Obscene publications, etc and protected sexual material', weight: 137.2825444 },
  { code: '69', offence: 'Offender Management Act offences', weight: 207.0434495 },
  { code: '61', offence: 'Other forgery', weight: 145.800704 },
  { code: '99', offence: 'Other indictable or triable-either-way offences', weight: 179.2494716 },
  { code: '67', offence: 'Perjury', weight: 97.84558125 },
  { code: '79', offence: 'Perverting the course of justice', weight: 168.73846 },
  { code: '61A', offence: 'Possession of false documents', weight: 193.6861178 },
  { code: '38', offence: 'Profiting from or concealing proceeds of crime', weight: 248.1816914 },
  { code: '27', offence: 'Soliciting for prostitution', weight: 3.815915301 },
  { code: '59', offence: 'Threat etc. to commit criminal damage', weight: 60.93167303 },
  { code: '96', offence: 'Wildlife crime', weight: 247.8549904 },
];

/**
 * The codes of the 24 "Miscellaneous crimes against society" offences (all of them, so their median is reproducible).
 */
export const MISC_CRIMES_AGAINST_SOCIETY_CODES: readonly string[] = [
  '80',
  '76',
  '83',
  '26',
  '15',
  '802',
  '95',
  '24',
  '60',
  '814',
  '33',
  '54',
  '33A',
  '86',
  '69',
  '61',
  '99',
  '67',
  '79',
  '61A',
  '38',
  '27',
  '59',
  '96',
];

/** How a subgroup gets its weight: one representative offence code, or the median over a list of codes. */
export type SubgroupWeightRule = { representativeCode: string } | { medianOfCodes: readonly string[] };

/** A Home Office police recorded crime offence subgroup, its police.uk category and its published national volume. */
export interface PrcSubgroup {
  subgroup: string;
  policeUkCategory: string;
  offences2024to25: number;
  rule: SubgroupWeightRule;
}

/** England and Wales, year ending March 2025 (Home Office PRC PFA tables, summed over forces; see header). */
export const PRC_SUBGROUPS: readonly PrcSubgroup[] = [
  {
    subgroup: 'Homicide',
    policeUkCategory: 'Violence and sexual offences',
    offences2024to25: 524,
    rule: { representativeCode: '1' },
  },
  {
    subgroup: 'Death or serious injury - unlawful driving',
    policeUkCategory: 'Violence and sexual offences',
    offences2024to25: 2244,
    rule: { representativeCode: '4.4' },
  },
  {
    subgroup: 'Violence with injury',
    policeUkCategory: 'Violence and sexual offences',
    offences2024to25: 516757,
    rule: { representativeCode: '8N' },
  },
  {
    subgroup: 'Violence without injury',
    policeUkCategory: 'Violence and sexual offences',
    offences2024to25: 804983,
    rule: { representativeCode: '105A' },
  },
  {
    subgroup: 'Stalking and harassment',
    policeUkCategory: 'Violence and sexual offences',
    offences2024to25: 598830,
    rule: { representativeCode: '8L' },
  },
  {
    subgroup: 'Rape offences',
    policeUkCategory: 'Violence and sexual offences',
    offences2024to25: 71509,
    rule: { representativeCode: '19C' },
  },
  {
    subgroup: 'Other sexual offences',
    policeUkCategory: 'Violence and sexual offences',
    offences2024to25: 135333,
    rule: { representativeCode: '20A' },
  },
  {
    subgroup: 'Robbery of business property',
    policeUkCategory: 'Robbery',
    offences2024to25: 15322,
    rule: { representativeCode: '34A' },
  },
  {
    subgroup: 'Robbery of personal property',
    policeUkCategory: 'Robbery',
    offences2024to25: 62281,
    rule: { representativeCode: '34B' },
  },
  {
    subgroup: 'Residential burglary',
    policeUkCategory: 'Burglary',
    offences2024to25: 166316,
    rule: { representativeCode: '28E' },
  },
  {
    subgroup: 'Non-residential burglary',
    policeUkCategory: 'Burglary',
    offences2024to25: 78332,
    rule: { representativeCode: '30C' },
  },
  {
    subgroup: 'Possession of weapons offences',
    policeUkCategory: 'Possession of weapons',
    offences2024to25: 56830,
    rule: { representativeCode: '10D' },
  },
  {
    subgroup: 'Theft from the person',
    policeUkCategory: 'Theft from the person',
    offences2024to25: 137217,
    rule: { representativeCode: '39' },
  },
  {
    subgroup: 'Vehicle offences',
    policeUkCategory: 'Vehicle crime',
    offences2024to25: 348282,
    rule: { representativeCode: '45' },
  },
  {
    subgroup: 'Possession of drugs',
    policeUkCategory: 'Drugs',
    offences2024to25: 135651,
    rule: { representativeCode: '92E' },
  },
  {
    subgroup: 'Trafficking of drugs',
    policeUkCategory: 'Drugs',
    offences2024to25: 66504,
    rule: { representativeCode: '92A' },
  },
  {
    subgroup: 'Miscellaneous crimes against society',
    policeUkCategory: 'Other crime',
    offences2024to25: 122978,
    rule: { medianOfCodes: MISC_CRIMES_AGAINST_SOCIETY_CODES },
  },
  {
    subgroup: 'Criminal damage',
    policeUkCategory: 'Criminal damage and arson',
    offences2024to25: 432167,
    rule: { representativeCode: '58A' },
  },
  {
    subgroup: 'Arson',
    policeUkCategory: 'Criminal damage and arson',
    offences2024to25: 22837,
    rule: { representativeCode: '56B' },
  },
  {
    subgroup: 'Public order offences',
    policeUkCategory: 'Public order',
    offences2024to25: 440119,
    rule: { representativeCode: '9A' },
  },
  {
    subgroup: 'Other theft offences',
    policeUkCategory: 'Other theft',
    offences2024to25: 428808,
    rule: { representativeCode: '49' },
  },
  {
    subgroup: 'Bicycle theft',
    policeUkCategory: 'Bicycle theft',
    offences2024to25: 55820,
    rule: { representativeCode: '44' },
  },
  {
    subgroup: 'Shoplifting',
    policeUkCategory: 'Shoplifting',
    offences2024to25: 525833,
    rule: { representativeCode: '46' },
  },
];
