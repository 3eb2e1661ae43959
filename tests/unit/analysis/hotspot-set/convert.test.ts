// A set from a proposal and from a file, back to definitions, measured, written: export → import → export gives the
// same bytes, drawn polygons and locks included; the saved document reads back to the same sets.
import { latLngToCell } from 'h3-js';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  proposeHotspots,
  readHotspotsGeoJson,
  cellsPolygon,
  type HotspotProposal,
} from '../../../../src/analysis/hotspot-proposal';
import {
  addHotspot,
  definitions,
  fromFeatures,
  fromProposal,
  hotspotFromShape,
  lockedDefinitions,
  measureSet,
  proposalBasis,
  readSetsDocument,
  setGeoJson,
  setLocked,
  writeSetsDocument,
  type HotspotSet,
} from '../../../../src/analysis/hotspot-set';
import { cellAt, inputsOf, ORIGIN_CELL, ring } from '../hotspot-proposal/synthetic';

const months = ['2025-05', '2025-06'];
const inputs = inputsOf(
  [
    { h3: ORIGIN_CELL, crimes: 40, place: 'Haymarket' },
    ...ring(ORIGIN_CELL, 1).map((h3, i) => ({ h3, crimes: 10 + i, place: `Street ${i + 1}` })),
    { h3: cellAt(900), crimes: 7, crimeType: 'Robbery', harm: 7 * 800, place: 'Granby Street' },
    { h3: cellAt(900), crimes: 3, monthIso: '2025-05', place: 'Granby Street' },
    { h3: cellAt(2000), crimes: 12, place: 'High Street' },
  ],
  months,
);
inputs.selection.crimeTypes = ['Robbery', 'Violence and sexual offences'];
const proposal: HotspotProposal = proposeHotspots(inputs, { n: 3 });

const drawn: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.0905, 52.6355],
      [-1.087, 52.6355],
      [-1.087, 52.6375],
      [-1.0905, 52.6375],
      [-1.0905, 52.6355],
    ],
  ],
};

describe('a set from a proposal', () => {
  const set = fromProposal(proposal, proposalBasis(proposal, '2026-12-01T09:30:00Z'));

  it('takes each hotspot’s id, name, cells and centre; named after its basis', () => {
    expect(set.basis).toBe('Proposed 2026-12-01 from 2025-05–2025-06');
    expect(set.name).toBe(set.basis);
    expect(set.hotspots.map((h) => [h.hotspotId, h.name, h.cells, h.centreLngLat, h.locked, h.drawn])).toEqual(
      proposal.hotspots.map((h) => [h.hotspotId, h.name, h.cells, h.centreLngLat, false, null]),
    );
  });

  it('keeps locks through a re-proposal, and a locked hotspot’s drawn polygon with `previous`', () => {
    const edited = setLocked(addHotspot(set, { hotspotId: 'H09', drawn, name: 'Drawn' }), 'H09', true);
    expect(lockedDefinitions(edited)).toEqual([
      {
        hotspotId: 'H09',
        name: 'Drawn',
        cells: edited.hotspots[3].cells,
        centreLngLat: edited.hotspots[3].centreLngLat,
      },
    ]);
    const again = proposeHotspots(inputs, { n: 3, locked: lockedDefinitions(edited) });
    const next = fromProposal(again, 'Re-proposed', { name: 'Q4', previous: edited });
    const h09 = next.hotspots.find((h) => h.hotspotId === 'H09');
    expect(h09).toMatchObject({ locked: true, name: 'Drawn', drawn });
    expect(next.name).toBe('Q4');
    expect(fromProposal(again, 'no previous').hotspots.find((h) => h.hotspotId === 'H09')?.drawn).toBeNull();
    expect(definitions(edited).map((d) => d.locked)).toEqual([false, false, false, true]);
  });
});

