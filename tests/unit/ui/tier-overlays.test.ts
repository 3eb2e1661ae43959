// The "Tiers on the map" fieldset is the tier legend: a checkbox per tier with its mark and count.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_SETTINGS } from '../../../src/map/map-settings';
import { symbolDataUrl } from '../../../src/map/tier-symbols';
import { TierOverlays, type TierLegendData } from '../../../src/ui/TierOverlays';

const OFF = { state: 'off' } as const;
const legend = (over: Partial<TierLegendData> = {}): TierLegendData => ({
  watchList: OFF,
  emerging: OFF,
  prevention: { primary: OFF, secondary: OFF, tertiary: OFF },
  kinds: [],
  withoutPlace: 0,
  ...over,
});
const render = (settings = DEFAULT_MAP_SETTINGS, data = legend()) =>
  renderToStaticMarkup(
    createElement(TierOverlays, { settings, legend: data, gripHotspotCount: 18, onChange: () => undefined }),
  );
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('the tier legend', () => {
  it('has one fieldset with a labelled checkbox per tier, each with its symbol', () => {
    const html = render();
    expect(html.match(/<fieldset/g)).toHaveLength(1);
    expect(html).toContain('<legend>Tiers on the map</legend>');
    for (const name of ['tier-1', 'tier-2', 'tier-3', 'tier-primary', 'tier-secondary', 'tier-tertiary'])
      expect(html).toMatch(new RegExp(`<label[^>]*><input type="checkbox" name="${name}"[^>]*/><img[^>]*alt=""`));
    expect(html).toContain(symbolDataUrl('secondary').replaceAll('&', '&amp;'));
    expect(text(html)).toContain('Tier 1 · GRIP hotspots: 18 hotspots in the set in use');
    expect(html).not.toContain('intervention-kind');
  });

  it('counts what each tier draws, and says when it is computing or failed', () => {
    const settings = {
      ...DEFAULT_MAP_SETTINGS,
      tiers: { watchList: true, emerging: true, primary: true, secondary: true, tertiary: false },
    };
    const html = text(
      render(
        settings,
        legend({
          watchList: { state: 'shown', count: 14 },
          emerging: { state: 'busy' },
          prevention: {
            primary: { state: 'shown', count: 1 },
            secondary: { state: 'failed', message: 'no table' },
            tertiary: OFF,
          },
          kinds: ['CCTV', 'Youth diversion'],
          withoutPlace: 2,
        }),
      ),
    );
    expect(html).toContain('Tier 2 · watch list: 14 hot cells outside the set');
    expect(html).toContain('Tier 3 · emerging: computing…');
    expect(html).toContain('Primary prevention: 1 intervention');
    expect(html).toContain('Secondary prevention: could not be computed: no table');
    expect(html).toContain('2 interventions have no place (area-wide) and are not on the map.');
    expect(html).toContain('Kinds of intervention (all)');
  });

  it('shows the kind and date filters once a prevention tier is on', () => {
    const settings = {
      ...DEFAULT_MAP_SETTINGS,
      tiers: { ...DEFAULT_MAP_SETTINGS.tiers, tertiary: true },
      interventions: { kinds: ['CCTV'], fromDate: '2025-01-01', toDate: null },
    };
    const html = render(settings, legend({ kinds: ['CCTV', 'Youth diversion'] }));
    expect(html).toMatch(/name="intervention-kind" checked="" value="CCTV"/);
    expect(html).toMatch(/name="intervention-kind" value="Youth diversion"\/>/);
    expect(html).toMatch(/type="date" name="interventions-from" value="2025-01-01"/);
    expect(text(html)).toContain('Kinds of intervention (1 chosen)');
  });
});
