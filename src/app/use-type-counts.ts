import { useEffect, useState } from 'react';
import type { EngineClient } from '../data/engine-client';

/**
 * Crimes per type within the filter's months, for the type list (null while no month is chosen: the all-months
 * counts in the store apply). Re-read when the months or the data change.
 */
export function useTypeCountsInMonths(
  engine: EngineClient,
  fromMonth: string | null,
  toMonth: string | null,
  dataVersion: number,
): Record<string, number> | null {
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const wanted = dataVersion > 0 && (fromMonth !== null || toMonth !== null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    engine
      .crimeTypeCounts({ fromMonth, toMonth })
      .then((rows) => current && setCounts(Object.fromEntries(rows.map((r) => [r.crime_type, r.crimes]))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [engine, fromMonth, toMonth, dataVersion, wanted]);
  return wanted ? counts : null;
}