describe('the set written and read back', () => {
  const base = fromProposal(proposal, 'Proposed');
  const set: HotspotSet = setLocked(addHotspot(base, { drawn, name: 'Drawn by hand' }), 'H01', true);
  const options = { stability: true };

  it('writes drawn polygons as drawn, the rest as their cells, with locked', () => {
    const text = setGeoJson(inputs, set, measureSet(inputs, set, options), options);
    const { features, problems } = readHotspotsGeoJson(text);
    expect(problems).toEqual([]);
    expect(features.map((f) => [f.properties.hotspot_id, f.properties.locked])).toEqual([
      ['H01', true],
      ['H02', false],
      ['H03', false],
      ['H04', false],
    ]);
    expect(features[3].geometry).toEqual(drawn);
    expect(features[0].geometry.type).toBe('Polygon');
    expect(features[0].properties.stability_windows).toBe(1);
  });

  it('export → import → export gives identical bytes', () => {
    const first = setGeoJson(inputs, set, measureSet(inputs, set, options), options);
    const read = fromFeatures(readHotspotsGeoJson(first).features, 'hotspots.geojson');
    expect(read.basis).toBe('hotspots.geojson');
    // The union of cells is not kept as drawn; the hand-drawn polygon is.
    expect(read.hotspots.map((h) => h.drawn === null)).toEqual([true, true, true, false]);
    expect(read.hotspots.map((h) => [h.hotspotId, h.cells, h.locked])).toEqual(
      set.hotspots.map((h) => [h.hotspotId, h.cells, h.locked]),
    );
    expect(setGeoJson(inputs, read, measureSet(inputs, read, options), options)).toBe(first);
  });

  it('measures an empty set as no hotspots, with the force totals a proposal gives', () => {
    const measured = measureSet(inputs, { name: 'none', basis: 'none', hotspots: [] });
    expect(measured).toEqual({ hotspots: [], totals: proposal.totals });
    expect(measureSet(inputs, set).totals).toEqual(proposal.totals);
  });
});

describe('a hotspot from a hub’s file', () => {
  it('a street segment becomes the cells it runs through, centred halfway along', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [-1.1312, 52.6378],
        [-1.12814, 52.638476],
      ],
    };
    const h = hotspotFromShape({ hotspotId: 'H01', name: ' Haymarket ', shape: line });
    expect(h.name).toBe('Haymarket');
    expect(h.drawn).toBeNull();
    expect(h.cells).toContain(latLngToCell(52.6378, -1.1312, 10));
    expect(h.cells).toContain(latLngToCell(52.638476, -1.12814, 10));
    expect(h.cells.length).toBeGreaterThanOrEqual(3);
    expect(h.cells.length).toBeLessThanOrEqual(5);
    expect(h.centreLngLat[0]).toBeCloseTo((-1.1312 - 1.12814) / 2, 6);
    expect(h.centreLngLat[1]).toBeCloseTo((52.6378 + 52.638476) / 2, 6);
  });

  it('an area keeps its polygon, or not when it is just its cells; listed cells win, bad ones are ignored', () => {
    const own = hotspotFromShape({ hotspotId: 'H02', shape: cellsPolygon([ORIGIN_CELL]), cells: [ORIGIN_CELL, 'x'] });
    expect(own).toMatchObject({ cells: [ORIGIN_CELL], drawn: null, locked: false, name: '' });
    const hub = hotspotFromShape({ hotspotId: 'H03', shape: drawn, centreLngLat: [-1.089, 52.6365], locked: true });
    expect(hub).toMatchObject({ drawn, centreLngLat: [-1.089, 52.6365], locked: true });
    expect(hub.cells.length).toBeGreaterThan(3);
  });
});

describe('the saved document', () => {
  const set = fromProposal(proposal, 'Proposed');
  const version = { versionId: 'v1', name: 'GRIP 2025/26 Q3', savedAt: '2026-01-05T10:00:00.000Z', set };

  it('reads back to the same sets', () => {
    const text = writeSetsDocument({ working: set, versions: [version] });
    expect(readSetsDocument(text)).toEqual({ working: set, versions: [version], problems: [] });
    expect(readSetsDocument(writeSetsDocument({ working: null, versions: [] }))).toEqual({
      working: null,
      versions: [],
      problems: [],
    });
  });

  it('leaves out what is damaged and says so', () => {
    const damaged = JSON.parse(writeSetsDocument({ working: set, versions: [version] }));
    damaged.versions.push({ ...version, set: 7 });
    damaged.working.hotspots[1].cells = ['not-a-cell'];
    const read = readSetsDocument(JSON.stringify(damaged));
    expect(read.working?.hotspots.map((h) => h.hotspotId)).toEqual(['H01', 'H03']);
    expect(read.versions).toEqual([version]);
    expect(read.problems).toEqual([
      'The working set, hotspot 2 is damaged: it was left out.',
      'Version “GRIP 2025/26 Q3” is not a hotspot set: it was not restored.',
    ]);
    expect(readSetsDocument('{').problems).toEqual(['The saved hotspot sets could not be read: none were restored.']);
  });
});
