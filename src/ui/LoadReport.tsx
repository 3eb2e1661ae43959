import type { FileReport } from '../data/loaders/file-report';
import { ColumnMappingEditor } from './ColumnMappingEditor';

const REASON_TEXT: Record<string, string> = {
  'wrong-column-count': 'wrong number of columns',
  'unparseable-month': 'month not readable',
  'missing-crime-type': 'no crime type',
  'swapped-lat-lon': 'latitude and longitude swapped (corrected)',
  'non-numeric-coordinates': 'coordinates not numbers (kept, not mapped)',
};
const reasonText = (reason: string) => REASON_TEXT[reason] ?? reason;
const n = (value: number) => value.toLocaleString('en-GB');

/** Per file: what was read, stored and mapped, what was set aside and why, with the first examples. */
interface LoadReportProps {
  files: FileReport[];
  demoRowsRemoved: number;
  /** Whether the loaded files are now kept in this browser (written after the map shows them). */
  saved?: boolean;
  onChangeColumns: (file: FileReport, mapping: Record<string, string | undefined>) => void;
}

export function LoadReport({ files, demoRowsRemoved, saved, onChangeColumns }: LoadReportProps) {
  const kept = files.some((f) => !f.declined || f.columns);
  return (
    <section className="load-report" aria-label="Load report">
      <h2>Load report</h2>
      {demoRowsRemoved > 0 && (
        <p className="note">Demo data removed ({n(demoRowsRemoved)} rows): the map shows your data.</p>
      )}
      {kept && (
        <p className="note saved-state" data-saved={saved ? 'true' : 'false'}>
          {saved
            ? 'Saved in this browser: these files load again next time, until Clear all data.'
            : 'Saving these files in this browser…'}
        </p>
      )}
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
                ...Object.entries(f.setAside).map(([r, c]) => ['Set aside', r, c] as const),
                ...Object.entries(f.flagged).map(([r, c]) => ['Flagged', r, c] as const),
              ].map(([kind, reason, count]) => (
                <div key={reason} className="reason">
                  <strong>
                    {kind}: {n(count)} {reasonText(reason)}
                  </strong>
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
              onApply={(m) => onChangeColumns(f, m)}
            />
          )}
        </article>
      ))}
    </section>
  );
}
