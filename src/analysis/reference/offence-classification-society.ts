// Crimes against society: drugs, possession of weapons, public order, miscellaneous crimes against society, fraud.
// Codes and descriptions from HOCR and ONS_CSS, categories from POLICE_UK (sources at the top of
// offence-classification.ts).
import type { OffenceClassificationRow, PoliceUkCategory } from './offence-classification';

const DRUGS: PoliceUkCategory = 'Drugs';
const WEAPONS: PoliceUkCategory = 'Possession of weapons';
const ORDER: PoliceUkCategory = 'Public order';
const OTHER: PoliceUkCategory = 'Other crime';
const VARIANT = 'description variant seen in exports';
const FRAUD =
  'HOCR Fraud section; police.uk publishes no fraud (Action Fraud records it), so Other crime is our judgement';

export const AGAINST_SOCIETY_ROWS: readonly OffenceClassificationRow[] = [
  // Drug offences (HOCR: trafficking 92A, possession 92C-92E)
  { code: '92A', description: 'Trafficking in controlled drugs', category: DRUGS },
  { code: '77/50', description: 'Manufacturing a scheduled substance', category: DRUGS },
  {
    code: '92A',
    description: 'Possession with intent to supply a controlled drug',
    category: DRUGS,
    source: 'HOCR 92A (Misuse of Drugs Act 1971 Sec 5(3))',
  },
  {
    code: '92A',
    description: 'Supplying or offering to supply a controlled drug',
    category: DRUGS,
    source: 'HOCR 92A (Misuse of Drugs Act 1971 Sec 4(3))',
  },
  {
    code: '92A',
    description: 'Production of a controlled drug',
    category: DRUGS,
    source: 'HOCR 92A (Misuse of Drugs Act 1971 Sec 4(2))',
  },
  { code: '', description: 'Cultivation of cannabis', category: DRUGS, source: VARIANT },
  { code: '92C', description: 'Other drug offences', category: DRUGS },
  { code: '92D', description: 'Possession of controlled drugs (excluding cannabis)', category: DRUGS },
  { code: '92D', description: 'Possession of controlled drugs (excl. cannabis)', category: DRUGS },
  { code: '92E', description: 'Possession of cannabis', category: DRUGS },
  { code: '92E', description: 'Possession of controlled drugs (cannabis)', category: DRUGS },
  { code: '92/61', description: 'Having possession of a controlled drug - cannabis', category: DRUGS },
  { code: '', description: 'Possession of a controlled drug', category: DRUGS, source: VARIANT },
  // Possession of weapons
  { code: '10A', description: 'Possession of firearms with intent', category: WEAPONS },
  { code: '10B', description: 'Possession of firearms offences', category: WEAPONS },
  { code: '10C', description: 'Possession of other weapons', category: WEAPONS },
  { code: '10D', description: 'Possession of article with blade or point', category: WEAPONS },
  { code: '10D', description: 'Possession of an article with a blade or point', category: WEAPONS },
  {
    code: '10D',
    description: 'Having an article with a blade or point in a public place',
    category: WEAPONS,
    source: 'HOCR 10D (Criminal Justice Act 1988 Sec 139)',
  },
  { code: '10D', description: 'Possession of a bladed article', category: WEAPONS, source: VARIANT },
  {
    code: '10C',
    description: 'Possession of an offensive weapon',
    category: WEAPONS,
    source: 'HOCR 10C (Prevention of Crime Act 1953 Sec 1)',
  },
  { code: '10C', description: 'Possession of offensive weapon', category: WEAPONS, source: VARIANT },
  {
    code: '',
    description: 'Threatening with a blade or sharply pointed article',
    category: WEAPONS,
    source: 'HOCR possession of weapons (Criminal Justice Act 1988 Sec 139AA); sub-class not asserted',
  },
  {
    code: '81',
    description: 'Other firearms offences',
    category: WEAPONS,
    source: 'ONS_CSS and POLICE_UK: possession of weapons offences group',
  },
  {
    code: '90',
    description: 'Other knives offences',
    category: WEAPONS,
    source: 'ONS_CSS and POLICE_UK: possession of weapons offences group',
  },
  // Public order offences (HOCR April 2021: 9A, 9B, 62A, 66)
  { code: '9A', description: 'Public fear, alarm or distress', category: ORDER },
  { code: '9B', description: 'Racially or religiously aggravated public fear, alarm or distress', category: ORDER },
  { code: '125/9', description: 'Causing intentional harassment, alarm or distress', category: ORDER },
  {
    code: '125/9',
    description: 'Public Order Act s.4A',
    category: ORDER,
    source: 'the statute section of 125/9 (Public Order Act 1986 s.4A), as some exports name it',
  },
  { code: '125/11', description: 'Fear or provocation of violence', category: ORDER },
  { code: '125/12', description: 'Harassment, alarm or distress', category: ORDER },
  {
    code: '9A',
    description: 'Threatening behaviour',
    category: ORDER,
    source: 'common name for Public Order Act 1986 Sec 4 (HOCR 125/11 under 9A)',
  },
  {
    code: '9B',
    description: 'Racially or religiously aggravated intentional harassment or alarm or distress - words or writing',
    category: ORDER,
  },
  { code: '62A', description: 'Violent disorder', category: ORDER },
  { code: '66', description: 'Other offences against the State or public order', category: ORDER },
  {
    code: '',
    description: 'Affray',
    category: ORDER,
    source: 'Public Order Act 1986 Sec 3; HOCR public order offences (sub-class not asserted)',
  },
  // Miscellaneous crimes against society (HOCR April 2021, all 24 classes) → Other crime (POLICE_UK)
  { code: '15', description: 'Concealing an infant death close to birth', category: OTHER },
  { code: '24', description: 'Exploitation of prostitution', category: OTHER },
  { code: '24/17', description: 'Causing or inciting prostitution for gain', category: OTHER },
  { code: '24/18', description: 'Controlling prostitution for gain', category: OTHER },
  { code: '24/19', description: 'Keeping a brothel used for prostitution', category: OTHER },
  { code: '26', description: 'Bigamy', category: OTHER },
  { code: '27', description: 'Soliciting for prostitution', category: OTHER },
  { code: '27', description: 'Soliciting for the purposes of prostitution', category: OTHER },
  { code: '33', description: 'Going equipped for stealing, etc.', category: OTHER },
  { code: '33', description: 'Going equipped for stealing', category: OTHER },
  { code: '33A', description: 'Making, supplying or possessing articles for use in fraud', category: OTHER },
  { code: '53/43', description: 'Possess/control article(s) for use in fraud(s)', category: OTHER },
  { code: '38', description: 'Profiting from or concealing knowledge of the proceeds of crime', category: OTHER },
  { code: '38', description: 'Profiting from or concealing proceeds of crime', category: OTHER },
  { code: '54', description: 'Handling stolen goods', category: OTHER },
  { code: '54/1', description: 'Receiving stolen goods', category: OTHER },
  {
    code: '59',
    description: 'Threat or possession with intent to commit criminal damage',
    category: OTHER,
    source: 'HOCR and POLICE_UK put this in miscellaneous crimes against society (Other crime), not criminal damage',
  },
  { code: '59', description: 'Threat etc. to commit criminal damage', category: OTHER },
  { code: '59/11', description: 'Threats to destroy or damage property', category: OTHER },
  { code: '60', description: 'Forgery or use of false drug prescription', category: OTHER },
  { code: '60', description: 'Forgery or use of drug prescription', category: OTHER },
  { code: '61', description: 'Other forgery', category: OTHER },
  { code: '61A', description: 'Possession of false documents', category: OTHER },
  { code: '67', description: 'Perjury', category: OTHER },
  { code: '69', description: 'Offender Management Act offences', category: OTHER },
  { code: '76', description: 'Aiding suicide', category: OTHER },
  { code: '79', description: 'Perverting the course of justice', category: OTHER },
  { code: '79/1', description: 'Attempting to pervert the course of public justice', category: OTHER },
  { code: '80', description: 'Absconding from lawful custody', category: OTHER },
  { code: '83', description: 'Bail offences', category: OTHER },
  { code: '86', description: 'Obscene publications, etc and protected sexual material', category: OTHER },
  { code: '86', description: 'Obscene publications etc', category: OTHER },
  { code: '95', description: 'Disclosure, obstruction, false or misleading statements etc', category: OTHER },
  { code: '96', description: 'Wildlife crime', category: OTHER },
  { code: '96', description: 'Wildlife', category: OTHER },
  { code: '99', description: 'Other notifiable offences', category: OTHER },
  { code: '99', description: 'Other indictable or triable-either-way offences', category: OTHER },
  { code: '99/99', description: 'Triable-either-way offences', category: OTHER },
  {
    code: '802',
    description: 'Dangerous driving',
    category: OTHER,
    source: 'HOCR and POLICE_UK: miscellaneous crimes against society (causing death by it is violence, 4/4)',
  },
  { code: '814', description: 'Fraud, forgery etc associated with vehicle or driver records', category: OTHER },
  { code: '814', description: 'Fraud, forgery associated with vehicle driver records', category: OTHER },
  // Fraud: no police.uk category (see the note at the top of offence-classification.ts)
  { code: '', description: 'Fraud by false representation', category: OTHER, source: FRAUD },
  { code: '', description: 'Fraud by failing to disclose information', category: OTHER, source: FRAUD },
  { code: '', description: 'Fraud by abuse of position', category: OTHER, source: FRAUD },
  { code: '', description: 'Obtaining services dishonestly', category: OTHER, source: FRAUD },
  { code: '', description: 'False accounting', category: OTHER, source: FRAUD },
];
