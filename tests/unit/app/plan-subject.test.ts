import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_AREA } from '../../../src/analysis/study-area';
import {
  fileNamePart,
  hotspotSetVersionLabel,
  planFor,
  sameSubject,
  selectedSubject,
} from '../../../src/app/plan-subject';
import { fullPlan } from '../plans/plan-fixture';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const hotspots = [{ hotspotId: 'H01', name: 'Haymarket', geometry: square }];

describe('what a plan for the selection is about', () => {
  it('a GRIP hotspot of the set, labelled as the profile heads it', () => {
    expect(selectedSubject({ kind: 'hotspot', id: 'H01' }, hotspots, DEFAULT_STUDY_AREA)).toEqual({
      subject: { kind: 'hotspot', hotspotId: 'H01' },
      label: 'H01 · Haymarket',
    });
    expect(selectedSubject({ kind: 'hotspot', id: 'H99' }, hotspots, DEFAULT_STUDY_AREA)).toBeNull();
  });
  it('the drawn area, a multi-part area by its first part; a hex or nothing has no plan', () => {
    const area = { kind: 'polygon' as const, polygon: square, label: 'Market' };
    expect(selectedSubject({ kind: 'area' }, hotspots, area)?.subject).toEqual({
      kind: 'area',
      name: 'Market',
      polygon: square,
    });
    const multi = {
      kind: 'polygon' as const,
      polygon: { type: 'MultiPolygon' as const, coordinates: [square.coordinates] },
    };
    expect(selectedSubject({ kind: 'area' }, hotspots, multi)?.subject).toEqual({
      kind: 'area',
      name: 'Drawn area',
      polygon: square,
    });
    expect(selectedSubject({ kind: 'hex', h3: '8a195da49a6ffff' }, hotspots, area)).toBeNull();
    expect(selectedSubject(null, hotspots, area)).toBeNull();
  });
  it('finds the plan of a subject', () => {
    const plan = fullPlan();
    expect(planFor([plan], { kind: 'hotspot', hotspotId: 'H01' })).toBe(plan);
    expect(planFor([plan], { kind: 'hotspot', hotspotId: 'H02' })).toBeNull();
    expect(
      sameSubject({ kind: 'area', name: 'a', polygon: square }, { kind: 'area', name: 'b', polygon: square }),
    ).toBe(true);
    expect(sameSubject({ kind: 'area', name: 'a', polygon: square }, { kind: 'hotspot', hotspotId: 'H01' })).toBe(
      false,
    );
  });
  it('file names take only safe characters', () => {
    expect(fileNamePart('H01')).toBe('H01');
    expect(fileNamePart('../<script>x')).toBe('script-x');
    expect(fileNamePart('///')).toBe('area');
  });
});

describe('the hotspot set a new plan records', () => {
  const working = { name: 'GRIP 2025/26 Q3', basis: 'Proposed', hotspots: [] };
  const versions = [{ versionId: 'v2', name: 'GRIP 2025/26 Q3', savedAt: '2026-11-30T17:05:00.000Z', count: 18 }];
  it('names the saved version that holds the set in use, else the set in use as not saved', () => {
    expect(hotspotSetVersionLabel({ working, versions, inUseVersionId: 'v2', revision: 4 })).toBe(
      'GRIP 2025/26 Q3 (version v2, saved 2026-11-30)',
    );
    expect(hotspotSetVersionLabel({ working, versions, inUseVersionId: null, revision: 5 })).toBe(
      'GRIP 2025/26 Q3, not saved as a version',
    );
    expect(hotspotSetVersionLabel({ working: null, versions, inUseVersionId: null, revision: 6 })).toBeNull();
    expect(hotspotSetVersionLabel(null)).toBeNull();
  });
});
