import { useCallback, useMemo, type Dispatch, type SetStateAction } from 'react';
import type { CrimeFilter } from '../analysis/crime-filter';
import { stepLabel, type PlaybackStep } from '../analysis/playback';
import type { EngineClient } from '../data/engine-client';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import type { MapSettings } from '../map/map-settings';
import type { PointOfInterest } from '../map/points-of-interest';
import { selectionLayers } from '../map/selection-layer';
import { selectionAt } from './map-selection';
import type { AppAction } from './store';
import { SPEEDS_MS, usePlayback } from './use-playback';
import { useSelectionProfile } from './use-selection-profile';

interface MapInsightsInputs {
  /** The analyst's filter, and the one shown (the playback step applied). */
  filter: CrimeFilter;
  shownFilter: CrimeFilter;
  settings: MapSettings;
  setSettings: Dispatch<SetStateAction<MapSettings>>;
  gripHotspots: GripHotspotShape[];
  monthRange: { first: string; last: string } | null;
  /** Whether the crimes carry times of day: playback by week or day needs them. */
  timed: boolean;
  pois: PointOfInterest[] | null;
  dataVersion: number;
  weightsVersion: number;
  /** Whether the map is still computing what the filter shows. */
  mapBusy: boolean;
  dispatch: Dispatch<AppAction>;
}

const monthWords = (m: string) => stepLabel({ unit: 'month', start: m });

/**
 * The profile panel, its cross-filtered charts and time playback: what a click on the map selects, the charts'
 * brushes (they edit the app's filter, so the map, the statistics and the URL follow) and the playback bar.
 */
export function useMapInsights(engine: EngineClient, inputs: MapInsightsInputs) {
  const { filter, shownFilter, settings, setSettings, dispatch, monthRange } = inputs;
  const setStep = useCallback((step: PlaybackStep | null) => setSettings((s) => ({ ...s, step })), [setSettings]);
  const playback = usePlayback({ filter, monthRange, step: settings.step, setStep, busy: inputs.mapBusy });
  const first = filter.fromMonth ?? monthRange?.first;
  const last = filter.toMonth ?? monthRange?.last;
  const period = settings.step
    ? stepLabel(settings.step)
    : first && last
      ? `${monthWords(first)} to ${monthWords(last)}`
      : '';
  const open = settings.charts || settings.selection !== null;
  const profile = useSelectionProfile(engine, { ...inputs, filter: shownFilter, period, open });
  const layers = useMemo(() => selectionLayers(profile.area?.polygon ?? null), [profile.area]);
  const setFilter = (next: CrimeFilter) => dispatch({ type: 'filter-changed', filter: next });

  return {
    layers,
    selectAt: (lngLat: [number, number]) =>
      setSettings((s) => ({
        ...s,
        selection: selectionAt(lngLat, inputs.gripHotspots, s.showGripHotspots, filter.resolution),
      })),
    openCharts: () => setSettings((s) => ({ ...s, charts: true })),
    panel: open
      ? {
          view: profile.view,
          busy: profile.busy,
          problem: profile.problem,
          chosenMonths: filter.fromMonth || filter.toMonth ? ([first, last] as [string, string]) : null,
          hours: filter.hours,
          weekdays: filter.weekdays,
          onMonths: (fromMonth: string | null, toMonth: string | null) => setFilter({ ...filter, fromMonth, toMonth }),
          onHours: (hours: [number, number] | undefined, weekdays: number[] | undefined) =>
            setFilter({ ...filter, hours, weekdays }),
          onPickType: (crimeType: string) =>
            setFilter({
              ...filter,
              crimeTypes: filter.crimeTypes.length === 1 && filter.crimeTypes[0] === crimeType ? [] : [crimeType],
            }),
          onClearSelection: () => setSettings((s) => ({ ...s, selection: null, charts: true })),
          onClose: () => setSettings((s) => ({ ...s, selection: null, charts: false })),
        }
      : null,
    playback: {
      step: settings.step,
      index: playback.index,
      stepCount: playback.steps.length,
      playing: playback.playing,
      unit: playback.unit,
      canStepDays: inputs.timed,
      intervalMs: playback.intervalMs,
      speeds: SPEEDS_MS,
      loop: playback.loop,
      onPlay: playback.play,
      onPause: playback.pause,
      onBack: playback.back,
      onForward: playback.forward,
      onStop: playback.stop,
      onUnit: playback.chooseUnit,
      onInterval: playback.setIntervalMs,
      onLoop: playback.setLoop,
    },
  };
}
