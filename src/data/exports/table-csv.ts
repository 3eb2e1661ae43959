// The app's tables as CSV for partners (toCsv: UTF-8 with BOM, RFC 4180, OWASP formula neutralisation): the load
// report, the GRIP hotspot list and a selection's profile figures. Pure: rows in, text out.
import type { HotspotProfile } from '../../analysis/hotspot-profile';
import type { FileReport } from '../loaders/file-report';
import { toCsv, type CsvCell } from './csv';

const finite = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** One row per file: what was read, stored, mapped and set aside, and why a file was declined. */
export function loadReportCsv(files: readonly FileReport[]): string {
  const header = [
    'file',
    'format',
    'rows_read',
    'rows_stored',
    'rows_mapped',
    'no_coordinates',
    'out_of_area',
    'set_aside',
    'declined',
    'notes',
  ];
  const rows: CsvCell[][] = files.map((f) => [
    f.path,
    f.format,
    f.rowsRead,
    f.rowsStored,
    f.rowsMapped,
    f.noCoordinates,
    f.outOfArea,
    Object.values(f.setAside).reduce((sum, n) => sum + (n ?? 0), 0),
    f.declined ?? null,
    f.notes.join(' '),
  ]);
  return toCsv(header, rows);
}

export interface HotspotListRow {
  hotspotId: string;
  name: string;
  centreLngLat: [number, number];
  cells: number;
  /** Measured on the loaded crimes; undefined while measuring. */
  measured?: {
    crimes: number;
    harm: number;
    crimeShare: number;
    harmShare: number;
    pai: number;
    stability: number | null;
  };
}

/** The GRIP hotspot set in use, one row per hotspot, with its measured figures when they are known. */
export function hotspotListCsv(hotspots: readonly HotspotListRow[]): string {
  const header = [
    'hotspot_id',
    'name',
    'centre_longitude',
    'centre_latitude',
    'cells_r10',
    'crimes',
    'harm',
    'crime_share',
    'harm_share',
    'pai',
    'stability',
  ];
  const rows: CsvCell[][] = hotspots.map((h) => {
    const m = h.measured;
    return [
      h.hotspotId,
      h.name,
      h.centreLngLat[0],
      h.centreLngLat[1],
      h.cells,
      m ? m.crimes : null,
      m ? finite(m.harm) : null,
      m ? finite(m.crimeShare) : null,
      m ? finite(m.harmShare) : null,
      m ? finite(m.pai) : null,
      m ? finite(m.stability) : null,
    ];
  });
  return toCsv(header, rows);
}

/** A selection's key figures as `figure,value` rows, then its crimes by type. */
export function profileFiguresCsv(heading: string, period: string, profile: HotspotProfile): string {
  const p = profile.previousPeriod;
  const rows: CsvCell[][] = [
    ['selection', heading],
    ['period', period],
    ['crimes', profile.crimes],
    ['harm', finite(profile.harm)],
    ['trend', profile.trend.trend],
    ['trend_p', finite(profile.trend.p)],
    ['previous_period_crimes', p.crimes],
    ['rate_ratio', finite(p.rateRatio)],
    ['rate_ratio_ci_low', finite(p.ciLow)],
    ['rate_ratio_ci_high', finite(p.ciHigh)],
    ['pai', finite(profile.pai)],
    ...Object.entries(profile.byType)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([type, n]): CsvCell[] => [`crimes: ${type}`, n]),
  ];
  return toCsv(['figure', 'value'], rows);
}
