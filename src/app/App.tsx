import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import { createEngineClient } from '../data/engine-client';
import { crimeHexLayer, type HexDatum } from '../map/hex-layer';
import { quantileClasses } from '../map/colour-scale';
import { placeLabelsLayer } from '../map/place-labels-layer';
import { usePlaceLabels } from './use-place-labels';
import { MapView } from '../ui/MapView';
import { Legend } from '../ui/Legend';
import { FilterControls } from '../ui/FilterControls';
import { HexTooltip, type HexTooltipData } from '../ui/HexTooltip';
import { StatusBar } from '../ui/StatusBar';
import { initialState, reducer } from './store';
import { filterFromHash, filterToHash } from './url-state';

const engine = createEngineClient();
const pageOpenedMs = performance.now();

export function App() {
  const [state, dispatch] = useReducer(reducer, initialState, (s) => ({ ...s, filter: filterFromHash(window.location.hash) }));
  const [tooltip, setTooltip] = useState<HexTooltipData | null>(null);
  const [dataReady, setDataReady] = useState(false);
  const hoverSeq = useRef(0);

  useEffect(() => {
    dispatch({ type: 'data-loading' });
    (async () => {
      await engine.loadDemo();
      const [summary, crimeTypes] = await Promise.all([engine.summary(), engine.crimeTypeCounts()]);
      const monthRange = summary.first_month && summary.last_month ? { first: summary.first_month, last: summary.last_month } : null;
      dispatch({ type: 'data-loaded', crimeTypes, monthRange, rowsStored: summary.rows_stored });
      setDataReady(true);
    })().catch((error: Error) => dispatch({ type: 'failed', message: `Could not load the demo data: ${error.message}` }));
  }, []);

  useEffect(() => {
    window.history.replaceState(null, '', filterToHash(state.filter));
    if (!dataReady) return;
    let current = true;
    engine.hexCounts(state.filter)
      .then((hexes) => current && dispatch({ type: 'hexes-loaded', hexes }))
      .catch((error: Error) => dispatch({ type: 'failed', message: `Query failed: ${error.message}` }));
    return () => { current = false; };
  }, [state.filter, dataReady]);

  const classes = useMemo(() => quantileClasses(state.hexes.map((h) => h.crimes)), [state.hexes]);
  const places = usePlaceLabels();
  const layers = useMemo(() => [crimeHexLayer(state.hexes, classes), placeLabelsLayer(places)], [state.hexes, classes, places]);

  useEffect(() => {
    if (state.phase !== 'ready') return;
    // Two frames after the hexes arrive, deck.gl has drawn them.
    requestAnimationFrame(() => requestAnimationFrame(() => dispatch({ type: 'first-paint', ms: Math.round(performance.now() - pageOpenedMs) })));
  }, [state.phase]);

  const onHover = useCallback((info: PickingInfo) => {
    const hex = info.object as HexDatum | undefined;
    const seq = ++hoverSeq.current;
    if (!hex) return setTooltip(null);
    setTooltip({ x: info.x, y: info.y, h3: hex.h3, crimes: hex.crimes, topTypes: null });
    engine.cellTopTypes(state.filter, hex.h3).then((topTypes) => {
      if (seq === hoverSeq.current) setTooltip((t) => (t && t.h3 === hex.h3 ? { ...t, topTypes } : t));
    }).catch(() => undefined);
  }, [state.filter]);

  return (
    <div className="app" data-phase={state.phase} data-hex-count={state.hexes.length} data-first-paint-ms={state.firstPaintMs ?? ''}>
      <header className="app-header">
        <h1>GRIP Hotspot Explorer</h1>
        <p>Leicester, Leicestershire &amp; Rutland · demo data (synthetic)</p>
      </header>
      <aside className="side-panel">
        <FilterControls filter={state.filter} crimeTypes={state.crimeTypes} monthRange={state.monthRange}
          onChange={(filter) => dispatch({ type: 'filter-changed', filter })} />
        <Legend title="Crimes per hex" classes={classes} unit="crimes" />
      </aside>
      <main className="map-area">
        <MapView layers={layers} onHover={onHover} onBasemapReady={() => undefined} />
        {tooltip && <HexTooltip {...tooltip} />}
        <StatusBar phase={state.phase} message={state.message} rowsStored={state.rowsStored}
          hexCount={state.hexes.length} firstPaintMs={state.firstPaintMs} />
      </main>
    </div>
  );
}
