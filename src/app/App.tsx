import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DEFAULT_HARM_WEIGHTS } from '../analysis';
import { createEngineClient } from '../data/engine-client';
import { keptForSaving } from '../data/loaders/file-report';
import { sumReports } from '../data/ingest-summary';
import { quantileClasses } from '../map/colour-scale';
import type { MapSettings } from '../map/map-settings';
import { sameMapPosition, type MapPosition } from '../map/map-position';
import { MapView } from '../ui/MapView';
import { AppHeader } from '../ui/AppHeader';
import { FilterControls } from '../ui/FilterControls';
import { AnalysisControls } from '../ui/AnalysisControls';
import { HarmWeightsEditor } from '../ui/HarmWeightsEditor';
import { HexTooltip } from '../ui/HexTooltip';
import { StatusBar } from '../ui/StatusBar';
import { DataControls } from '../ui/DataControls';
import { LoadProgress } from '../ui/LoadProgress';
import { LoadReport } from '../ui/LoadReport';
import { initialState, reducer } from './store';
import { filterFromHash, settingsFromHash, viewFromHash } from './url-state';
import { useUrlState } from './use-url-state';
import { useDataLoading } from './use-data-loading';
import { useMapData } from './use-map-data';
import { useFirstView } from './use-first-view';
import { useHotspotMap } from './use-hotspot-map';
import { useMapTooltip } from './use-map-tooltip';
import { usePlaceSearch } from './use-place-search';
import { usePointsOfInterest } from './use-points-of-interest';
import { useStudyArea } from './use-study-area';
import { MapLegend } from './MapLegend';
import { useLeaveWarning } from './use-leave-warning';
import { HotspotPanel } from '../ui/hotspots/HotspotPanel';
import { useTypeCountsInMonths } from './use-type-counts';
import { STREET_ZOOM } from '../map/layer-order';
import { LARGE_TEXT_SCALE, useMapLayers } from './map-presentation';
import { useTierOverlays } from './use-tier-overlays';
import { TierOverlays } from '../ui/TierOverlays';
import { PointsOfInterestToggle } from '../ui/PointsOfInterestToggle';
import { useHexStepper } from './use-hex-stepper';
import type { ViewBounds } from './hexes-in-view';
import { loadHarmWeights, saveHarmWeights } from './harm-weights-store';
import { droppedFiles, pickedPath } from './dropped-files';
import { filterAtStep } from '../analysis/playback';
import { useMapInsights } from './use-map-insights';
import { ProfilePanel } from '../ui/profile/ProfilePanel';
import { PlaybackBar } from '../ui/PlaybackBar';
import { PlansPanel } from '../ui/plans/PlansPanel';
import { PlanDrawer } from '../ui/plans/PlanDrawer';
import { usePlans } from './use-plans';
import { PatrolPanel, usePatrol } from './use-patrol';

const engine = createEngineClient();
const pageOpenedMs = performance.now();

