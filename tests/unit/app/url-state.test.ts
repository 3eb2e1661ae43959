// The URL hash holds the whole view: filter, map settings and the map position (`at=lng,lat,zoom`).
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER } from '../../../src/analysis/crime-filter';
import { filterFromHash, filterToHash, settingsFromHash, viewFromHash } from '../../../src/app/url-state';
import { DEFAULT_MAP_SETTINGS, NO_TIERS } from '../../../src/map/map-settings';
import { formatMapPosition, parseMapPosition, sameMapPosition } from '../../../src/map/map-position';

describe('at= in the URL hash', () => {
  it.each([
    ['#res=10&at=-1.1305,52.6362,15.3', { lngLat: [-1.1305, 52.6362], zoom: 15.3 }],
    ['#at=-1.1305%2C52.6362%2C15.3', { lngLat: [-1.1305, 52.6362], zoom: 15.3 }],
    ['#at=-1.2,52.7,25', { lngLat: [-1.2, 52.7], zoom: 20 }],
    ['#at=-1.2,52.7,-3', { lngLat: [-1.2, 52.7], zoom: 0 }],
    ['#res=9', null],
    ['#at=', null],
    ['#at=-1.2,52.7', null],
    ['#at=-1.2,52.7,11,4', null],
    ['#at=-1.2,,11', null],
    ['#at=a,b,c', null],
    ['#at=-1.2,95,11', null],
    ['#at=190,52.7,11', null],
  ])('%s reads as %j', (hash, expected) => {
    expect(viewFromHash(hash)).toEqual(expected);
  });

  it.each([
    [{ lngLat: [-1.130512345, 52.636249999] as [number, number], zoom: 13.456 }, '-1.13051,52.63625,13.46'],
    [{ lngLat: [-1.2, 52.7] as [number, number], zoom: 11.5 }, '-1.2,52.7,11.5'],
    [{ lngLat: [0, 0] as [number, number], zoom: 0 }, '0,0,0'],
  ])('%j is written %s', (position, text) => {
    expect(formatMapPosition(position)).toBe(text);
    expect(formatMapPosition(parseMapPosition(text)!)).toBe(text);
  });

  it('counts positions equal when their links are equal', () => {
    const at = { lngLat: [-1.2, 52.7] as [number, number], zoom: 11.5 };
    expect(sameMapPosition(at, { lngLat: [-1.200001, 52.700002], zoom: 11.501 })).toBe(true);
    expect(sameMapPosition(at, { lngLat: [-1.2001, 52.7], zoom: 11.5 })).toBe(false);
    expect(sameMapPosition(at, null)).toBe(false);
    expect(sameMapPosition(null, null)).toBe(true);
  });

  it('writes at= last and unescaped, and the filter and settings round-trip with it', () => {
    const filter = { ...DEFAULT_FILTER, resolution: 8, crimeTypes: ['Drugs', 'Robbery'], fromMonth: '2024-01' };
    const settings = { ...DEFAULT_MAP_SETTINGS, mode: 'gi' as const, harm: true, showGripHotspots: false };
    const hash = filterToHash(filter, settings, { lngLat: [-1.1305, 52.6362], zoom: 15.3 });
    expect(hash).toMatch(/&at=-1\.1305,52\.6362,15\.3$/);
    expect(filterFromHash(hash)).toEqual(filterFromHash(filterToHash(filter, settings)));
    expect(filterFromHash(hash)).toMatchObject({
      resolution: 8,
      crimeTypes: ['Drugs', 'Robbery'],
      fromMonth: '2024-01',
    });
    expect(settingsFromHash(hash)).toEqual(settings);
    expect(viewFromHash(hash)).toEqual({ lngLat: [-1.1305, 52.6362], zoom: 15.3 });
  });

  it('keeps large text in the link, so a board-room view opens at the size it was set up at', () => {
    const settings = { ...DEFAULT_MAP_SETTINGS, largeText: true };
    expect(filterToHash(DEFAULT_FILTER, settings)).toContain('text=large');
    expect(settingsFromHash(filterToHash(DEFAULT_FILTER, settings)).largeText).toBe(true);
    expect(settingsFromHash('#res=9').largeText).toBe(false);
    const withPois = { ...DEFAULT_MAP_SETTINGS, pointsOfInterest: true };
    expect(filterToHash(DEFAULT_FILTER, withPois)).toContain('poi=1');
    expect(settingsFromHash(filterToHash(DEFAULT_FILTER, withPois)).pointsOfInterest).toBe(true);
    expect(settingsFromHash('#res=9').pointsOfInterest).toBe(false);
  });

  it('keeps the study area and neighbourhood in the link, and ignores ones it cannot read', () => {
    const settings = {
      ...DEFAULT_MAP_SETTINGS,
      mode: 'clusters' as const,
      studyArea: { kind: 'district' as const, name: 'Hinckley and Bosworth' },
      neighbourhood: { kind: 'band' as const, metres: 'auto' as const },
    };
    const hash = filterToHash(DEFAULT_FILTER, settings);
    expect(hash).toContain('view=clusters');
    expect(settingsFromHash(hash)).toMatchObject({ mode: 'clusters', studyArea: settings.studyArea });
    expect(settingsFromHash(hash).neighbourhood).toEqual({ kind: 'band', metres: 'auto' });
    expect(filterToHash(DEFAULT_FILTER, DEFAULT_MAP_SETTINGS)).not.toMatch(/area=|nb=/);
    expect(settingsFromHash('#area=district:Nowhere&nb=rings:9').studyArea).toEqual({ kind: 'llr' });
    expect(settingsFromHash('#area=district:Nowhere&nb=rings:9').neighbourhood).toEqual({ kind: 'rings', k: 1 });
  });

  it('leaves at= out until the map has a position', () => {
    expect(filterToHash(DEFAULT_FILTER, DEFAULT_MAP_SETTINGS, null)).not.toContain('at=');
  });
});

