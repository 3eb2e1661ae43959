import { useCallback, useEffect, type Dispatch } from 'react';
import type { EngineClient } from '../data/engine-client';
import type { AppAction, AppState } from './store';
import { checkFileSize } from '../data/ingest/decode-text';
import { declinedReport, type FileReport } from '../data/loaders/file-report';
import type { ColumnMapping } from '../data/ingest/column-mapping';
import { loadColumnMappings, saveColumnMapping } from './column-mappings-store';

/** Start-up (saved files or demo), loading the user's files, and clearing them: the data side of the app. */
export function useDataLoading(engine: EngineClient, dispatch: Dispatch<AppAction>, canStart: boolean) {
  const refresh = useCallback(
    async (dataSource: AppState['dataSource']) => {
      const [summary, crimeTypes] = await Promise.all([engine.summary(), engine.crimeTypeCounts({})]);
      const monthRange =
        summary.first_month && summary.last_month ? { first: summary.first_month, last: summary.last_month } : null;
      dispatch({
        type: 'data-loaded',
        crimeTypes,
        monthRange,
        rowsStored: summary.rows_stored,
        timed: summary.rows_timed > 0,
        dataSource,
      });
    },
    [engine, dispatch],
  );

  useEffect(() => {
    if (!canStart) return;
    dispatch({ type: 'data-loading', message: 'Loading crimes into DuckDB…' });
    const stopListening = engine.onProgress((progress) => dispatch({ type: 'ingest-progress', progress }));
    const stopHearingSaves = engine.onSaved(() => dispatch({ type: 'files-saved' }));
    engine
      .start({ mappings: loadColumnMappings() })
      .then(async (started) => {
        if (started.summary)
          dispatch({
            type: 'ingest-finished',
            report: { files: started.summary.files, demoRowsRemoved: 0, saved: true },
          });
        await refresh(started.source === 'saved' ? 'user' : 'demo');
      })
      .catch((error: Error) => dispatch({ type: 'failed', message: `Could not load the data: ${error.message}` }));
    return () => {
      stopListening();
      stopHearingSaves();
    };
  }, [engine, dispatch, refresh, canStart]);

  const loadFiles = useCallback(
    async (files: { path: string; file: File }[]) => {
      if (files.length === 0) return;
      dispatch({
        type: 'ingest-progress',
        progress: {
          fileIndex: 0,
          fileCount: files.length,
          path: files[0].path,
          bytesDone: 0,
          bytesTotal: files.reduce((s, f) => s + f.file.size, 0),
          rowsDone: 0,
        },
      });
      try {
        // Too-large files are refused before reading them: reading alone could exhaust the tab.
        const tooLarge = files.map(({ path, file }) => checkFileSize(path, file.size)).filter((p) => p !== null);
        const readable = files.filter(({ path, file }) => !checkFileSize(path, file.size));
        const inputs = await Promise.all(
          readable.map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })),
        );
        const result =
          inputs.length > 0 ? await engine.ingest({ files: inputs, mappings: loadColumnMappings() }) : null;
        const refused = tooLarge.map((p) => declinedReport(p.file, 'unknown', p.message));
        dispatch({
          type: 'ingest-finished',
          report: { files: [...refused, ...(result?.files ?? [])], demoRowsRemoved: result?.demoRowsRemoved ?? 0 },
        });
        if (result) await refresh(result.showing);
      } catch (error) {
        dispatch({ type: 'failed', message: `Loading failed: ${(error as Error).message}` });
      }
    },
    [engine, dispatch, refresh],
  );

  /** Remembers the analyst's column choice for this header and loads the saved file again with it. */
  const changeColumns = useCallback(
    async (file: FileReport, mapping: ColumnMapping) => {
      if (!file.columns) return;
      const mappings = saveColumnMapping(file.columns.header, mapping);
      dispatch({ type: 'data-loading', message: `Loading ${file.path} again…` });
      const path = file.path.includes('.zip/') ? file.path.slice(0, file.path.indexOf('.zip/') + 4) : file.path;
      const summary = await engine.reloadSaved({ paths: [path], mappings });
      dispatch({ type: 'ingest-finished', report: { files: summary.files, demoRowsRemoved: 0, saved: true } });
      await refresh('user');
    },
    [engine, dispatch, refresh],
  );

  const clearAll = useCallback(async () => {
    dispatch({ type: 'data-loading', message: 'Clearing your data…' });
    await engine.clearAll();
    dispatch({ type: 'ingest-finished', report: { files: [], demoRowsRemoved: 0 } });
    await refresh('demo');
  }, [engine, dispatch, refresh]);

  return { loadFiles, clearAll, changeColumns, cancel: () => engine.cancel() };
}
