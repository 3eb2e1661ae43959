// Why a plan (or a plan file) cannot be used, as values the app, the CLI and the docs show the same way: which plan,
// which field, and one plain-English sentence per reason (HOUSE_STYLE: errors are values).

export const PLAN_PROBLEM_SENTENCES = {
  'not-json': 'is not JSON text',
  'not-plan-file': 'is not a plans file from this app (its "format" is not "grip-sara-plans")',
  'newer-schema': 'was written by a newer version of the app, which this one cannot read',
  'unknown-schema': 'has no schema version this app knows',
  'not-object': 'must be an object',
  'not-list': 'must be a list',
  missing: 'is missing',
  'not-text': 'must be text',
  'too-long': 'is too long',
  'too-many': 'holds too many entries',
  'bad-id': 'must be 1 to 64 letters, digits, "-" or "_"',
  'duplicate-id': 'repeats an id used earlier in the same list',
  'not-timestamp': 'must be a date and time in ISO 8601 (2025-01-31T09:00:00.000Z)',
  'not-date': 'must be a date as YYYY-MM-DD',
  'not-month': 'must be a month as YYYY-MM',
  'not-one-of': 'is not one of the allowed values',
  'not-number': 'must be a finite number',
  'out-of-range': 'is outside the allowed range',
  'not-polygon': 'must be a GeoJSON Polygon of closed rings of [longitude, latitude] positions',
  'period-order': 'ends before it starts, or the "after" period does not start after the "before" period ends',
  'unknown-action': 'names an action id this plan does not have',
  'store-failed': 'could not be saved by the browser',
} as const;
export type PlanProblemReason = keyof typeof PLAN_PROBLEM_SENTENCES;

export interface PlanProblem {
  /** The plan's position in the list read (0 = first); null for a problem with the file as a whole. */
  index: number | null;
  /** The plan's id when it has a readable one. */
  planId: string | null;
  /** Where in the plan, as a path: `response.actions[2].tier`; '' for the plan or file itself. */
  field: string;
  reason: PlanProblemReason;
  /** The reason's sentence with the plan, field and any detail ("it holds 4,100 characters, at most 4,000"). */
  sentence: string;
}

/** `Plan "p-clock-tower" (number 3)`, or "The plans file" for the file as a whole. */
function whichPlan(index: number | null, planId: string | null): string {
  if (index === null) return 'The plans file';
  return planId ? `Plan ${JSON.stringify(planId)} (number ${index + 1})` : `Plan number ${index + 1}`;
}

export function planProblem(
  index: number | null,
  planId: string | null,
  field: string,
  reason: PlanProblemReason,
  detail?: string,
): PlanProblem {
  const where = field ? `${whichPlan(index, planId)}, field ${field},` : whichPlan(index, planId);
  const sentence = `${where} ${PLAN_PROBLEM_SENTENCES[reason]}${detail ? `: ${detail}` : ''}.`;
  return { index, planId, field, reason, sentence };
}