describe('tier overlays in the URL hash', () => {
  it.each([
    ['#tiers=2,3,primary', { watchList: true, emerging: true, primary: true, secondary: false, tertiary: false }],
    ['#tiers=tertiary,2', { watchList: true, emerging: false, primary: false, secondary: false, tertiary: true }],
    [
      '#tiers=1,4,Primary,bogus',
      { watchList: false, emerging: false, primary: true, secondary: false, tertiary: false },
    ],
    ['#tiers=', NO_TIERS],
    ['#res=9', NO_TIERS],
  ])('%s reads as %j', (hash, tiers) => {
    expect(settingsFromHash(hash).tiers).toEqual(tiers);
  });

  it('writes the tiers in a fixed order and the intervention filter sorted, and reads them back', () => {
    const settings = {
      ...DEFAULT_MAP_SETTINGS,
      tiers: { watchList: false, emerging: true, primary: true, secondary: false, tertiary: true },
      interventions: { kinds: ['Street lighting', 'CCTV'], fromDate: '2025-01-01', toDate: '2025-06-30' },
    };
    const hash = filterToHash(DEFAULT_FILTER, settings);
    expect(hash).toContain('tiers=3%2Cprimary%2Ctertiary');
    expect(hash).toContain('kinds=CCTV%7CStreet+lighting');
    expect(hash).toContain('since=2025-01-01&until=2025-06-30');
    expect(settingsFromHash(hash)).toEqual({
      ...settings,
      interventions: { ...settings.interventions, kinds: ['CCTV', 'Street lighting'] },
    });
  });

  it('leaves the default view as it was (no tier words), so the precomputed first view still applies', () => {
    expect(filterToHash(DEFAULT_FILTER, DEFAULT_MAP_SETTINGS)).toBe('#res=9');
    expect(JSON.stringify(settingsFromHash('#res=9'))).toBe(JSON.stringify(DEFAULT_MAP_SETTINGS));
  });

  it('drops dates that are not YYYY-MM-DD and repeated kinds', () => {
    expect(settingsFromHash('#since=2025-1-1&until=yesterday&kinds=CCTV|CCTV||Youth+diversion').interventions).toEqual({
      kinds: ['CCTV', 'Youth diversion'],
      fromDate: null,
      toDate: null,
    });
  });
});
