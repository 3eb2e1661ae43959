// The GRIP hotspot set in use and its versions through the engine session (src/data/engine/session.ts), on real
// DuckDB-WASM in Node: the demo's 18 as the first set, independent of the crime data loaded, edited, versioned,
// compared, exported, and kept in the browser's store across a restart. The analyst's file is the real June 2024
// Leicestershire month (OGL v3); the demo's hotspots are the generator's 18 planted street segments.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHotspotsGeoJson } from '../../../src/analysis/hotspot-proposal';
import {
  addHotspot,
  deleteHotspot,
  DEMO_SET_NAME,
  fromFeatures,
  measureSet,
  readSetsDocument,
  reshapeHotspot,
  SETS_DOCUMENT_NAME,
  type HotspotSet,
  type HotspotSetState,
} from '../../../src/analysis/hotspot-set';
import { nodeHost } from '../../../src/data/engine/node-host';
import type { EngineEvent } from '../../../src/data/engine/protocol';
import { MemoryFileStore } from '../../../src/data/engine/saved-file-store';
import { EngineSession } from '../../../src/data/engine/session';
import { PLANTED_HOTSPOTS } from '../../../scripts/demo/hotspots';
import { readFixture } from '../../fixture';

const demoDir = path.resolve(__dirname, '../../fixtures/demo');
const month = readFixture('police-uk/2024-06-leicestershire-street.csv');
const monthFile = () => ({ path: '2024-06-leicestershire-street.csv', bytes: month.slice() });
const encode = (text: string) => new TextEncoder().encode(text);

/** The demo's hotspots file as the generator writes it (scripts/demo/write-files.ts), without the snapped street. */
const DEMO_HOTSPOTS = JSON.stringify({
  type: 'FeatureCollection',
  features: PLANTED_HOTSPOTS.map((h) => ({
    type: 'Feature',
    properties: { hotspot_id: h.hotspotId, name: `${h.label}, ${h.town}`, town: h.town, district: h.district },
    geometry: { type: 'LineString', coordinates: [h.from, h.to] },
  })),
});

function newSession(savedFiles = new MemoryFileStore()) {
  const events: EngineEvent[] = [];
  let tick = 0;
  const host = nodeHost({
    demoDir,
    savedFiles,
    emit: (e) => events.push(e),
    idleMs: 20,
    // A clock that moves one minute a call: versions get distinct, predictable dates.
    now: () => new Date(Date.UTC(2026, 11, 1, 9, tick++)).toISOString(),
  });
  host.demo.gripHotspots = async () => DEMO_HOTSPOTS;
  return { session: new EngineSession(host), events, savedFiles };
}

const started = async (savedFiles = new MemoryFileStore()) => {
  const s = newSession(savedFiles);
  await s.session.handle('start', { mappings: {} });
  return s;
};
const stateOf = (session: EngineSession) => session.handle('hotspotSet', {});
const withoutRevision = ({ revision: _revision, ...state }: HotspotSetState) => state;

/** The error message a call is refused with. */
async function refusal(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'not refused',
    (error: Error) => error.message,
  );
}

