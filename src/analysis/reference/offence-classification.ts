/**
 * Home Office offence classifications (code and notifiable offence description, as force RMS exports carry them)
 * and the data.police.uk crime category each belongs to. Data, not rules: classify-offence.ts looks rows up.
 *
 * Sources (read for this table; rows that differ between them, or where the category is our judgement, say so in
 * their own `source`):
 * - HOCR: Home Office, "Home Office Counting Rules for Recorded Crime", one section per offence group (Violence against
 *   the Person, Sexual Offences, Robbery, Burglary, Vehicle Offences, Theft, Arson and Criminal Damage, Drug Offences,
 *   Public Order Offences, Possession of Weapons, Miscellaneous Crimes Against Society, Fraud), editions with effect
 *   from April 2021 and April 2022 (https://www.gov.uk/government/publications/counting-rules-for-recorded-crime). Read
 *   through public transcriptions: Violence against the Person April 2021 (docslib.org/doc/1762123) and April 2010
 *   (docslib.org/doc/4685317, for codes since retired); Public Order Offences April 2021 (pdfslide.us, "public order
 *   offences - gov.uk"); Drug Offences April 2019/2021 (vdocuments.mx); Miscellaneous Crimes Against Society April 2021
 *   (docslib.org/doc/4884998); the 2022/3 section list (dokumen.tips, "Home Office Counting Rules 2022/3").
 * - POLICE_UK: data.police.uk, "About" → "Crime categories" (https://data.police.uk/about/#columns) and its
 *   police-uk-category-mappings.csv, which assign Home Office offences to the 14 police.uk categories: e.g.
 *   Violence and sexual offences = violence against the person (incl. stalking, harassment, malicious
 *   communications) plus sexual offences; Public order includes "Public fear, alarm or distress"; Other theft
 *   includes "Making off without payment".
 * - ONS_CSS: ONS, "Crime Severity Score (experimental statistics)", sheet "List of weights": one row per Home Office
 *   offence code with its description and offence group. ONS_CSS and POLICE_UK were read together from the join
 *   github.com/M-O-P-D/Police-Supply-Demand data/policeuk-ons-code-join.csv (commit 169086961f507bff8737a724eb3bb33c
 *   be7c3754); the same edition as ../harm-weight-sources.ts.
 * - PRC: Home Office, "Police recorded crime and outcomes open data tables user guide" (gov.uk, 2024): offence
 *   groups and subgroups (../harm-weight-sources.ts PRC_SUBGROUPS gives each subgroup's police.uk category).
 *
 * Codes are written as the source writes them ("8N", "105A", "4.4" in ONS_CSS or "4/4" in HOCR, sub-classes such as
 * "125/9"); classify-offence.ts normalises both sides, so "4.4" and "4/4" are one code. Rows with `code: ''` are
 * description variants seen in exports whose Home Office class we do not assert.
 *
 * Fraud: data.police.uk street-level data carry no fraud (it is recorded by Action Fraud / NFIB, not by forces' crime
 * categories), so police.uk has no fraud category; a force export that carries fraud is filed under Other crime here,
 * which is our judgement, flagged on each fraud row.
 */
import { VIOLENCE_AND_SEXUAL_ROWS } from './offence-classification-violence';
import { ACQUISITIVE_AND_DAMAGE_ROWS } from './offence-classification-property';
import { AGAINST_SOCIETY_ROWS } from './offence-classification-society';

/** The 14 data.police.uk street-level crime categories, spelt as police.uk CSVs spell them ("Crime type"). */
export const POLICE_UK_CATEGORIES = [
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
] as const;

export type PoliceUkCategory = (typeof POLICE_UK_CATEGORIES)[number];

/** One Home Office offence: its code (or '' for a description variant), description, police.uk category and why. */
export interface OffenceClassificationRow {
  code: string;
  description: string;
  category: PoliceUkCategory;
  /** Set where the category is a judgement, differs between sources, or the row comes from one source only. */
  source?: string;
}

/** Every row, grouped as the Counting Rules group offences. */
export const OFFENCE_CLASSIFICATION: readonly OffenceClassificationRow[] = [
  ...VIOLENCE_AND_SEXUAL_ROWS,
  ...ACQUISITIVE_AND_DAMAGE_ROWS,
  ...AGAINST_SOCIETY_ROWS,
];
