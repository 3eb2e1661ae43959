// The plan editor renders every field of the plan, labelled, and shows hostile text as literal text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_FIELDS } from '../../../src/plans/plan-tables';
import type { SaraPlan } from '../../../src/plans/plan-types';
import { PlanEditor } from '../../../src/ui/plans/PlanEditor';
import { fullPlan, PAYLOAD } from './plan-fixture';

const SCRIPT = '<script>alert(1)</script>';
const SVG = '<svg onload=alert(1)>';
const LINK = 'javascript:alert(1)';

const render = (plan: SaraPlan, hotspotName = 'H01 Clock Tower') =>
  renderToStaticMarkup(
    createElement(PlanEditor, {
      plan,
      hotspotName,
      onChange: () => undefined,
      onDelete: () => undefined,
      onRefreshSnapshot: () => undefined,
      crimeTypes: ['Robbery', 'Public order'],
      now: () => '2025-06-01T00:00:00.000Z',
    }),
  );

function hostilePlan(): SaraPlan {
  const plan = fullPlan();
  return {
    ...plan,
    analysis: { ...plan.analysis, notes: SCRIPT, why: SVG },
    response: { actions: [{ ...plan.response.actions[0], partner: LINK, what: PAYLOAD }, plan.response.actions[1]] },
    scanning: { ...plan.scanning, snapshot: { ...plan.scanning.snapshot!, byType: { [SVG]: 3 } } },
  };
}

describe('PlanEditor', () => {
  it('shows payloads as literal text: no element, handler or link is made from them', () => {
    const html = render(hostilePlan(), `Name ${PAYLOAD}`);
    for (const tag of ['<script', '<img', '<svg', '<a ']) expect(html).not.toContain(tag);
    // Every attribute of every element: none is an event handler or a link (payloads sit inside quoted values).
    const attributes = [...html.matchAll(/<[a-z]+((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/g)].flatMap((m) =>
      [...m[1].matchAll(/\s+([a-z-]+)(?:="[^"]*")?/g)].map((a) => a[1]),
    );
    expect(attributes.length).toBeGreaterThan(100);
    expect(attributes.filter((a) => a.startsWith('on') || a === 'href' || a === 'src')).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('value="javascript:alert(1)"');
  });

  it('labels every control: a <label for> or an aria-label', () => {
    const html = render(fullPlan());
    const ids = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]));
    const controls = [...html.matchAll(/<(input|textarea|select)\b([^>]*)>/g)];
    expect(controls.length).toBeGreaterThan(30);
    for (const [tag, , attributes] of controls) {
      const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
      expect(/aria-label="[^"]+"/.test(attributes) || (id !== undefined && ids.has(id)), tag).toBe(true);
    }
    for (const f of ANALYSIS_FIELDS) expect(html).toContain(`>${f.label}</label>`);
    for (const label of ['What (action 1)', 'Tier (action 2)', 'Status (action 2)', 'Due (action 1)'])
      expect(html).toContain(`aria-label="${label}"`);
  });

  it('shows the snapshot read-only with a refresh button, and the actions with add and remove', () => {
    const html = render(fullPlan());
    expect(html).toMatch(/<dt>Crimes<\/dt><dd>212<\/dd>/);
    expect(html).toContain('<dd>22:00, 23:00, 21:00</dd>');
    expect(html).toContain('Refresh snapshot from the loaded data');
    expect(html).not.toMatch(/<input[^>]*value="212"/);
    for (const text of ['Add action', 'Remove action 1', 'Remove action 2', 'Add measure', 'Remove measure 1'])
      expect(html).toContain(`>${text}</button>`);
    expect(html).toContain('<option value="street-lighting" selected="">Street lighting</option>');
  });

  it('says which fields stop the plan being saved', () => {
    const plan = fullPlan();
    const html = render({ ...plan, response: { actions: [{ ...plan.response.actions[0], dueIso: '2025-13-01' }] } });
    expect(html).toContain('field response.actions[0].dueIso, must be a date as YYYY-MM-DD.');
  });

  it('never sets HTML: no dangerouslySetInnerHTML or innerHTML in the plan UI', () => {
    const dir = path.resolve(__dirname, '../../../src/ui/plans');
    for (const file of readdirSync(dir)) expect(readFileSync(path.join(dir, file), 'utf8')).not.toMatch(/innerHTML/i);
  });
});
