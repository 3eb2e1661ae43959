import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import { createEngineClient } from '../data/engine-client';
import { crimeHexLayer, type HexDatum } from '../map/hex-layer';
import { quantileClasses } from '../map/colour-scale';
import { placeLabelsLayer } from '../map/place-labels-layer';
import { MapView } from '../ui/MapView';
import { Legend } from '../ui/Legend';
import { FilterControls } from '../ui/FilterControls';
import { HexTooltip, type HexTooltipData } from '../ui/HexTooltip';
import { StatusBar } from '../ui/StatusBar';
import { DataControls } from '../ui/DataControls';
import { LoadProgress } from '../ui/LoadProgress';
import { LoadReport } from '../ui/LoadReport';
import { initialState, reducer } from './store';
import { filterFromHash, filterToHash } from './url-state';
import { usePlaceLabels } from './use-place-labels';
import { useDataLoading } from './use-data-loading';
import { droppedFiles, pickedPath } from './dropped-files';

const engine = createEngineClient();
const pageOpenedMs = performance.now();

export function App() {
  const [state, dispatch] = useReducer(reducer, initialState, (s) => ({ ...s, filter: filterFromHash(window.location.hash) }));
  const [tooltip, setTooltip] = useState<HexTooltipData | null>(null);
  const [dragging, setDragging] = useState(false);
  const hoverSeq = useRef(0);
  const { loadFiles, clearAll, cancel, loadPatrolsAfterFirstPaint } = useDataLoading(engine, dispatch);

  useEffect(() => {
    window.history.replaceState(null, '', filterToHash(state.filter));
    if (state.dataVersion === 0) return;
    let current = true;
    engine.hexCounts(state.filter)
      .then((hexes) => current && dispatch({ type: 'hexes-loaded', hexes }))
      .catch((error: Error) => dispatch({ type: 'failed', message: `Query failed: ${error.message}` }));
    return () => { current = false; };
  }, [state.filter, state.dataVersion]);

  const classes = useMemo(() => quantileClasses(state.hexes.map((h) => h.crimes)), [state.hexes]);
  const places = usePlaceLabels();
  const layers = useMemo(() => [crimeHexLayer(state.hexes, classes), placeLabelsLayer(places)], [state.hexes, classes, places]);

  useEffect(() => {
    if (state.phase !== 'ready') return;
    // Two frames after the hexes arrive, deck.gl has drawn them.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      dispatch({ type: 'first-paint', ms: Math.round(performance.now() - pageOpenedMs) });
      loadPatrolsAfterFirstPaint();
    }));
  }, [state.phase, loadPatrolsAfterFirstPaint]);

  const onHover = useCallback((info: PickingInfo) => {
    const hex = info.object as HexDatum | undefined;
    const seq = ++hoverSeq.current;
    if (!hex) return setTooltip(null);
    setTooltip({ x: info.x, y: info.y, h3: hex.h3, crimes: hex.crimes, topTypes: null });
    engine.cellTopTypes(state.filter, hex.h3).then((topTypes) => {
      if (seq === hoverSeq.current) setTooltip((t) => (t && t.h3 === hex.h3 ? { ...t, topTypes } : t));
    }).catch(() => undefined);
  }, [state.filter]);

  const onDrop = async (event: React.DragEvent) => {
    event.preventDefault();
    setDragging(false);
    await loadFiles(await droppedFiles(event.dataTransfer));
  };

  return (
    <div className="app" data-phase={state.phase} data-hex-count={state.hexes.length} data-rows={state.rowsStored}
      data-data-version={state.dataVersion} data-first-paint-ms={state.firstPaintMs ?? ''}>
      <header className="app-header">
        <h1>GRIP Hotspot Explorer</h1>
        <p>Leicester, Leicestershire &amp; Rutland · {state.dataSource === 'demo' ? 'demo data (synthetic)' : 'your data'}</p>
      </header>
      <aside className="side-panel">
        <FilterControls filter={state.filter} crimeTypes={state.crimeTypes} monthRange={state.monthRange}
          onChange={(filter) => dispatch({ type: 'filter-changed', filter })} />
        <Legend title="Crimes per hex" classes={classes} unit="crimes" />
        <DataControls busy={state.loading !== null} hasUserData={state.dataSource === 'user'} onClearAll={clearAll}
          onFiles={(files) => loadFiles(files.map((file) => ({ path: pickedPath(file), file })))} />
        {state.report && <LoadReport files={state.report.files} demoRowsRemoved={state.report.demoRowsRemoved} />}
      </aside>
      <main className={dragging ? 'map-area dragging' : 'map-area'}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <MapView layers={layers} onHover={onHover} onBasemapReady={() => undefined} />
        {tooltip && <HexTooltip {...tooltip} />}
        {state.loading && <LoadProgress progress={state.loading} onCancel={cancel} />}
        <StatusBar phase={state.phase} message={state.message} rowsStored={state.rowsStored}
          hexCount={state.hexes.length} firstPaintMs={state.firstPaintMs} />
      </main>
    </div>
  );
}
