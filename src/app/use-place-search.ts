import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { bboxOf } from '../analysis/bbox';
import {
  describeGazetteerEntry,
  indexGazetteer,
  searchGazetteer,
  type GazetteerEntry,
  type GazetteerKind,
} from '../map/gazetteer';
import { gazetteerFromJson } from '../map/gazetteer-file';
import { positionForBounds, type MapPosition } from '../map/map-position';
import { searchResultLayers } from '../map/search-result-layer';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import type { PlaceSearchOption } from '../ui/PlaceSearch';

export const GAZETTEER_URL = '/basemap/gazetteer.json';

/** How close to go to a point with no extent: a town shows its centre, a street its block. */
const ZOOM_FOR_POINT: Partial<Record<GazetteerKind, number>> = { city: 12, town: 13, district: 11, street: 16 };
const DEFAULT_POINT_ZOOM = 14;

/** The set's hotspots as search entries: "H03 Haymarket" finds it by id or by a word of its name. */
function hotspotEntries(shapes: GripHotspotShape[]): GazetteerEntry[] {
  return shapes.map((shape) => {
    const bbox = bboxOf(shape.geometry);
    return {
      name: shape.name ? `${shape.hotspotId} ${shape.name}` : shape.hotspotId,
      kind: 'hotspot',
      lngLat: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
      bbox,
      context: 'in the set in use',
    };
  });
}

/**
 * The top bar's search: the shipped gazetteer (fetched from our origin on first focus) plus the hotspots of the set in
 * use; choosing a match moves the map there (so `at=` in the URL follows) and rings the spot.
 */
export function usePlaceSearch(
  gripHotspots: GripHotspotShape[],
  mapRef: RefObject<maplibregl.Map | null>,
  moveTo: (position: MapPosition) => void,
) {
  const [places, setPlaces] = useState<GazetteerEntry[] | null>(null);
  const [status, setStatus] = useState<string | null>('Loading places…');
  const [found, setFound] = useState<[number, number] | null>(null);
  const shown = useRef(new Map<string, GazetteerEntry>());

  const onFirstFocus = useCallback(() => {
    if (places) return;
    fetch(GAZETTEER_URL)
      .then((response) => {
        if (!response.ok) throw new Error(`${GAZETTEER_URL} answered ${response.status}`);
        return response.json();
      })
      .then((json) => {
        setPlaces(gazetteerFromJson(json));
        setStatus(null);
      })
      .catch((error: Error) => setStatus(`Place search is unavailable: ${error.message}`));
  }, [places]);

  const index = useMemo(
    () => indexGazetteer([...(places ?? []), ...hotspotEntries(gripHotspots)]),
    [places, gripHotspots],
  );

  const search = useCallback(
    (query: string): PlaceSearchOption[] => {
      shown.current.clear();
      return searchGazetteer(index, query).map((entry, i) => {
        const key = `${i}:${entry.kind}:${entry.name}`;
        shown.current.set(key, entry);
        return { key, name: entry.name, detail: describeGazetteerEntry(entry) };
      });
    },
    [index],
  );

  const onChoose = useCallback(
    (option: PlaceSearchOption) => {
      const entry = shown.current.get(option.key);
      if (!entry) return;
      const canvas = mapRef.current?.getCanvas();
      const size = { width: canvas?.clientWidth ?? 1000, height: canvas?.clientHeight ?? 800 };
      const position = entry.bbox
        ? positionForBounds(entry.bbox, size, entry.kind === 'street' ? 17 : 16)
        : { lngLat: entry.lngLat, zoom: ZOOM_FOR_POINT[entry.kind] ?? DEFAULT_POINT_ZOOM };
      setFound(entry.lngLat);
      moveTo(position);
    },
    [mapRef, moveTo],
  );

  const layers = useMemo(() => searchResultLayers(found), [found]);
  const props = useMemo(
    () => ({ search, onChoose, onFirstFocus, status: places ? null : status }),
    [search, onChoose, onFirstFocus, places, status],
  );
  return { props, layers };
}
