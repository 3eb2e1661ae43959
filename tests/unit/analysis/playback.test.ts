import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER } from '../../../src/analysis/crime-filter';
import { filterAtStep, formatStep, parseStep, playbackSteps, stepLabel } from '../../../src/analysis/playback';

describe('time playback', () => {
  it('steps month by month over the period, both ends included', () => {
    const steps = playbackSteps('month', '2024-11', '2025-02');
    expect(steps.map((s) => s.start)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('steps by week from the Monday on or before the first day (1 Jan 2025 is a Wednesday)', () => {
    const steps = playbackSteps('week', '2025-01', '2025-01');
    expect(steps.map((s) => s.start)).toEqual(['2024-12-30', '2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
  });

  it('steps by day, 29 days in February 2024', () => {
    const steps = playbackSteps('day', '2024-02', '2024-02');
    expect(steps).toHaveLength(29);
    expect(steps.at(-1)).toEqual({ unit: 'day', start: '2024-02-29' });
  });

  it('narrows the filter to the step, keeping types and hours', () => {
    const filter = { ...DEFAULT_FILTER, crimeTypes: ['Drugs'], hours: [15, 22] as [number, number] };
    expect(filterAtStep(filter, { unit: 'month', start: '2024-06' })).toEqual({
      ...filter,
      fromMonth: '2024-06',
      toMonth: '2024-06',
    });
    expect(filterAtStep(filter, { unit: 'week', start: '2024-12-30' })).toEqual({
      ...filter,
      fromMonth: '2024-12',
      toMonth: '2025-01',
      fromDay: '2024-12-30',
      toDay: '2025-01-05',
    });
    expect(filterAtStep(filter, null)).toBe(filter);
  });

  it('reads and writes the step in the link; a week link on a Thursday means that week', () => {
    for (const text of ['month:2024-06', 'week:2025-03-03', 'day:2025-03-05'])
      expect(formatStep(parseStep(text)!)).toBe(text);
    expect(parseStep('week:2025-03-06')).toEqual({ unit: 'week', start: '2025-03-03' });
    for (const bad of [null, '', 'month:2024-13', 'fortnight:2024-01-01', 'day:2024-02-30x'])
      expect(parseStep(bad)).toBeNull();
  });

  it('labels steps in plain English', () => {
    expect(stepLabel({ unit: 'month', start: '2024-06' })).toBe('June 2024');
    expect(stepLabel({ unit: 'week', start: '2025-03-03' })).toBe('Week of Mon 3 Mar 2025');
  });
});
