/**
 * Crime type shares measured from the real data.police.uk month for Leicestershire (June 2024, 9,490 rows,
 * tests/fixtures/police-uk, see its README; tests/unit/demo recounts them from that file).
 */
export const TYPE_COUNTS_JUNE_2024: Record<string, number> = {
  'Violence and sexual offences': 3439,
  'Anti-social behaviour': 1028,
  'Public order': 970,
  'Criminal damage and arson': 809,
  'Other theft': 706,
  Shoplifting: 683,
  'Vehicle crime': 545,
  Burglary: 451,
  Drugs: 253,
  'Other crime': 219,
  'Theft from the person': 130,
  'Bicycle theft': 98,
  Robbery: 87,
  'Possession of weapons': 72,
};

export const CRIME_TYPES = Object.keys(TYPE_COUNTS_JUNE_2024);

type HourProfile = number[]; // 24 relative weights, hour 0 = midnight

const flat: HourProfile = Array(24).fill(1);
/** Night-time economy: evenings, peaking after midnight at weekends. */
const nightTime: HourProfile = [
  6, 5, 4, 2, 1, 0.6, 0.5, 0.7, 1, 1.2, 1.3, 1.5, 1.8, 1.8, 1.8, 2, 2.3, 2.6, 3, 3.4, 3.8, 4.4, 5.4, 6,
];
const evening: HourProfile = [
  1.2, 0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 0.8, 1, 1.2, 1.5, 1.8, 2, 2.3, 2.8, 3.6, 4, 4.2, 4, 3.6, 3, 2.2, 1.6,
];
const daytimeEvening: HourProfile = [
  0.8, 0.6, 0.5, 0.4, 0.3, 0.4, 0.6, 1, 1.5, 1.8, 1.9, 1.9, 1.9, 2, 2, 2.1, 2.3, 2.6, 2.8, 2.6, 2.2, 1.8, 1.3, 1,
];
const shopHours: HourProfile = [
  0.05, 0.02, 0.02, 0.02, 0.02, 0.05, 0.2, 0.8, 2, 3, 3.5, 3.8, 3.8, 3.8, 3.8, 3.8, 3.6, 3.2, 2.6, 1.8, 1, 0.5, 0.2,
  0.1,
];

export const HOUR_PROFILES: Record<string, HourProfile> = {
  'Violence and sexual offences': nightTime,
  'Public order': nightTime,
  'Possession of weapons': nightTime,
  Robbery: evening,
  'Anti-social behaviour': evening,
  'Criminal damage and arson': evening,
  Burglary: daytimeEvening,
  'Vehicle crime': daytimeEvening,
  Shoplifting: shopHours,
  'Theft from the person': shopHours,
  'Bicycle theft': daytimeEvening,
  Drugs: evening,
  'Other theft': daytimeEvening,
  'Other crime': flat,
};

/** Weekday weights, Monday first: violence and disorder peak on Friday and Saturday nights. */
export function weekdayWeight(crimeType: string, weekdayMondayFirst: number, hour: number): number {
  const nightTimeEconomy = HOUR_PROFILES[crimeType] === nightTime;
  if (!nightTimeEconomy) return weekdayMondayFirst >= 5 ? 0.9 : 1;
  // Friday and Saturday evenings, and the small hours of Saturday and Sunday.
  const weekendNight =
    ((weekdayMondayFirst === 4 || weekdayMondayFirst === 5) && hour >= 19) ||
    ((weekdayMondayFirst === 5 || weekdayMondayFirst === 6) && hour < 5);
  return weekendNight ? 2.6 : 0.8;
}

/** Mild seasonality: ASB and violence are higher in summer. */
export function seasonWeight(crimeType: string, monthIndex0: number): number {
  const summer = Math.cos(((monthIndex0 - 6) / 12) * 2 * Math.PI); // +1 in July, −1 in January
  const amplitude =
    crimeType === 'Anti-social behaviour' ? 0.25 : crimeType === 'Violence and sexual offences' ? 0.1 : 0.04;
  return 1 + amplitude * summer;
}
