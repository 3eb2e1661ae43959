import { useEffect, useState } from 'react';
import type { PlaceLabel } from '../map/place-labels-layer';

interface PlaceFeature {
  geometry: { coordinates: [number, number] };
  properties: { name: string; population: number };
}

/** Town points shipped in public/basemap (from the shared LLR data set's places, see README attribution). */
export function usePlaceLabels(): PlaceLabel[] {
  const [places, setPlaces] = useState<PlaceLabel[]>([]);
  useEffect(() => {
    fetch('/basemap/llr_places.geojson')
      .then((r) => r.json() as Promise<{ features: PlaceFeature[] }>)
      .then((fc) =>
        setPlaces(
          fc.features.map((f) => ({
            name: f.properties.name,
            population: f.properties.population,
            lngLat: f.geometry.coordinates,
          })),
        ),
      )
      .catch(() => setPlaces([]));
  }, []);
  return places;
}
