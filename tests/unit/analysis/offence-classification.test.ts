// The Home Office offence classification table and its classifier. Expected categories are those of data.police.uk's
// "Crime categories" (https://data.police.uk/about/#columns, police-uk-category-mappings.csv) for the Home Office
// Counting Rules offences (https://www.gov.uk/government/publications/counting-rules-for-recorded-crime); the rows
// themselves cite their sources in src/analysis/reference/offence-classification.ts.
import { describe, expect, it } from 'vitest';
import {
  OFFENCE_CLASSIFICATION,
  POLICE_UK_CATEGORIES,
  type PoliceUkCategory,
} from '../../../src/analysis/reference/offence-classification';
import {
  classifyOffence,
  normaliseOffenceCode,
  normaliseOffenceDescription,
} from '../../../src/analysis/reference/classify-offence';

describe('OFFENCE_CLASSIFICATION', () => {
  it('covers the notifiable offences and every police.uk crime category but ASB', () => {
    expect(OFFENCE_CLASSIFICATION.length).toBeGreaterThan(150);
    const used = new Set(OFFENCE_CLASSIFICATION.map((row) => row.category));
    // Anti-social behaviour is not a notifiable offence, so no Home Office row carries it (police.uk adds it from
    // incident records); it is still recognised by name.
    expect([...POLICE_UK_CATEGORIES].filter((name) => !used.has(name))).toEqual(['Anti-social behaviour']);
  });

  it('uses only the 14 police.uk category names', () => {
    const valid = new Set<string>(POLICE_UK_CATEGORIES);
    expect(POLICE_UK_CATEGORIES).toHaveLength(14);
    for (const row of OFFENCE_CLASSIFICATION) expect(valid.has(row.category), row.description).toBe(true);
  });

  it('gives no code two categories and no description two categories', () => {
    const byCode = new Map<string, PoliceUkCategory>();
    const byDescription = new Map<string, PoliceUkCategory>();
    for (const row of OFFENCE_CLASSIFICATION) {
      const description = normaliseOffenceDescription(row.description);
      expect(byDescription.get(description) ?? row.category, row.description).toBe(row.category);
      byDescription.set(description, row.category);
      if (row.code === '') continue;
      const code = normaliseOffenceCode(row.code);
      expect(byCode.get(code) ?? row.category, `code ${row.code}`).toBe(row.category);
      byCode.set(code, row.category);
    }
  });

  it.each(OFFENCE_CLASSIFICATION.map((row) => [row.code, row.description, row.category] as const))(
    'row %s "%s" → %s, by its code and by its description',
    (code, description, category) => {
      if (code !== '') expect(classifyOffence({ code })).toEqual({ category, by: 'code' });
      expect(classifyOffence({ description })).toEqual({ category, by: 'description' });
    },
  );
});

describe('classifyOffence: the offences keyword matching got wrong (issue 11)', () => {
  // The old keyword rules filed several of these under Other crime (or Vehicle crime); police.uk says otherwise.
  const cases: [string, PoliceUkCategory][] = [
    ['Assault occasioning actual bodily harm', 'Violence and sexual offences'],
    ['Common assault and battery', 'Violence and sexual offences'],
    ['Racially or religiously aggravated assault with injury', 'Violence and sexual offences'],
    ['Racially or religiously aggravated harassment', 'Violence and sexual offences'],
    ['Racially or religiously aggravated public fear, alarm or distress', 'Public order'],
    ['Racially or religiously aggravated criminal damage', 'Criminal damage and arson'],
    ['Possession of article with blade or point', 'Possession of weapons'],
    ['Public fear, alarm or distress', 'Public order'],
    ['Malicious Communications', 'Violence and sexual offences'],
    ['Controlling or coercive behaviour', 'Violence and sexual offences'],
    ['Threats to kill', 'Violence and sexual offences'],
    ['Making off without payment', 'Other theft'],
    ['Criminal damage to a vehicle', 'Criminal damage and arson'],
    ['Theft from the person', 'Theft from the person'],
    ['Theft of pedal cycle', 'Bicycle theft'],
    ['Theft from a motor vehicle', 'Vehicle crime'],
    ['Shoplifting', 'Shoplifting'],
    ['Burglary - residential', 'Burglary'],
    ['Possession of cannabis', 'Drugs'],
    ['Trafficking in controlled drugs', 'Drugs'],
    ['Harassment', 'Violence and sexual offences'],
    ['Stalking', 'Violence and sexual offences'],
    ['Robbery of personal property', 'Robbery'],
    ['Handling stolen goods', 'Other crime'],
    ['Threat or possession with intent to commit criminal damage', 'Other crime'],
  ];
  it.each(cases)('"%s" → %s', (description, category) => {
    expect(classifyOffence({ description })).toEqual({ category, by: 'description' });
  });

  it('keeps harassment (violence) apart from harassment, alarm or distress (public order)', () => {
    expect(classifyOffence({ description: 'Harassment' })?.category).toBe('Violence and sexual offences');
    expect(classifyOffence({ description: 'Harassment, alarm or distress' })?.category).toBe('Public order');
  });
});

