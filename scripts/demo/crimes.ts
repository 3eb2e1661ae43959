import { cumulative, type Random } from './random';
import { CRIME_TYPES, HOUR_PROFILES, seasonWeight, TYPE_COUNTS_JUNE_2024, weekdayWeight } from './crime-model';
import { PLANTED_HOTSPOTS, pointOnHotspot, trendMultiplier } from './hotspots';
import { armOn, DAYS, indexVisits, inPostVisitWindow, TRUE_EFFECT, type PatrolPlan } from './patrols';
import type { Place } from './geography';

export interface DemoCrime {
  dayIndex: number;
  minute: number;
  crimeType: string;
  lat: number;
  lng: number;
  hotspotId: string | null;
}

export const CRIMES_PER_YEAR = 100_000;
const HOTSPOT_TYPES = ['Violence and sexual offences', 'Anti-social behaviour', 'Public order'];
const HOTSPOT_TYPE_CUMULATIVE = cumulative([0.55, 0.25, 0.2]);
const LLR_BBOX = { west: -1.6, east: -0.42, south: 52.39, north: 52.98 };
const RURAL_SHARE = 0.06;

/** Monday = 0. 2024-01-01 was a Monday. */
export const weekdayOf = (dayIndex: number) => dayIndex % 7;
export const monthIndexOf = (dayIndex: number) => new Date(Date.UTC(2024, 0, 1 + dayIndex)).getUTCMonth();

/** Hour-of-day draw per type and weekday, precomputed: profile × weekday weight. */
function hourTables(): Map<string, number[][]> {
  const tables = new Map<string, number[][]>();
  for (const type of CRIME_TYPES) {
    tables.set(
      type,
      Array.from({ length: 7 }, (_, weekday) =>
        cumulative(HOUR_PROFILES[type].map((w, hour) => w * weekdayWeight(type, weekday, hour))),
      ),
    );
  }
  return tables;
}

/**
 * `toStreet` moves a point onto the street network (police.uk's real snap points), so crime follows streets
 * as real crime does instead of filling smooth Gaussian blobs.
 */
export function generateCrimes(
  rng: Random,
  places: Place[],
  inArea: (lat: number, lng: number) => boolean,
  toStreet: (lat: number, lng: number) => [number, number],
  plan: PatrolPlan,
  scale: number,
  /** The share of post-visit hotspot crimes suppressed; 0 switches the planted effect off (same draws otherwise). */
  trueEffect: number = TRUE_EFFECT,
) {
  const hours = hourTables();
  // A weekday's share of the week follows its hour weights, so busy nights add crimes rather than just moving them.
  const dayFactor = new Map(
    CRIME_TYPES.map((type) => {
      const totals = hours.get(type)!.map((c) => c[c.length - 1]);
      const mean = totals.reduce((a, b) => a + b, 0) / 7;
      return [type, totals.map((t) => t / mean)];
    }),
  );
  const totalCount = Object.values(TYPE_COUNTS_JUNE_2024).reduce((a, b) => a + b, 0);
  // The hotspots add violence, ASB and disorder; the background gives the same back so the force-wide shares hold.
  const hotspotPerYear = PLANTED_HOTSPOTS.reduce((sum, h) => sum + h.crimesPerYear, 0);
  const hotspotShare = [0.55, 0.25, 0.2];
  const backgroundPerDay = CRIME_TYPES.map((type) => {
    const planted = HOTSPOT_TYPES.includes(type) ? hotspotPerYear * hotspotShare[HOTSPOT_TYPES.indexOf(type)] : 0;
    return Math.max(0, (CRIMES_PER_YEAR * TYPE_COUNTS_JUNE_2024[type]) / totalCount - planted) / 365;
  });
  const placeCumulative = cumulative(places.map((p) => p.population));
  const crimes: DemoCrime[] = [];
  const visitIndex = indexVisits(plan.visits);
  let suppressed = 0;

  const locate = (): [number, number] => {
    for (;;) {
      let lat: number;
      let lng: number;
      if (rng.next() < RURAL_SHARE) {
        lat = LLR_BBOX.south + rng.next() * (LLR_BBOX.north - LLR_BBOX.south);
        lng = LLR_BBOX.west + rng.next() * (LLR_BBOX.east - LLR_BBOX.west);
      } else {
        const place = places[rng.weighted(placeCumulative)];
        const spreadMetres = place.population > 200_000 ? 2200 : 250 + 2.6 * Math.sqrt(place.population);
        lat = place.lat + (rng.normal() * spreadMetres) / 111_320;
        lng = place.lng + (rng.normal() * spreadMetres) / (111_320 * 0.607);
      }
      const [streetLat, streetLng] = toStreet(lat, lng);
      lat = streetLat + (rng.normal() * 25) / 111_320;
      lng = streetLng + (rng.normal() * 25) / (111_320 * 0.607);
      if (inArea(lat, lng)) return [lat, lng];
    }
  };

  for (let dayIndex = 0; dayIndex < DAYS; dayIndex++) {
    const weekday = weekdayOf(dayIndex);
    const month = monthIndexOf(dayIndex);
    for (const [t, crimeType] of CRIME_TYPES.entries()) {
      const n = rng.poisson(
        backgroundPerDay[t] * seasonWeight(crimeType, month) * dayFactor.get(crimeType)![weekday] * scale,
      );
      for (let i = 0; i < n; i++) {
        const minute = rng.weighted(hours.get(crimeType)![weekday]) * 60 + rng.int(0, 59);
        const [lat, lng] = locate();
        crimes.push({ dayIndex, minute, crimeType, lat, lng, hotspotId: null });
      }
    }
    for (const hotspot of PLANTED_HOTSPOTS) {
      const rate =
        (hotspot.crimesPerYear / 365) *
        trendMultiplier(hotspot.trend, dayIndex / (DAYS - 1)) *
        dayFactor.get('Violence and sexual offences')![weekday] *
        scale;
      const patrolDay = armOn(plan, hotspot.hotspotId, dayIndex) === 'patrol';
      for (let i = rng.poisson(rate); i > 0; i--) {
        const crimeType = HOTSPOT_TYPES[rng.weighted(HOTSPOT_TYPE_CUMULATIVE)];
        const minute = rng.weighted(hours.get('Violence and sexual offences')![weekday]) * 60 + rng.int(0, 59);
        const [lng, lat] = pointOnHotspot(hotspot, rng.next(), rng.normal(), rng.normal());
        if (
          patrolDay &&
          inPostVisitWindow(visitIndex, hotspot.hotspotId, dayIndex, minute) &&
          rng.next() < trueEffect
        ) {
          suppressed++;
          continue;
        }
        crimes.push({ dayIndex, minute, crimeType, lat, lng, hotspotId: hotspot.hotspotId });
      }
    }
  }
  crimes.sort((a, b) => a.dayIndex - b.dayIndex || a.minute - b.minute);
  return { crimes, suppressed };
}