describe('the GRIP hotspot set in the engine session', () => {
  it('starts with the demo’s 18 hotspots as "Demo set (synthetic)", outlined on the map and saved', async () => {
    const { session, events, savedFiles } = await started();
    const { working, versions, revision } = await stateOf(session);
    expect(working).toMatchObject({ name: DEMO_SET_NAME, basis: DEMO_SET_NAME });
    expect(working?.hotspots.map((h) => h.hotspotId)).toEqual(PLANTED_HOTSPOTS.map((h) => h.hotspotId).sort());
    expect(working?.hotspots[0]).toMatchObject({
      name: 'Haymarket bus station, Leicester',
      locked: false,
      drawn: null,
    });
    // A street segment of 100–300 m runs through 2–6 resolution-10 cells.
    for (const h of working!.hotspots) expect(h.cells.length).toBeGreaterThanOrEqual(1);
    expect(versions).toEqual([]);
    const outlines = await session.handle('gripHotspots', undefined);
    expect(outlines).toHaveLength(18);
    expect(JSON.parse(outlines[0].geometry_json).type).toMatch(/Polygon/);
    expect(events).toContainEqual({ event: 'hotspot-set-changed', revision });
    const saved = readSetsDocument((await savedFiles.readDocument(SETS_DOCUMENT_NAME))!);
    expect(saved).toEqual({ working, versions: [], problems: [] });
  });

  it('keeps the set and its versions when real crimes replace the demo’s and when all data are cleared', async () => {
    const { session } = await started();
    await session.handle('saveHotspotVersion', { name: 'GRIP 2025/26 Q3' });
    const before = withoutRevision(await stateOf(session));
    const loaded = await session.handle('ingest', { files: [monthFile()], mappings: {} });
    expect(loaded.demoRowsRemoved).toBeGreaterThan(0);
    expect(withoutRevision(await stateOf(session))).toEqual(before);
    expect(await session.handle('gripHotspots', undefined)).toHaveLength(18);
    await session.handle('clearAll', undefined);
    expect(withoutRevision(await stateOf(session))).toEqual(before);
    expect(await session.handle('gripHotspots', undefined)).toHaveLength(18);
  });

  it('replaces, saves a version, opens it again and compares: added, dropped, moved', async () => {
    const { session, events } = await started();
    const demo = (await session.handle('saveHotspotVersion', { name: 'Demo as given' })).working!;
    const [v1] = (await stateOf(session)).versions;
    expect(v1).toEqual({ versionId: 'v1', name: 'Demo as given', savedAt: '2026-12-01T09:00:00.000Z', count: 18 });
    // The version a new plan records: the saved one holding exactly the set in use, none once it is edited.
    expect((await stateOf(session)).inUseVersionId).toBe('v1');

    // H18 dropped, H01 redrawn 400 m west clear of its neighbours (moved), one drawn on Rutland Water (added).
    const h01 = demo.hotspots[0];
    const west = (ring: number[][]) => ring.map(([lng, lat]) => [lng - 400 / 67_700, lat]);
    const square = (lng: number, lat: number, d = 0.0008) => [
      [
        [lng - d, lat - d],
        [lng + d, lat - d],
        [lng + d, lat + d],
        [lng - d, lat + d],
        [lng - d, lat - d],
      ],
    ];
    // Added before H18 goes, so it takes the next id, H19 (added after, it would reuse H18: a move of 7 km).
    let edited: HotspotSet = addHotspot(demo, {
      name: 'Rutland Water',
      drawn: { type: 'Polygon', coordinates: square(-0.6265, 52.649) },
    });
    edited = deleteHotspot(edited, 'H18');
    edited = reshapeHotspot(edited, 'H01', {
      type: 'Polygon',
      coordinates: [west(square(h01.centreLngLat[0], h01.centreLngLat[1])[0])],
    });
    const revisionBefore = (await stateOf(session)).revision;
    const replaced = await session.handle('replaceHotspotSet', { set: edited });
    expect(replaced.working).toEqual(edited);
    expect(replaced.inUseVersionId).toBeNull();
    expect(replaced.revision).toBe(revisionBefore + 1);
    expect(events.at(-1)).toEqual({ event: 'hotspot-set-changed', revision: replaced.revision });

    const comparison = await session.handle('compareHotspotVersions', { a: 'v1', b: 'working' });
    expect(comparison.a).toEqual({ versionId: 'v1', name: 'Demo as given' });
    expect(comparison.b).toEqual({ versionId: 'working', name: 'Demo as given' });
    expect(comparison.added.map((h) => h.hotspotId)).toEqual(['H19']);
    expect(comparison.added[0].name).toBe('Rutland Water');
    expect(comparison.dropped.map((h) => [h.hotspotId, h.name])).toEqual([['H18', demo.hotspots[17].name]]);
    expect(comparison.moved.map((m) => m.before.hotspotId)).toEqual(['H01']);
    expect(comparison.moved[0].movedM).toBeGreaterThan(350);
    expect(comparison.kept).toHaveLength(16);

    const saved = await session.handle('saveHotspotVersion', { name: '  GRIP 2026/27 Q1 ' });
    expect(saved.working?.name).toBe('GRIP 2026/27 Q1');
    expect(saved.versions.map((v) => [v.versionId, v.name, v.count])).toEqual([
      ['v1', 'Demo as given', 18],
      ['v2', 'GRIP 2026/27 Q1', 18], // H18 out, H19 in
    ]);
    const opened = await session.handle('openHotspotVersion', { versionId: 'v1' });
    expect(opened.working).toEqual(demo);
    expect([saved.inUseVersionId, opened.inUseVersionId]).toEqual(['v2', 'v1']);
    const back = await session.handle('compareHotspotVersions', { a: 'v1', b: 'working' });
    expect([back.added, back.dropped, back.moved, back.kept.length]).toEqual([[], [], [], 18]);
    const deleted = await session.handle('deleteHotspotVersion', { versionId: 'v2' });
    expect(deleted.versions.map((v) => v.versionId)).toEqual(['v1']);
  });

  it('refuses a blank version name, an unknown version and a damaged set, each in a sentence', async () => {
    const { session } = await started();
    expect(await refusal(session.handle('saveHotspotVersion', { name: '  ' }))).toBe(
      'A version needs a name, such as “GRIP 2025/26 Q3”: nothing was saved.',
    );
    expect(await refusal(session.handle('openHotspotVersion', { versionId: 'v9' }))).toBe(
      'There is no saved version v9: it may have been deleted.',
    );
    expect(await refusal(session.handle('compareHotspotVersions', { a: 'v9', b: 'working' }))).toBe(
      'There is no saved version v9: it may have been deleted.',
    );
    const demo = (await stateOf(session)).working!;
    const damaged = { ...demo, hotspots: [...demo.hotspots, { ...demo.hotspots[0], cells: [] }] };
    expect(await refusal(session.handle('replaceHotspotSet', { set: damaged }))).toBe(
      'The set, hotspot 19 is damaged: it was left out. Nothing was changed.',
    );
    await session.handle('replaceHotspotSet', { set: null });
    expect(await refusal(session.handle('saveHotspotVersion', { name: 'x' }))).toBe(
      'There is no working set to save: propose a set, load a hotspot file or open a version first.',
    );
    expect((await session.handle('measureHotspotSet', { selection: {} })).hotspots).toEqual([]);
  });

  it('a restart on the same store restores the working set and the versions, with or without saved crimes', async () => {
    const store = new MemoryFileStore();
    const first = await started(store);
    const demo = (await stateOf(first.session)).working!;
    await first.session.handle('saveHotspotVersion', { name: 'Q3' });
    await first.session.handle('replaceHotspotSet', { set: { ...deleteHotspot(demo, 'H05'), name: 'Q4 draft' } });
    const before = withoutRevision(await stateOf(first.session));

    const second = await started(store); // no crime files saved: the demo's crimes, the analyst's set
    expect(withoutRevision(await stateOf(second.session))).toEqual(before);
    await second.session.handle('ingest', { files: [monthFile()], mappings: {} });
    await second.session.settled();

    const third = newSession(store);
    expect((await third.session.handle('start', { mappings: {} })).source).toBe('saved');
    expect(withoutRevision(await stateOf(third.session))).toEqual(before);
    expect(await third.session.handle('gripHotspots', undefined)).toHaveLength(17);
  });

  it('a hotspot file replaces the working set and keeps the one before as "Before <file>", once', async () => {
    const store = new MemoryFileStore();
    const { session } = await started(store);
    const demo = (await stateOf(session)).working!;
    const hubFile = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { hotspot_id: 'A1', name: 'Clock Tower' },
          geometry: {
            type: 'LineString',
            coordinates: PLANTED_HOTSPOTS[1] && [PLANTED_HOTSPOTS[1].from, PLANTED_HOTSPOTS[1].to],
          },
        },
      ],
    });
    const loaded = await session.handle('ingest', {
      files: [{ path: 'hub-hotspots.geojson', bytes: encode(hubFile) }],
      mappings: {},
    });
    // Only hotspots loaded: the demo's crimes come back under them (the set is not crime data).
    expect(loaded.showing).toBe('demo');
    expect(loaded.files[0].notes).toContain(
      'Its 1 hotspots are now the set in use; the set before is kept as the version “Before hub-hotspots.geojson”.',
    );
    const state = await stateOf(session);
    expect(state.working).toMatchObject({ name: 'hub-hotspots.geojson', basis: 'hub-hotspots.geojson' });
    expect(state.working?.hotspots.map((h) => [h.hotspotId, h.name])).toEqual([['A1', 'Clock Tower']]);
    expect(state.versions.map((v) => [v.name, v.count])).toEqual([['Before hub-hotspots.geojson', 18]]);
    const kept = await session.handle('openHotspotVersion', { versionId: state.versions[0].versionId });
    expect(kept.working).toEqual(demo);
    await session.handle('replaceHotspotSet', { set: state.working });
    await session.settled();
    // The file itself is not kept with the loaded files: a restart must not load it over the set again.
    expect(await store.load()).toEqual([]);
    const again = await started(store);
    expect(withoutRevision(await stateOf(again.session))).toEqual(withoutRevision(await stateOf(session)));
  });

  it('measures on the data loaded now: the inputs kept between edits go with a load or new harm weights', async () => {
    const { session } = await started();
    const selection = { crimeTypes: [] }; // every type
    const onDemo = await session.handle('measureHotspotSet', { selection });
    expect(onDemo.totals.crimes).toBeGreaterThan(0);
    const demo = (await stateOf(session)).working!;
    await session.handle('replaceHotspotSet', { set: deleteHotspot(demo, 'H18') });
    expect((await session.handle('measureHotspotSet', { selection })).hotspots).toHaveLength(17);
    await session.handle('setHarmWeights', { weights: { 'Violence and sexual offences': 1000 } });
    const reweighted = await session.handle('measureHotspotSet', { selection });
    expect(reweighted.totals.harm).not.toBe(onDemo.totals.harm);
    await session.handle('ingest', { files: [monthFile()], mappings: {} });
    const fresh = await session.handle('hotspotInputs', selection); // never kept between calls
    const afterLoad = await session.handle('measureHotspotSet', { selection });
    expect(afterLoad.totals).toEqual(measureSet(fresh, (await stateOf(session)).working!).totals);
    expect(afterLoad.totals.crimes).toBeGreaterThan(9000); // of the month's 9,490 rows, those with a place
  });

  it('export → import → export gives identical text, on the real June 2024 month', async () => {
    const { session } = await started();
    await session.handle('ingest', { files: [monthFile()], mappings: {} });
    const selection = {};
    const first = await session.handle('exportHotspotSet', { selection });
    expect(first.fileName).toBe('Demo-set-synthetic.geojson');
    const { features, problems } = readHotspotsGeoJson(first.text);
    expect(problems).toEqual([]);
    expect(features).toHaveLength(18);
    expect(features[0].properties).toMatchObject({ hotspot_id: 'H01', locked: false, from_month: '2024-06' });
    const measured = await session.handle('measureHotspotSet', { selection });
    expect(features.map((f) => f.properties.crimes)).toEqual(measured.hotspots.map((h) => h.crimes));
    expect(measured.totals.crimes).toBeGreaterThan(0);

    // Read back by the pure reader …
    await session.handle('replaceHotspotSet', { set: fromFeatures(features, 'Demo-set-synthetic.geojson') });
    expect((await session.handle('exportHotspotSet', { selection })).text).toBe(first.text);
    // … and by the app's own loader.
    await session.handle('ingest', { files: [{ path: first.fileName, bytes: encode(first.text) }], mappings: {} });
    expect((await stateOf(session)).working?.basis).toBe('Demo-set-synthetic.geojson');
    expect((await session.handle('exportHotspotSet', { selection })).text).toBe(first.text);
  });
});
