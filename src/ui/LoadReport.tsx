import type { RowReason } from '../data/formats/set-aside-reasons';
import type { FileReport } from '../data/loaders/file-report';
import type { IngestSummary } from '../data/ingest-summary';
import type { ColumnMapping } from '../data/ingest/column-mapping';
import { ColumnMappingEditor } from './ColumnMappingEditor';

// The sentences come with each report, from the reason table in data/formats (a component imports only types from
// data/); a report saved before sentences travelled still reads as words, never as a code.
const reasonText = (file: FileReport, reason: RowReason, kind: 'Set aside' | 'Flagged') =>
  file.reasonSentences?.[reason] ??
  (kind === 'Set aside' ? 'Rows the app could not use: not loaded.' : 'Rows kept, with something to check.');
const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
const sum = (values: Iterable<number>) => [...values].reduce((total, v) => total + v, 0);

/** Per file: what was read, stored and mapped, what was set aside and why, with the first examples. */
interface LoadReportProps {
  files: FileReport[];
  demoRowsRemoved: number;
  /** Whether the loaded files are now kept in this browser (written after the map shows them). */
  saved?: boolean;
  /** Over every file of this load (sumReports, as `grip ingest` prints them). */
  totals: IngestSummary['totals'];
  /** Whether any of these files is kept in the browser (stored rows, or waits for its columns). */
  savable: boolean;
  onChangeColumns: (file: FileReport, mapping: ColumnMapping) => void;
}

export function LoadReport({ files, demoRowsRemoved, saved, savable, totals, onChangeColumns }: LoadReportProps) {
  const declined = files.filter((f) => f.declined).length;
  return (
    <section className="load-report" aria-label="Load report">
      <h2>Load report</h2>
      {demoRowsRemoved > 0 && (
        <p className="note">Demo data removed ({n(demoRowsRemoved)} rows): the map shows your data.</p>
      )}
      {savable && (
        <p className="note saved-state" data-saved={saved ? 'true' : 'false'}>
          {saved
            ? 'Saved in this browser: these files load again next time, until Clear all data.'
            : 'Saving these files in this browser…'}
        </p>
      )}
      <p className="overall-total" data-testid="load-total">
        {plural(files.length, 'file', 'files')}: {plural(totals.rowsRead, 'row', 'rows')} read · {n(totals.rowsStored)}{' '}
        stored · {n(totals.rowsMapped)} mapped · {n(sum(Object.values(totals.setAside)))} set aside ·{' '}
        {plural(declined, 'file', 'files')} declined
      </p>
      {files.map((f) => (
        <article key={f.path} className={f.declined ? 'file-report declined' : 'file-report'} data-file={f.path}>
          <h3>{f.path}</h3>
          {f.declined ? (
            <p role="alert">{f.declined}</p>
          ) : (
            <>
              <p className="counts">
                {n(f.rowsRead)} rows read · {n(f.rowsStored)} stored · {n(f.rowsMapped)} mapped
                {f.noCoordinates > 0 && ` · ${n(f.noCoordinates)} without coordinates (kept, not mapped)`}
                {f.outOfArea > 0 && ` · ${n(f.outOfArea)} outside LLR (kept, not mapped)`}
              </p>
              {[
                ...Object.entries(f.setAside).map(([r, c]) => ['Set aside', r as RowReason, c] as const),
                ...Object.entries(f.flagged).map(([r, c]) => ['Flagged', r as RowReason, c] as const),
              ].map(([kind, reason, count]) => (
                <div key={reason} className="reason">
                  <strong>
                    {kind}: {plural(count, 'row', 'rows')}.
                  </strong>{' '}
                  <span className="reason-sentence">{reasonText(f, reason, kind)}</span>
                  <ul>
                    {f.examples
                      .filter((e) => e.reason === reason)
                      .map((e) => (
                        <li key={e.row}>
                          row {e.row}
                          {e.column ? `, ${e.column}` : ''}
                          {e.value !== undefined ? `: "${e.value}"` : ''}
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            </>
          )}
          {f.notes.length > 0 && (
            <ul className="notes">
              {f.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {f.columns && (
            <ColumnMappingEditor
              header={f.columns.header}
              mapping={f.columns.mapping}
              unclassifiedOffences={f.unclassifiedOffences}
              onApply={(m) => onChangeColumns(f, m)}
            />
          )}
        </article>
      ))}
    </section>
  );
}
