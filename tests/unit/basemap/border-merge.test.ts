// The shipped archive's copy of a border tile against that tile from both county sets (tests/fixtures/osm-border-tile,
// © OpenStreetMap contributors, ODbL 1.0): each set holds only its own county's features (plus the few that straddle
// the border), so the archive's tile must hold both, layer by layer.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPmtilesFile } from '../../../scripts/basemap/file-source';
import { readFixture } from '../../fixture';
import { decodeTile, expectUnionOfFeatures, propertyValues } from './mvt-features';

const [Z, X, Y] = [14, 8155, 5367];
const leicestershire = readFixture(`osm-border-tile/leicestershire-${Z}-${X}-${Y}.pbf`);
const rutland = readFixture(`osm-border-tile/rutland-${Z}-${X}-${Y}.pbf`);
const ARCHIVE = path.resolve(import.meta.dirname, '../../../public/basemap/llr-osm.pmtiles');

describe(`the shipped border tile ${Z}/${X}/${Y}`, async () => {
  const shipped = await openPmtilesFile(ARCHIVE).getZxy(Z, X, Y);
  if (!shipped) throw new Error(`${ARCHIVE} has no tile ${Z}/${X}/${Y}`);
  const sources = [leicestershire, rutland].map((bytes) => new Uint8Array(bytes));

  it('holds, per layer, every feature of both county tiles with its properties and geometry', () => {
    const copiesByLayer = expectUnionOfFeatures(shipped.data, sources);
    // Measured in the fixtures: 14 features are identical in both files (the Allexton label, its church, five road
    // pieces and their names, a building, a field); the boundary and the brook are clipped differently in each.
    const copies = Object.fromEntries([...copiesByLayer].filter(([, count]) => count > 0));
    expect(copies).toEqual({ place: 1, poi: 1, transportation: 5, transportation_name: 5, building: 1, landcover: 1 });
  });

  it('has the A47 Uppingham Road, which only the Rutland tile holds', () => {
    expect(propertyValues(leicestershire, 'transportation_name', 'name:latin')).not.toContain('Uppingham Road');
    expect(propertyValues(shipped.data, 'transportation_name', 'name:latin')).toContain('Uppingham Road');
  });

  it('keeps the source extent of every layer', () => {
    for (const layer of Object.values(decodeTile(shipped.data).layers)) expect(layer.extent, layer.name).toBe(4096);
  });
});
