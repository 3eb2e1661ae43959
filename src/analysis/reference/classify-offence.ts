/**
 * Offence → data.police.uk category through the Home Office offence classification table (offence-classification.ts).
 * The Home Office code wins when the export has one the table knows; otherwise the description, normalised. Anything
 * else is null: the caller files it as Unclassified and reports it; an unknown offence is never guessed as Other crime.
 */
import { OFFENCE_CLASSIFICATION, POLICE_UK_CATEGORIES, type PoliceUkCategory } from './offence-classification';

export interface OffenceClassification {
  category: PoliceUkCategory;
  by: 'code' | 'description';
}

/**
 * "HO 8N", "008N", " 8n " → "8N"; "4.4" (ONS style) and "4/4" (HOCR style) → "4/4"; "105/01" → "105/1".
 * Leading zeros go from each part, so the padded codes some RMS exports write match the table's.
 */
export function normaliseOffenceCode(raw: string): string {
  const compact = raw
    .trim()
    .toUpperCase()
    .replace(/^(HO\s*CODE|HO\s*CLASS(IFICATION)?|HOC|HO)\s*[:#-]?\s*/, '')
    .replace(/\s+/g, '')
    .replace(/\./g, '/');
  return compact
    .split('/')
    .map((part) => part.replace(/^0+(?=\d)/, ''))
    .join('/');
}

/** Lower case, "&" → "and", apostrophes dropped, other punctuation and runs of whitespace → one space. */
export function normaliseOffenceDescription(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Home Office descriptions prefix the aggravated form of an offence; the rest names the base offence, which has the
// same police.uk category (e.g. 8P/8N, 9B/9A, 58J/58A-D). Longest first, so "racially or religiously" is stripped
// whole.
const AGGRAVATED_PREFIXES = [
  'racially or religiously aggravated ',
  'racially religiously aggravated ',
  'racially and religiously aggravated ',
  'racially aggravated ',
  'religiously aggravated ',
];
// "Burglary - residential (attempt)", "Theft from a motor vehicle - attempted": an attempt is counted as the offence.
const ATTEMPT_SUFFIX = / (attempted|attempt)$/;
const ATTEMPT_PREFIX = /^(attempted|attempt) /;
// "Common assault, contrary to section 39 of the Criminal Justice Act 1988" (charge wording) names the offence first.
const CONTRARY_TO = / contrary to .*$/;

// data.police.uk API slugs (https://data.police.uk/docs/method/crime-categories/) for the same categories.
const POLICE_UK_SLUGS: Readonly<Record<string, PoliceUkCategory>> = {
  'anti-social-behaviour': 'Anti-social behaviour',
  'bicycle-theft': 'Bicycle theft',
  'criminal-damage-arson': 'Criminal damage and arson',
  'other-crime': 'Other crime',
  'other-theft': 'Other theft',
  'possession-of-weapons': 'Possession of weapons',
  'public-order': 'Public order',
  'theft-from-the-person': 'Theft from the person',
  'vehicle-crime': 'Vehicle crime',
  'violent-crime': 'Violence and sexual offences',
};

function buildCodeMap(): ReadonlyMap<string, PoliceUkCategory> {
  const byCode = new Map<string, PoliceUkCategory>();
  for (const row of OFFENCE_CLASSIFICATION)
    if (row.code !== '') byCode.set(normaliseOffenceCode(row.code), row.category);
  return byCode;
}

function buildDescriptionMap(): ReadonlyMap<string, PoliceUkCategory> {
  const byDescription = new Map<string, PoliceUkCategory>();
  for (const name of POLICE_UK_CATEGORIES) byDescription.set(normaliseOffenceDescription(name), name);
  for (const [slug, name] of Object.entries(POLICE_UK_SLUGS))
    byDescription.set(normaliseOffenceDescription(slug), name);
  for (const row of OFFENCE_CLASSIFICATION)
    byDescription.set(normaliseOffenceDescription(row.description), row.category);
  return byDescription;
}

const BY_CODE = buildCodeMap();
const BY_DESCRIPTION = buildDescriptionMap();

function lookUpDescription(normalised: string): PoliceUkCategory | undefined {
  const exact = BY_DESCRIPTION.get(normalised);
  if (exact) return exact;
  for (const prefix of AGGRAVATED_PREFIXES) {
    if (normalised.startsWith(prefix)) return lookUpDescription(normalised.slice(prefix.length));
  }
  const withoutAttempt = normalised.replace(ATTEMPT_SUFFIX, '').replace(ATTEMPT_PREFIX, '');
  if (withoutAttempt !== normalised) return lookUpDescription(withoutAttempt);
  const withoutCharge = normalised.replace(CONTRARY_TO, '');
  if (withoutCharge !== normalised) return lookUpDescription(withoutCharge);
  return undefined;
}

export function classifyOffence(input: {
  code?: string | null;
  description?: string | null;
}): OffenceClassification | null {
  if (input.code) {
    const category = BY_CODE.get(normaliseOffenceCode(input.code));
    if (category) return { category, by: 'code' };
  }
  if (input.description) {
    const category = lookUpDescription(normaliseOffenceDescription(input.description));
    if (category) return { category, by: 'description' };
  }
  return null;
}