describe('classifyOffence: codes', () => {
  it.each([
    ['8N', 'Violence and sexual offences'],
    ['008N', 'Violence and sexual offences'],
    ['HO 8N', 'Violence and sexual offences'],
    [' 8n ', 'Violence and sexual offences'],
    ['105A', 'Violence and sexual offences'],
    ['195/94', 'Violence and sexual offences'],
    ['10D', 'Possession of weapons'],
    ['9A', 'Public order'],
    ['125/09', 'Public order'],
    ['4/4', 'Violence and sexual offences'],
    ['4.4', 'Violence and sexual offences'],
    ['37/2', 'Vehicle crime'],
    ['58C', 'Criminal damage and arson'],
    ['49A', 'Other theft'],
    ['44', 'Bicycle theft'],
  ] as const)('code "%s" → %s', (code, category) => {
    expect(classifyOffence({ code })).toEqual({ category, by: 'code' });
  });

  it('prefers a known code over the description, and falls back to the description when the code is unknown', () => {
    expect(classifyOffence({ code: '58C', description: 'Vehicle crime' })).toEqual({
      category: 'Criminal damage and arson',
      by: 'code',
    });
    expect(classifyOffence({ code: 'ZZ99', description: 'Theft from a motor vehicle' })).toEqual({
      category: 'Vehicle crime',
      by: 'description',
    });
    expect(classifyOffence({ code: '', description: 'Stalking' })?.by).toBe('description');
  });

  it('normalises codes', () => {
    expect(normaliseOffenceCode('HO 008N')).toBe('8N');
    expect(normaliseOffenceCode('ho code: 105a')).toBe('105A');
    expect(normaliseOffenceCode('4.10')).toBe('4/10');
    expect(normaliseOffenceCode('105/01')).toBe('105/1');
  });
});

describe('classifyOffence: description normalisation', () => {
  it.each([
    ['PUBLIC FEAR ALARM OR DISTRESS', 'Public order'],
    ['  public   fear,  alarm or distress. ', 'Public order'],
    ['Theft from shops & stalls', 'Shoplifting'],
    ['Racially/religiously aggravated public fear, alarm or distress', 'Public order'],
    ['Racially or religiously aggravated assault occasioning actual bodily harm', 'Violence and sexual offences'],
    ['Racially aggravated common assault', 'Violence and sexual offences'],
    ['Burglary - residential - attempted', 'Burglary'],
    ['Theft from a motor vehicle (attempt)', 'Vehicle crime'],
    ['Attempted theft from the person', 'Theft from the person'],
    ['Common assault, contrary to section 39 of the Criminal Justice Act 1988', 'Violence and sexual offences'],
  ] as const)('"%s" → %s', (description, category) => {
    expect(classifyOffence({ description })).toEqual({ category, by: 'description' });
  });

  it('maps a police.uk category name (or data.police.uk API slug) to itself', () => {
    for (const name of POLICE_UK_CATEGORIES) expect(classifyOffence({ description: name })?.category).toBe(name);
    expect(classifyOffence({ description: 'ANTI-SOCIAL BEHAVIOUR' })?.category).toBe('Anti-social behaviour');
    expect(classifyOffence({ description: 'criminal-damage-arson' })?.category).toBe('Criminal damage and arson');
    expect(classifyOffence({ description: 'violent-crime' })?.category).toBe('Violence and sexual offences');
  });
});

describe('classifyOffence: unknown offences are not guessed', () => {
  it.each([
    [{ description: 'Parking on the verge' }],
    [{ description: 'Theft' }],
    [{ description: 'Racially or religiously aggravated parking on the verge' }],
    [{ description: 'Assault' }],
    [{ code: '999Z' }],
    [{ code: null, description: null }],
    [{ code: '   ', description: '  ' }],
    [{}],
  ])('%o → null (filed as Unclassified by the caller, never Other crime)', (input) => {
    expect(classifyOffence(input)).toBeNull();
  });
});
