import { DEFAULT_FILTER, sanitiseFilter, type CrimeFilter } from '../analysis/crime-filter';
import type { IngestProgress } from '../data/ingest-files';
import type { FileReport } from '../data/loaders/file-report';

export interface TypeRow {
  crime_type: string;
  crimes: number;
}

export interface AppState {
  phase: 'starting' | 'loading-data' | 'ready' | 'failed';
  message: string;
  filter: CrimeFilter;
  /** How many hexes the map shows now (the map data itself lives in useMapData). */
  hexCount: number;
  crimeTypes: TypeRow[];
  monthRange: { first: string; last: string } | null;
  rowsStored: number;
  /** Whether the mapped crimes carry times of day (weeks, days and hours need them). */
  timed: boolean;
  dataSource: 'demo' | 'user';
  /** Bumped whenever the loaded data changes, so views re-query. */
  dataVersion: number;
  loading: IngestProgress | null;
  report: { files: FileReport[]; demoRowsRemoved: number; saved?: boolean } | null;
  firstPaintMs: number | null;
}

export type AppAction =
  | { type: 'data-loading'; message: string }
  | {
      type: 'data-loaded';
      crimeTypes: TypeRow[];
      monthRange: AppState['monthRange'];
      rowsStored: number;
      timed: boolean;
      dataSource: AppState['dataSource'];
    }
  | { type: 'preview-loaded'; crimeTypes: TypeRow[]; monthRange: AppState['monthRange']; rowsStored: number }
  | { type: 'hexes-loaded'; count: number }
  | { type: 'filter-changed'; filter: CrimeFilter }
  | { type: 'ingest-progress'; progress: IngestProgress }
  | { type: 'ingest-finished'; report: NonNullable<AppState['report']> }
  | { type: 'files-saved' }
  | { type: 'first-paint'; ms: number }
  | { type: 'failed'; message: string };

export const initialState: AppState = {
  phase: 'starting',
  message: 'Starting the database…',
  filter: DEFAULT_FILTER,
  hexCount: 0,
  crimeTypes: [],
  monthRange: null,
  rowsStored: 0,
  timed: false,
  dataSource: 'demo',
  dataVersion: 0,
  loading: null,
  report: null,
  firstPaintMs: null,
};

export function reducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'data-loading':
      return { ...state, phase: state.phase === 'ready' ? 'ready' : 'loading-data', message: action.message };
    case 'data-loaded':
      return {
        ...state,
        crimeTypes: action.crimeTypes,
        monthRange: action.monthRange,
        rowsStored: action.rowsStored,
        timed: action.timed,
        dataSource: action.dataSource,
        dataVersion: state.dataVersion + 1,
        message: '',
        loading: null,
        // Crime types the new data lacks would silently empty the map: keep only those still present.
        filter: {
          ...state.filter,
          crimeTypes: state.filter.crimeTypes.filter((t) => action.crimeTypes.some((c) => c.crime_type === t)),
        },
      };
    case 'preview-loaded':
      // Only until the database has answered: never overwrite real results with the precomputed view.
      return state.dataVersion > 0
        ? state
        : { ...state, crimeTypes: action.crimeTypes, monthRange: action.monthRange, rowsStored: action.rowsStored };
    case 'hexes-loaded':
      return { ...state, phase: state.phase === 'failed' ? state.phase : 'ready', hexCount: action.count };
    case 'filter-changed':
      return { ...state, filter: sanitiseFilter(action.filter) };
    case 'ingest-progress':
      return { ...state, loading: action.progress };
    case 'ingest-finished':
      return { ...state, loading: null, report: action.report };
    case 'files-saved':
      return state.report ? { ...state, report: { ...state.report, saved: true } } : state;
    case 'first-paint':
      return state.firstPaintMs === null ? { ...state, firstPaintMs: action.ms } : state;
    case 'failed':
      return { ...state, phase: 'failed', message: action.message, loading: null };
  }
}
