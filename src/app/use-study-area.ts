import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bboxPolygon, CITY_DISTRICT, type StudyAreaSpec } from '../analysis/study-area';
import { studyAreaLayers } from '../map/study-area-layer';
import type { MapSettings } from '../map/map-settings';

type District = Feature<Polygon | MultiPolygon, { LAD13NM: string }>;

/**
 * The study area as the map shows it (a dashed outline whenever the statistics compare less than all of LLR), and
 * drawing one: while `drawingArea` is on, the map's polygon tool makes the next closed shape the study area.
 */
export function useStudyArea(settings: MapSettings, setSettings: (settings: MapSettings) => void) {
  const [districts, setDistricts] = useState<District[] | null>(null);
  const [drawingArea, setDrawingArea] = useState(false);
  const spec = settings.studyArea;
  const statistic = settings.mode !== 'counts';
  useEffect(() => {
    if (districts || !statistic || (spec.kind !== 'district' && spec.kind !== 'city')) return;
    fetch('/boundaries/llr_lad.geojson')
      .then((r) => r.json() as Promise<{ features: District[] }>)
      .then((fc) => setDistricts(fc.features))
      .catch(() => setDistricts([]));
  }, [districts, statistic, spec.kind]);

  const outline = useMemo(() => (statistic ? outlineOf(spec, districts) : null), [statistic, spec, districts]);
  const layers = useMemo(() => studyAreaLayers(outline), [outline]);
  const onDrawnArea = useCallback(
    (polygon: Polygon) => {
      setDrawingArea(false);
      setSettings({ ...settings, studyArea: { kind: 'polygon', polygon } });
    },
    [settings, setSettings],
  );
  return { layers, drawingArea, startDrawingArea: () => setDrawingArea(true), onDrawnArea };
}

function outlineOf(spec: StudyAreaSpec, districts: District[] | null): Polygon | MultiPolygon | null {
  if (spec.kind === 'bbox') return bboxPolygon(spec.bbox);
  if (spec.kind === 'polygon') return spec.polygon;
  const name = spec.kind === 'city' ? CITY_DISTRICT : spec.kind === 'district' ? spec.name : null;
  return districts?.find((d) => d.properties.LAD13NM === name)?.geometry ?? null;
}
