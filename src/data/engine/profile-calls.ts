import type { Engine } from '../engine';
import { queryBusiestPlaces, queryCrimeCube } from '../crime-cube';
import { queryHotspotProfile } from '../hotspot-profile';
import type { ArgsOf, ResultOf } from './protocol';

// The session's profile calls (issue 16): a hotspot's SQL profile, the charts' cube and a selection's busiest places.

type ProfileMethod = 'hotspotProfile' | 'crimeCube' | 'busiestPlaces';
type ProfileHandlers = { [M in ProfileMethod]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

export function profileHandlers(engine: () => Promise<Engine>): ProfileHandlers {
  return {
    hotspotProfile: async (request) => queryHotspotProfile(await engine(), request),
    crimeCube: async ({ polygon, days }) => {
      const db = await engine();
      return { rows: await queryCrimeCube(db, polygon, days ?? null), forceAreaKm2: db.forceArea.areaKm2 };
    },
    busiestPlaces: async ({ filter, polygon, limit }) => queryBusiestPlaces(await engine(), filter, polygon, limit),
  };
}
