// Robbery, burglary, vehicle offences, theft, criminal damage and arson. Codes and descriptions from HOCR and ONS_CSS,
// categories from POLICE_UK (sources in full at the top of offence-classification.ts).
import type { OffenceClassificationRow, PoliceUkCategory } from './offence-classification';

const ROBBERY: PoliceUkCategory = 'Robbery';
const BURGLARY: PoliceUkCategory = 'Burglary';
const VEHICLE: PoliceUkCategory = 'Vehicle crime';
const PERSON: PoliceUkCategory = 'Theft from the person';
const BICYCLE: PoliceUkCategory = 'Bicycle theft';
const SHOPLIFTING: PoliceUkCategory = 'Shoplifting';
const OTHER_THEFT: PoliceUkCategory = 'Other theft';
const DAMAGE: PoliceUkCategory = 'Criminal damage and arson';
const VARIANT = 'description variant seen in exports';
const OUTCOME_ONLY = 'ONS_CSS "outcome only" code (pre-2017 split into residential / business and community)';

export const ACQUISITIVE_AND_DAMAGE_ROWS: readonly OffenceClassificationRow[] = [
  // Robbery
  { code: '34A', description: 'Robbery of business property', category: ROBBERY },
  { code: '34B', description: 'Robbery of personal property', category: ROBBERY },
  { code: '34/1', description: 'Robbery', category: ROBBERY },
  { code: '34/1', description: 'Robbery - business', category: ROBBERY },
  { code: '34/1', description: 'Robbery - personal', category: ROBBERY },
  // Burglary (HOCR Burglary; residential and business and community since April 2017)
  { code: '28E', description: 'Burglary - residential', category: BURGLARY },
  { code: '28E', description: 'Burglary residential', category: BURGLARY },
  { code: '28E', description: 'Residential burglary', category: BURGLARY, source: 'PRC subgroup name' },
  { code: '28F', description: 'Attempted burglary - residential', category: BURGLARY },
  { code: '28G', description: 'Distraction burglary - residential', category: BURGLARY },
  { code: '28H', description: 'Attempted distraction burglary - residential', category: BURGLARY },
  { code: '29A', description: 'Aggravated burglary - residential', category: BURGLARY },
  { code: '30C', description: 'Burglary - business and community', category: BURGLARY },
  { code: '30C', description: 'Burglary business and community', category: BURGLARY },
  { code: '30C', description: 'Non-residential burglary', category: BURGLARY, source: 'PRC subgroup name' },
  { code: '30D', description: 'Attempted burglary - business and community', category: BURGLARY },
  { code: '31A', description: 'Aggravated burglary - business and community', category: BURGLARY },
  { code: '28A', description: 'Burglary in a dwelling', category: BURGLARY, source: OUTCOME_ONLY },
  { code: '28B', description: 'Attempted burglary in a dwelling', category: BURGLARY, source: OUTCOME_ONLY },
  { code: '28C', description: 'Distraction burglary in a dwelling', category: BURGLARY, source: OUTCOME_ONLY },
  {
    code: '28D',
    description: 'Attempted distraction burglary in a dwelling',
    category: BURGLARY,
    source: OUTCOME_ONLY,
  },
  { code: '29', description: 'Aggravated burglary in a dwelling', category: BURGLARY, source: OUTCOME_ONLY },
  {
    code: '30A',
    description: 'Burglary in a building other than a dwelling',
    category: BURGLARY,
    source: OUTCOME_ONLY,
  },
  {
    code: '30B',
    description: 'Attempted burglary in a building other than a dwelling',
    category: BURGLARY,
    source: OUTCOME_ONLY,
  },
  {
    code: '31',
    description: 'Aggravated burglary in a building other than a dwelling',
    category: BURGLARY,
    source: OUTCOME_ONLY,
  },
  { code: '', description: 'Aggravated burglary', category: BURGLARY, source: VARIANT },
  // Vehicle offences: theft from or of a vehicle, or interference with one (POLICE_UK)
  { code: '37.2', description: 'Aggravated vehicle taking', category: VEHICLE },
  { code: '45', description: 'Theft from a vehicle', category: VEHICLE },
  { code: '45', description: 'Theft from vehicle', category: VEHICLE },
  { code: '45/10', description: 'Theft from a motor vehicle', category: VEHICLE },
  { code: '45', description: 'Theft from motor vehicle', category: VEHICLE, source: VARIANT },
  { code: '48', description: 'Theft or unauthorised taking of a motor vehicle', category: VEHICLE },
  { code: '48', description: 'Theft or unauthorised taking of motor vehicle', category: VEHICLE },
  { code: '48/1', description: 'Theft of a motor vehicle', category: VEHICLE },
  { code: '48', description: 'Theft of motor vehicle', category: VEHICLE, source: VARIANT },
  {
    code: '48',
    description: 'Taking a motor vehicle without consent',
    category: VEHICLE,
    source: 'Theft Act 1968 Sec 12; "unauthorised taking" in HOCR 48',
  },
  { code: '126', description: 'Interfering with a motor vehicle', category: VEHICLE },
  { code: '126', description: 'Interference with a motor vehicle', category: VEHICLE },
  { code: '126', description: 'Vehicle interference', category: VEHICLE },
  // Theft offences
  { code: '39', description: 'Theft from the person', category: PERSON },
  { code: '39', description: 'Theft from the person of another', category: PERSON },
  { code: '39', description: 'Theft from person', category: PERSON, source: VARIANT },
  { code: '44', description: 'Theft or unauthorised taking of a pedal cycle', category: BICYCLE },
  { code: '44', description: 'Theft of a pedal cycle', category: BICYCLE },
  { code: '44', description: 'Theft of pedal cycle', category: BICYCLE, source: VARIANT },
  { code: '46', description: 'Shoplifting', category: SHOPLIFTING },
  { code: '46', description: 'Theft from shops and stalls', category: SHOPLIFTING },
  { code: '46', description: 'Theft from shop or stall', category: SHOPLIFTING, source: 'export wording of 46' },
  { code: '35', description: 'Blackmail', category: OTHER_THEFT },
  {
    code: '40',
    description: 'Theft in a dwelling other than from an automatic machine or meter',
    category: OTHER_THEFT,
  },
  { code: '40', description: 'Theft in a dwelling other than from automatic machine or meter', category: OTHER_THEFT },
  { code: '41', description: 'Theft by an employee', category: OTHER_THEFT },
  { code: '42', description: 'Theft of mail', category: OTHER_THEFT },
  { code: '42', description: 'Theft of mail bag or postal packet', category: OTHER_THEFT },
  { code: '43', description: 'Dishonest use of electricity', category: OTHER_THEFT },
  { code: '43', description: 'Abstracting electricity', category: OTHER_THEFT },
  { code: '47', description: 'Theft from automatic machine or meter', category: OTHER_THEFT },
  { code: '49', description: 'Other theft', category: OTHER_THEFT },
  { code: '49/10', description: 'Theft if not classified elsewhere', category: OTHER_THEFT },
  { code: '49A', description: 'Making off without payment', category: OTHER_THEFT },
  { code: '53/25', description: 'Making off without payment', category: OTHER_THEFT },
  // Arson and criminal damage (HOCR); damage to a vehicle is criminal damage, not vehicle crime (POLICE_UK)
  { code: '56A', description: 'Arson endangering life', category: DAMAGE },
  { code: '56B', description: 'Arson not endangering life', category: DAMAGE },
  { code: '56/1', description: 'Arson endangering life', category: DAMAGE },
  { code: '56/2', description: 'Arson not endangering life', category: DAMAGE },
  { code: '', description: 'Arson', category: DAMAGE, source: 'PRC subgroup name' },
  { code: '58A', description: 'Criminal damage to a dwelling', category: DAMAGE },
  { code: '58B', description: 'Criminal damage to a building other than a dwelling', category: DAMAGE },
  { code: '58C', description: 'Criminal damage to a vehicle', category: DAMAGE },
  { code: '58D', description: 'Other criminal damage', category: DAMAGE },
  { code: '58', description: 'Other criminal damage to a dwelling', category: DAMAGE },
  { code: '58', description: 'Other criminal damage to a building other than a dwelling', category: DAMAGE },
  { code: '58', description: 'Other criminal damage to a vehicle', category: DAMAGE },
  { code: '58', description: 'Other criminal damage, other', category: DAMAGE },
  { code: '58J', description: 'Racially or religiously aggravated criminal damage', category: DAMAGE },
  { code: '58/4', description: 'Racially or religiously aggravated criminal damage', category: DAMAGE },
  { code: '', description: 'Criminal damage', category: DAMAGE, source: 'PRC subgroup name' },
];
