import type { SetAsideReason } from './formats/set-aside-reasons';
import type { FileReport } from './loaders/file-report';

/** What `grip ingest --json` prints and the load report shows: per file, then totals over everything loaded now. */
export interface IngestSummary {
  files: FileReport[];
  totals: {
    rowsRead: number;
    rowsStored: number;
    rowsMapped: number;
    noCoordinates: number;
    outOfArea: number;
    setAside: Partial<Record<SetAsideReason, number>>;
  };
  crimeTypes: Record<string, number>;
  months: Record<string, number>;
}

export function sumReports(files: FileReport[]): IngestSummary['totals'] {
  const totals: IngestSummary['totals'] = {
    rowsRead: 0,
    rowsStored: 0,
    rowsMapped: 0,
    noCoordinates: 0,
    outOfArea: 0,
    setAside: {},
  };
  for (const f of files) {
    totals.rowsRead += f.rowsRead;
    totals.rowsStored += f.rowsStored;
    totals.rowsMapped += f.rowsMapped;
    totals.noCoordinates += f.noCoordinates;
    totals.outOfArea += f.outOfArea;
    for (const [reason, n] of Object.entries(f.setAside) as [SetAsideReason, number][])
      totals.setAside[reason] = (totals.setAside[reason] ?? 0) + n;
  }
  return totals;
}