export function App() {
  const [state, dispatch] = useReducer(reducer, initialState, (s) => ({
    ...s,
    filter: filterFromHash(window.location.hash),
  }));
  const [settings, setSettings] = useState<MapSettings>(() => settingsFromHash(window.location.hash));
  // Where the map looks: MapView reports pans and zooms (debounced), a changed hash sets it, the hash mirrors it.
  const [view, setView] = useState<MapPosition | null>(() => viewFromHash(window.location.hash));
  const moveTo = useCallback((next: MapPosition) => setView((v) => (sameMapPosition(v, next) ? v : next)), []);
  const [harmWeights, setHarmWeights] = useState(loadHarmWeights);
  const [weightsVersion, setWeightsVersion] = useState(0);
  // What the screen reader announces: keyboard steps through the hexes (mouse hovers are not read out).
  const [announcement, setAnnouncement] = useState('');
  const mapRef = useRef<MapLibreMap | null>(null);
  const [dragging, setDragging] = useState(false);
  const firstView = useFirstView(state.filter, settings, dispatch);
  const canStartDatabase = firstView.status === 'none' || (firstView.status === 'shown' && state.firstPaintMs !== null);
  const { loadFiles, clearAll, changeColumns, cancel } = useDataLoading(engine, dispatch, canStartDatabase);

  useEffect(() => {
    engine
      .setHarmWeights({ weights: harmWeights })
      .then(() => setWeightsVersion((v) => v + 1))
      .catch(() => undefined);
    saveHarmWeights(harmWeights);
  }, [harmWeights]);
  useUrlState({ filter: state.filter, settings, view }, dispatch, setSettings, moveTo);
  // Loaded files are written to the browser's storage just after the map shows them: leaving before that loses them.
  const saving =
    state.report !== null && !state.report.saved && state.report.files.some((f) => !f.declined || f.columns);
  useLeaveWarning(saving);

  // Time playback narrows what is shown to one step; the filter itself (and its controls) keeps the whole period.
  const shownFilter = useMemo(() => filterAtStep(state.filter, settings.step), [state.filter, settings.step]);
  const data = useMapData(engine, shownFilter, settings, state.dataVersion, weightsVersion, firstView.hexes, dispatch);
  const classes = useMemo(() => quantileClasses(data.hexes.map((h) => h.value)), [data.hexes]);
  const { hotspotSet, working, gripHotspots, hotspotPolygons, hotspotWork, editing, drawing, ...hotspotMap } =
    useHotspotMap(engine, state.dataVersion, setAnnouncement);
  const typeCountsInMonths = useTypeCountsInMonths(
    engine,
    state.filter.fromMonth,
    state.filter.toMonth,
    state.dataVersion,
  );
  const tiers = useTierOverlays(
    engine,
    shownFilter,
    settings,
    hotspotPolygons,
    state.dataVersion,
    weightsVersion,
    settings.largeText ? LARGE_TEXT_SCALE : 1,
  );
  const streetScale = (view?.zoom ?? 0) >= STREET_ZOOM;
  const pois = usePointsOfInterest(settings.pointsOfInterest, settings.selection !== null);
  const insights = useMapInsights(engine, {
    filter: state.filter,
    shownFilter,
    settings,
    setSettings,
    gripHotspots,
    monthRange: state.monthRange,
    timed: state.timed,
    pois: pois.pois,
    dataVersion: state.dataVersion,
    weightsVersion,
    mapBusy: data.busy,
    dispatch,
  });
  const studyArea = useStudyArea(settings, setSettings);
  const placeSearch = usePlaceSearch(gripHotspots, mapRef, moveTo);
  const planInputs = { engine, settings, setSettings, insights, gripHotspots, mapRef, state, classes, hotspotSet };
  const plans = usePlans({ ...planInputs, mapData: data });
  const patrol = usePatrol(engine, working, state, weightsVersion);
  const overlays = [tiers.layers, hotspotWork, studyArea.layers, pois.layers, placeSearch.layers, plans.layers];
  const layers = useMapLayers(settings, streetScale, data, classes, gripHotspots, [...overlays, patrol.layers]);

  useEffect(() => {
    if (state.phase !== 'ready') return;
    // Two frames after the hexes arrive, deck.gl has drawn them.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => dispatch({ type: 'first-paint', ms: Math.round(performance.now() - pageOpenedMs) })),
    );
  }, [state.phase]);

  useEffect(() => {
    document.documentElement.dataset.text = settings.largeText ? 'large' : 'normal';
  }, [settings.largeText]);

  const { tooltip, onHover, onStep } = useMapTooltip(
    engine,
    shownFilter,
    settings,
    hotspotMap.hotspotLine,
    setAnnouncement,
    data,
  );
  const onKeyStep = useHexStepper(mapRef, settings.mode, data, onStep);

  const onDrop = async (event: React.DragEvent) => {
    event.preventDefault();
    setDragging(false);
    await loadFiles(await droppedFiles(event.dataTransfer));
  };

  return (
    <div
      className="app"
      data-phase={state.phase}
      data-hex-count={state.hexCount}
      data-rows={state.rowsStored}
      data-mode={settings.mode}
      data-busy={data.busy}
      data-data-version={state.dataVersion}
      data-first-paint-ms={state.firstPaintMs ?? ''}
      data-interactive={state.dataVersion > 0 && !data.busy}
      data-step={settings.step ? `${settings.step.unit}:${settings.step.start}` : ''}
    >
      <AppHeader
        search={placeSearch.props}
        dataSource={state.dataSource}
        largeText={settings.largeText}
        onLargeText={(largeText) => setSettings({ ...settings, largeText })}
        onSkipToMap={() => mapRef.current?.getCanvas().focus()}
      />
      <aside className="side-panel" aria-label="Map controls and data">
        <AnalysisControls
          settings={settings}
          info={data.info}
          busy={data.busy}
          onChange={setSettings}
          currentView={() => (mapRef.current?.getBounds().toArray().flat() as ViewBounds | undefined) ?? null}
          onDrawArea={studyArea.startDrawingArea}
          drawingArea={studyArea.drawingArea}
        />
        <MapLegend settings={settings} data={data} classes={classes} loading={state.dataVersion === 0} />
        <TierOverlays
          settings={settings}
          legend={tiers.legend}
          gripHotspotCount={working?.hotspots.length ?? 0}
          onChange={setSettings}
        />
        <PointsOfInterestToggle
          on={settings.pointsOfInterest}
          onChange={(pointsOfInterest) => setSettings({ ...settings, pointsOfInterest })}
          count={pois.count}
          problem={pois.problem}
        />
        <FilterControls
          filter={state.filter}
          crimeTypes={state.crimeTypes}
          countsInMonths={typeCountsInMonths}
          monthRange={state.monthRange}
          onChange={(filter) => dispatch({ type: 'filter-changed', filter })}
        />
        <HarmWeightsEditor weights={harmWeights} defaults={DEFAULT_HARM_WEIGHTS} onChange={setHarmWeights} />
        <HotspotPanel
          view={hotspotSet}
          crimeTypes={state.crimeTypes.map((t) => t.crime_type)}
          editing={editing}
          onEdit={hotspotMap.edit}
          drawing={drawing}
          onDraw={hotspotMap.draw}
          onZoom={(h) => moveTo({ lngLat: h.centreLngLat, zoom: 16 })}
        />
        <PatrolPanel {...patrol.panel} />
        <DataControls
          busy={state.loading !== null}
          hasUserData={state.dataSource === 'user'}
          {...plans.dataControls(clearAll)}
          onFiles={(files) => loadFiles(files.map((file) => ({ path: pickedPath(file), file })))}
        />
        <PlansPanel {...plans.panel} />
        {state.report && (
          <LoadReport
            files={state.report.files}
            demoRowsRemoved={state.report.demoRowsRemoved}
            saved={state.report.saved}
            savable={state.report.files.some(keptForSaving)}
            totals={sumReports(state.report.files)}
            onChangeColumns={changeColumns}
          />
        )}
      </aside>
      <main
        id="map"
        aria-label="Map"
        className={dragging ? 'map-area dragging' : 'map-area'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <MapView
          labelScale={settings.largeText ? LARGE_TEXT_SCALE : 1}
          layers={layers}
          view={view}
          onViewChange={moveTo}
          onHover={onHover}
          onReady={(map) => (mapRef.current = map)}
          onKeyStep={onKeyStep}
          onClick={editing ? hotspotMap.onMapClick : drawing || studyArea.drawingArea ? undefined : plans.onClick}
          drawing={drawing || studyArea.drawingArea}
          onDrawn={studyArea.drawingArea ? studyArea.onDrawnArea : hotspotMap.onDrawn}
        />
        {tooltip && <HexTooltip {...tooltip} />}
        {insights.panel ? (
          <ProfilePanel {...insights.panel} />
        ) : (
          <button type="button" className="open-charts" onClick={insights.openCharts}>
            Profile and charts
          </button>
        )}
        <PlanDrawer {...plans.drawer} />
        <PlaybackBar {...insights.playback} />
        <p className="visually-hidden" aria-live="polite" data-testid="map-announcer">
          {announcement}
        </p>
        {state.loading && <LoadProgress progress={state.loading} onCancel={cancel} />}
        <StatusBar
          phase={state.phase}
          databaseReady={state.dataVersion > 0}
          message={state.message}
          rowsStored={state.rowsStored}
          hexCount={state.hexCount}
          firstPaintMs={state.firstPaintMs}
        />
      </main>
    </div>
  );
}
