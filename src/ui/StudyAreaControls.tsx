import { CITY_DISTRICT, formatStudyArea, LLR_DISTRICT_NAMES, type StudyAreaSpec } from '../analysis/study-area';
import { formatNeighbourhood, parseNeighbourhood, type NeighbourhoodSpec } from '../analysis/neighbourhood';

interface StudyAreaControlsProps {
  studyArea: StudyAreaSpec;
  neighbourhood: NeighbourhoodSpec;
  onChange: (change: { studyArea?: StudyAreaSpec; neighbourhood?: NeighbourhoodSpec }) => void;
  /** The map's bounds now, [west, south, east, north], for "the map view". */
  currentView: () => [number, number, number, number] | null;
  /** Starts the map's polygon tool: the next closed shape becomes the study area. */
  onDrawArea: () => void;
  drawingArea: boolean;
}

const VIEW = 'view';
const DRAWN = 'drawn';

const AREAS: { value: string; label: string }[] = [
  { value: 'llr', label: 'All of LLR' },
  { value: 'city', label: 'Leicester city' },
  ...LLR_DISTRICT_NAMES.filter((d) => d !== CITY_DISTRICT).map((d) => ({ value: `district:${d}`, label: d })),
  { value: VIEW, label: 'The map view (as it is now)' },
  { value: DRAWN, label: 'A drawn area (draw it on the map)' },
];

const NEIGHBOURHOODS: { value: string; label: string }[] = [
  { value: 'rings:1', label: 'Adjacent hexes (1 ring)' },
  ...[2, 3, 4, 5].map((k) => ({ value: `rings:${k}`, label: `Within ${k} rings` })),
  { value: 'band:auto', label: 'Distance band chosen from the data' },
  ...[250, 500, 1000, 2000].map((m) => ({ value: `band:${m}`, label: `Within ${m.toLocaleString('en-GB')} m` })),
];

/**
 * Where the statistics compare a hex (a hot spot is hot *compared with the study area*: at street scale, compare the
 * city with itself, not with fields) and which hexes count as its neighbours.
 */
export function StudyAreaControls(props: StudyAreaControlsProps) {
  const { studyArea, neighbourhood, onChange, currentView, onDrawArea, drawingArea } = props;
  const areaValue =
    studyArea.kind === 'bbox' ? VIEW : studyArea.kind === 'polygon' ? DRAWN : formatStudyArea(studyArea);
  const nbValue = formatNeighbourhood(neighbourhood);
  const nbOptions = NEIGHBOURHOODS.some((o) => o.value === nbValue)
    ? NEIGHBOURHOODS
    : [...NEIGHBOURHOODS, { value: nbValue, label: `Within ${nbValue.replace('band:', '')} m` }];
  return (
    <div className="study-area-controls">
      <label>
        Compare within
        <select
          name="studyArea"
          value={areaValue ?? 'llr'}
          onChange={(e) => {
            const value = e.target.value;
            if (value === DRAWN) return onDrawArea();
            if (value === VIEW) {
              const bbox = currentView();
              if (bbox) onChange({ studyArea: { kind: 'bbox', bbox } });
              return;
            }
            if (value === 'llr' || value === 'city') onChange({ studyArea: { kind: value } });
            else onChange({ studyArea: { kind: 'district', name: value.slice('district:'.length) } });
          }}
        >
          {AREAS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      {drawingArea && (
        <p className="hint" role="status">
          Draw the study area on the map: click its corners, then click the first corner again to close it.
        </p>
      )}
      <label>
        Neighbours
        <select
          name="neighbourhood"
          value={nbValue}
          onChange={(e) => {
            const parsed = parseNeighbourhood(e.target.value);
            if (parsed.ok) onChange({ neighbourhood: parsed.value });
          }}
        >
          {nbOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
