import { DEFAULT_FILTER, sanitiseFilter, type CrimeFilter } from '../analysis/crime-filter';

export interface HexRow { h3: string; crimes: number }
export interface TypeRow { crime_type: string; crimes: number }

export interface AppState {
  phase: 'starting' | 'loading-data' | 'ready' | 'failed';
  message: string;
  filter: CrimeFilter;
  hexes: HexRow[];
  crimeTypes: TypeRow[];
  monthRange: { first: string; last: string } | null;
  rowsStored: number;
  firstPaintMs: number | null;
}

export type AppAction =
  | { type: 'data-loading' }
  | { type: 'data-loaded'; crimeTypes: TypeRow[]; monthRange: AppState['monthRange']; rowsStored: number }
  | { type: 'hexes-loaded'; hexes: HexRow[] }
  | { type: 'filter-changed'; filter: CrimeFilter }
  | { type: 'first-paint'; ms: number }
  | { type: 'failed'; message: string };

export const initialState: AppState = {
  phase: 'starting', message: 'Starting the database…', filter: DEFAULT_FILTER, hexes: [], crimeTypes: [],
  monthRange: null, rowsStored: 0, firstPaintMs: null,
};

export function reducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'data-loading':
      return { ...state, phase: 'loading-data', message: 'Loading demo crimes into DuckDB…' };
    case 'data-loaded':
      return { ...state, crimeTypes: action.crimeTypes, monthRange: action.monthRange, rowsStored: action.rowsStored, message: '' };
    case 'hexes-loaded':
      return { ...state, phase: state.phase === 'failed' ? state.phase : 'ready', hexes: action.hexes };
    case 'filter-changed':
      return { ...state, filter: sanitiseFilter(action.filter) };
    case 'first-paint':
      return state.firstPaintMs === null ? { ...state, firstPaintMs: action.ms } : state;
    case 'failed':
      return { ...state, phase: 'failed', message: action.message };
  }
}
