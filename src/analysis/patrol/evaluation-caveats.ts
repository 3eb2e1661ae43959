// What a reader of a patrol evaluation should keep in mind, as typed data with one sentence each, so the results
// panel, the CLI and the docs say the same thing.
import { formatClock } from './schedule-days';

export type EvaluationCaveatCode =
  | 'intention-to-treat'
  | 'independence'
  | 'harm-descriptive'
  | 'displacement'
  | 'day-boundary'
  | 'recorded-time'
  | 'few-crimes'
  | 'carry-over';

export interface EvaluationCaveat {
  code: EvaluationCaveatCode;
  sentence: string;
}

/** Fewer crimes than this in all and the interval is too wide to say much (an effect of 20% needs hundreds). */
export const FEW_CRIMES = 50;

interface Totals {
  patrolCrimes: number;
  controlCrimes: number;
}

interface CarryOverTotals {
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
}

/** The caveats for one evaluation: six always apply; few crimes and carry-over only when the numbers show them. */
export function evaluationCaveats(
  overall: Totals,
  carryOver: CarryOverTotals,
  dayStartMinutes: number,
): EvaluationCaveat[] {
  const caveats: EvaluationCaveat[] = [
    {
      code: 'intention-to-treat',
      sentence:
        'Days are compared as scheduled (intention to treat): a patrol that did not happen, or a visit on a control ' +
        'day, makes the difference look smaller than it is, so check delivery against the GPS dosage.',
    },
    {
      code: 'independence',
      sentence:
        'The exact test treats every crime as independent; crimes that come together (one fight, several offences) ' +
        'make the true interval wider than shown, so read a p-value near 0.05 with care.',
    },
    {
      code: 'harm-descriptive',
      sentence:
        'A harm-weighted total is not a count, so harm per place-day is described, not tested; its difference is ' +
        'driven by the few most harmful crimes.',
    },
    {
      code: 'displacement',
      sentence:
        'Each hotspot is compared with itself on other days; whether crime moved round the corner (displacement) ' +
        'or fell there too (diffusion of benefit) needs the buffer-ring comparison.',
    },
    {
      code: 'day-boundary',
      sentence:
        dayStartMinutes === 0
          ? 'Crimes count on their calendar day (the patrol day starts at 00:00), so a late-night crime just after ' +
            'midnight counts apart from the evening it belongs to.'
          : `Crimes count on the patrol day running from ${formatClock(dayStartMinutes)}, so one before ` +
            `${formatClock(dayStartMinutes)} counts on the day before, the night it belongs to.`,
    },
    {
      code: 'recorded-time',
      sentence:
        'A crime is placed by its recorded time, which for offences found later (criminal damage, some thefts) can ' +
        'be when it was reported, blurring which day it belongs to.',
    },
  ];
  const total = overall.patrolCrimes + overall.controlCrimes;
  if (total < FEW_CRIMES)
    caveats.push({
      code: 'few-crimes',
      sentence: `Only ${total} crimes in all: the interval is wide, and a real effect could easily go undetected.`,
    });
  if (carryOver.ciHigh < 1 || carryOver.ciLow > 1) {
    const fewer = carryOver.ciHigh < 1;
    const why = fewer
      ? 'the patrols may act into the next day, which makes the patrol-against-control difference understate them'
      : 'crime may be put off to the day after a patrol rather than prevented';
    caveats.push({
      code: 'carry-over',
      sentence: `Control days right after a patrol day had ${fewer ? 'fewer' : 'more'} crimes than other control days (rate ratio ${carryOver.rateRatio.toFixed(2)}): ${why}.`,
    });
  }
  return caveats;
}
