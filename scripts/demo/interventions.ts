import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ForceArea } from '../../src/data/force-area';
import type { Random } from './random';
import type { Place, SnapIndex } from './geography';
import { PLANTED_HOTSPOTS, pointOnHotspot } from './hotspots';
import { DAYS, PATROL_FIRST_DAY } from './patrols';
import { dateOf } from './write-files';

/**
 * Partner actions by the three tiers of the force's Prevention Strategy 2025–29: primary (stop it starting: lighting,
 * CCTV, designing out crime), secondary (people at risk: youth diversion, early intervention), tertiary (stop it
 * recurring: offender management, restorative justice, problem-solving at a hotspot). Placed at the planted hotspots
 * and in the biggest towns, so the prevention overlays have something to show beside the hot spots.
 */
export interface DemoIntervention {
  id: string;
  tier: 'primary' | 'secondary' | 'tertiary';
  kind: string;
  date: string;
  location: string;
  lngLat: [number, number];
}

const PRIMARY_AT_HOTSPOT = ['Street lighting', 'CCTV', 'Designing out crime'];
const SECONDARY = ['Youth diversion', 'Early intervention'];
const TERTIARY_IN_TOWN = ['Offender management', 'Restorative justice'];
const METRES_PER_DEGREE_LAT = 111_320;

const pick = <T>(rng: Random, list: T[]) => list[Math.floor(rng.next() * list.length)];

/** A point within `metres` of a town centre (uniform in the disc), redrawn until it falls inside LLR. */
function nearTown(rng: Random, place: Place, metres: number, area: ForceArea): [number, number] {
  for (;;) {
    const r = metres * Math.sqrt(rng.next());
    const angle = 2 * Math.PI * rng.next();
    const lat = place.lat + (r * Math.cos(angle)) / METRES_PER_DEGREE_LAT;
    const lng = place.lng + (r * Math.sin(angle)) / (METRES_PER_DEGREE_LAT * Math.cos((place.lat * Math.PI) / 180));
    if (area.contains(lat, lng)) return [lng, lat];
  }
}

/**
 * 60 interventions: two at each planted hotspot (a primary measure, then problem-solving once patrols start), 24 in
 * towns.
 */
export function generateInterventions(
  rng: Random,
  places: Place[],
  snaps: SnapIndex,
  area: ForceArea,
): DemoIntervention[] {
  const out: Omit<DemoIntervention, 'id'>[] = [];
  const street = ([lng, lat]: [number, number]) => snaps.nearest(lat, lng).name;
  for (const h of PLANTED_HOTSPOTS) {
    const measure = pointOnHotspot(h, rng.next(), rng.normal(), rng.normal());
    out.push({
      tier: 'primary',
      kind: pick(rng, PRIMARY_AT_HOTSPOT),
      date: dateOf(rng.int(0, DAYS - 1)),
      location: `${h.label}, ${h.town}`,
      lngLat: measure,
    });
    out.push({
      tier: 'tertiary',
      kind: 'Hotspot problem-solving',
      date: dateOf(rng.int(PATROL_FIRST_DAY, PATROL_FIRST_DAY + 90)),
      location: `${h.label}, ${h.town}`,
      lngLat: pointOnHotspot(h, rng.next(), rng.normal(), rng.normal()),
    });
  }
  const towns = [...places].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const inTown = (tier: DemoIntervention['tier'], kinds: string[], town: Place, metres: number) => {
    const lngLat = nearTown(rng, town, metres, area);
    out.push({
      tier,
      kind: pick(rng, kinds),
      date: dateOf(rng.int(0, DAYS - 1)),
      location: `${street(lngLat)}, ${town.name}`,
      lngLat,
    });
  };
  // Leicester is ten times the next town: it gets more of each, within its 2 km core.
  const spread = (town: Place) => (town.name === 'Leicester' ? 2000 : 600);
  for (const town of [towns[0], towns[0], towns[0], ...towns.slice(1, 10)])
    inTown('secondary', SECONDARY, town, spread(town));
  for (const town of [towns[0], towns[0], ...towns.slice(1, 5)])
    inTown('tertiary', TERTIARY_IN_TOWN, town, spread(town));
  for (const town of [towns[0], ...towns.slice(5, 10)])
    inTown('primary', ['Street lighting', 'Designing out crime'], town, spread(town));
  return out.map((intervention, i) => ({ id: `DEMO-INT-${String(i + 1).padStart(3, '0')}`, ...intervention }));
}

/** GeoJSON points with `id`, `tier`, `type`, `date`, `location`: the shape the app's interventions loader reads. */
export function writeInterventions(out: string, interventions: DemoIntervention[]): number {
  const features = interventions.map((v) => ({
    type: 'Feature',
    properties: { id: v.id, tier: v.tier, type: v.kind, date: v.date, location: v.location },
    geometry: { type: 'Point', coordinates: [Number(v.lngLat[0].toFixed(6)), Number(v.lngLat[1].toFixed(6))] },
  }));
  writeFileSync(
    path.join(out, 'interventions.geojson'),
    `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`,
  );
  return features.length;
}
