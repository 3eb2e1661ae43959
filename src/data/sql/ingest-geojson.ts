import { sqlString } from './literals';

// GeoJSON is parsed in JS (loaders/hotspots-geojson.ts); intervention points are inserted as literal rows (hotspot
// areas become the working set: sql/hotspot-sets.ts).

export interface InterventionPointRow {
  interventionId: string | null;
  tier: string;
  kind: string | null;
  /** The feature's date text, cast in SQL (NULL when it is not a date). */
  startedOnText: string | null;
  /** WGS84, null when the feature has no usable point. */
  latLng: [number, number] | null;
  /** H3 cell at resolution 10, null when outside the force area. */
  h3Cell: bigint | null;
  location: string | null;
  sourceFile: string;
}

const textOrNull = (value: string | null) => (value === null ? 'NULL' : sqlString(value));

export function insertInterventionPointsSql(rows: InterventionPointRow[]): string {
  const values = rows.map((r) => {
    const [lat, lng] = r.latLng ?? [null, null];
    const fields = [
      textOrNull(r.interventionId),
      textOrNull(r.tier),
      textOrNull(r.kind),
      r.startedOnText === null ? 'NULL' : `TRY_CAST(${sqlString(r.startedOnText)} AS DATE)`,
      lat === null ? 'NULL' : String(lat),
      lng === null ? 'NULL' : String(lng),
      r.h3Cell === null ? 'NULL' : `${r.h3Cell}::UBIGINT`,
      textOrNull(r.location),
      textOrNull(r.sourceFile),
    ];
    return `(${fields.join(', ')})`;
  });
  return `INSERT INTO interventions VALUES ${values.join(', ')}`;
}
