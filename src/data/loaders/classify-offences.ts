import { classifyOffence } from '../../analysis/reference/classify-offence';
import { POLICE_UK_CATEGORIES } from '../../analysis/reference/offence-classification';
import type { Connector } from '../connector';
import { DISTINCT_OFFENCES_SQL, stageOffenceCategoriesSql, type OffenceCategory } from '../sql/ingest-force';
import type { FileReport } from './file-report';
import { queryRows } from './staged-file';

/** The category of a force export's offences that the Home Office classification does not know. */
export const UNCLASSIFIED = 'Unclassified';

const SHOWN = 5;

/**
 * Classifies each distinct offence of the staged rows once, by its Home Office code or description
 * (analysis/reference/classify-offence.ts), and stages the result for the insert. An offence nothing knows is never
 * guessed into "Other crime": it is kept as Unclassified and the report names it with its rows, until the analyst gives
 * it a category in the mapping step (`chosen`, by the offence as the report names it; remembered with the mapping).
 */
export async function classifyStagedOffences(
  db: Connector,
  report: FileReport,
  chosen: Record<string, string> = {},
): Promise<void> {
  const offences = await queryRows<{ offence: string | null; offence_code: string | null; rows: number }>(
    db,
    DISTINCT_OFFENCES_SQL,
  );
  const staged: OffenceCategory[] = [];
  const unknown: { offence: string; rows: number }[] = [];
  const known = new Map<string, number>();
  for (const o of offences) {
    const label = [o.offence_code, o.offence].filter(Boolean).join(' ');
    const category =
      analystsChoice(chosen[label]) ??
      classifyOffence({ code: o.offence_code, description: o.offence })?.category ??
      null;
    if (category === null) unknown.push({ offence: label, rows: o.rows });
    else known.set(`'${label}' → ${category}`, o.rows);
    staged.push({ offence: o.offence, offenceCode: o.offence_code, crimeType: category ?? UNCLASSIFIED });
  }
  await db.query(stageOffenceCategoriesSql(staged));
  const commonest = [...known].slice(0, SHOWN).map(([text, rows]) => `${text} (${rows.toLocaleString('en-GB')})`);
  if (commonest.length > 0)
    report.notes.push(`Offences classified by the Home Office classification: ${commonest.join('; ')}.`);
  if (unknown.length === 0) return;
  report.unclassifiedOffences = unknown;
  const rows = unknown.reduce((sum, u) => sum + u.rows, 0);
  const named = unknown.slice(0, SHOWN).map((u) => `'${u.offence}' (${u.rows.toLocaleString('en-GB')})`);
  const more = unknown.length > SHOWN ? `, and ${unknown.length - SHOWN} more` : '';
  report.notes.push(
    `${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row has an offence' : 'rows have offences'} this app could not ` +
      `classify: ${named.join(', ')}${more}. Kept as ${UNCLASSIFIED}: counted in totals, in no crime type's map until ` +
      'the offence is given a category.',
  );
}

const CATEGORIES = new Set<string>(POLICE_UK_CATEGORIES);

/** The analyst's category for an offence, if it is a police.uk category (the choice is read back from storage). */
function analystsChoice(category: string | undefined): string | null {
  return category !== undefined && CATEGORIES.has(category) ? category : null;
}
