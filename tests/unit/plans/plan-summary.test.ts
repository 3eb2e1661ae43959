import { describe, expect, it } from 'vitest';
import {
  importSentence,
  planActionsCsv,
  planListRows,
  sharedSetVersion,
  subjectName,
} from '../../../src/plans/plan-summary';
import { parseCsv } from '../exports/read-csv';
import { fullPlan, PAYLOAD } from './plan-fixture';

const names = new Map([['H01', 'H01 · Haymarket bus station']]);

describe('plan list rows', () => {
  const plan = fullPlan();
  it('counts open actions, the next due date and overdue ones', () => {
    expect(planListRows([plan], names, '2025-04-01')).toEqual([
      {
        id: 'plan-clock-tower',
        subject: 'H01 · Haymarket bus station',
        objective: 'Cut robbery at the clock tower by 25% by March 2026',
        openActions: 2,
        nextDueIso: '2025-04-30',
        overdue: 0,
        status: 'open',
      },
    ]);
    expect(planListRows([plan], names, '2025-05-01')[0]).toMatchObject({ overdue: 1, status: 'overdue' });
  });
  it('says when every action is done or there are none', () => {
    const done = {
      ...plan,
      response: { actions: plan.response.actions.map((a) => ({ ...a, status: 'done' as const })) },
    };
    expect(planListRows([done], names, '2025-05-01')[0]).toMatchObject({ openActions: 0, status: 'all done' });
    const none = { ...plan, response: { actions: [] } };
    expect(planListRows([none], names, '2025-05-01')[0].status).toBe('no actions');
  });
  it('names a hotspot missing from the set, and a drawn area', () => {
    expect(subjectName({ kind: 'hotspot', hotspotId: 'H09' }, names)).toBe('H09 (not in the set in use)');
    const polygon = { type: 'Polygon' as const, coordinates: [] };
    expect(subjectName({ kind: 'area', name: '  ', polygon }, names)).toBe('Drawn area');
  });
});

describe('plan actions CSV', () => {
  it('writes one row per action with BOM, neutralises formulas and keeps coordinates as numbers', () => {
    const text = planActionsCsv([fullPlan()], names);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, first, second] = parseCsv(text.slice(1));
    expect(header[0]).toBe('plan_id');
    expect(first[4]).toBe(`'=HYPERLINK("http://x.example","click")`);
    expect(first.slice(-2)).toEqual(['-1.1336', '52.6364']);
    expect(first[5]).toBe('primary');
    expect(first[9]).toBe('In progress');
    expect(second.slice(-2)).toEqual(['', '']);
  });
  it('writes hostile text as text', () => {
    const plan = fullPlan();
    plan.response.actions[1].what = PAYLOAD;
    plan.response.actions[1].owner = '@SUM(1+1)';
    const [, , row] = parseCsv(planActionsCsv([plan], names).slice(1));
    expect(row[3]).toBe(PAYLOAD);
    expect(row[7]).toBe("'@SUM(1+1)");
  });
});

describe('the plans file header and the import sentence', () => {
  it('names the set version only when every plan shares it', () => {
    expect(sharedSetVersion([fullPlan('a'), fullPlan('b')])).toBe('v3');
    expect(sharedSetVersion([fullPlan('a'), { ...fullPlan('b'), hotspotSetVersion: null }])).toBeNull();
    expect(sharedSetVersion([])).toBeNull();
  });
  it('says what an import did', () => {
    expect(importSentence({ added: ['a'], updated: [], keptHeld: ['b', 'c'], removed: [] })).toBe(
      'Imported: 1 plan added, 0 updated, 2 kept as held (as new or newer), 0 removed.',
    );
  });
});
