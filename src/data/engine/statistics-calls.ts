import { clusterCells } from '../cluster-statistics';
import type { Engine } from '../engine';
import { emergingCells, giStarCells, monthsBetween } from '../hot-spot-statistics';
import type { ArgsOf, MethodName, ResultOf } from './protocol';

// The session's hot spot statistics: Gi*, emerging hot spots and local Moran's I clusters over the study area and
// neighbourhood asked for (issue 15), each timed.

type StatisticsMethod = 'giStar' | 'emerging' | 'clusters';
type StatisticsHandlers = { [M in StatisticsMethod & MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

const timed = async <T>(run: () => Promise<T>): Promise<T & { ms: number }> => {
  const started = performance.now();
  const result = await run();
  return { ...result, ms: Math.round(performance.now() - started) };
};

/** `engine` is asked for at each call: the session opens it after building its handlers. */
export function statisticsHandlers(engine: () => Promise<Engine>): StatisticsHandlers {
  return {
    giStar: async ({ filter, options }) => {
      const db = await engine();
      return timed(() => giStarCells(db, db.forceArea, filter, options));
    },
    emerging: async ({ filter, options }) => {
      const db = await engine();
      return timed(async () => {
        const summary = await db.summary();
        const first = filter.fromMonth ?? summary.first_month ?? '2024-01';
        const months = monthsBetween(first, filter.toMonth ?? summary.last_month ?? first);
        return emergingCells(db, db.forceArea, filter, months, options);
      });
    },
    clusters: async ({ filter, options }) => {
      const db = await engine();
      return timed(() => clusterCells(db, db.forceArea, filter, options));
    },
  };
}
