import { useRef } from 'react';

interface DataControlsProps {
  busy: boolean;
  onFiles: (files: File[]) => void;
  /** `deletePlans`: the analyst also chose to delete the problem-solving plans (asked separately; default no). */
  onClearAll: (deletePlans: boolean) => void;
  hasUserData: boolean;
  /** Plans kept in this browser: when there are any, Clear all data asks about them separately. */
  planCount?: number;
}

/** Every file the loaders read: police.uk and force CSVs, zips of them, GRIP hotspots and interventions as GeoJSON. */
export const LOADABLE_FILES = '.csv,.zip,.geojson,.json,text/csv,application/zip,application/geo+json,application/json';

/** Load files or a whole folder; drag-and-drop onto the map does the same. */
export function DataControls({ busy, onFiles, onClearAll, hasUserData, planCount = 0 }: DataControlsProps) {
  const folderInput = useRef<HTMLInputElement>(null);
  return (
    <section className="data-controls" aria-label="Your data">
      <h2>Your data</h2>
      <p className="hint">
        police.uk street CSVs or the zip the site gives you, force exports and patrol logs (CSV), GRIP hotspots or
        interventions (GeoJSON). Drop files or a folder on the map, or:
      </p>
      <label className="button">
        Load files…
        <input
          type="file"
          name="files"
          multiple
          accept={LOADABLE_FILES}
          disabled={busy}
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      <label className="button">
        Load a folder…
        <input
          ref={(el) => {
            folderInput.current = el;
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          name="folder"
          disabled={busy}
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      {hasUserData && (
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            if (!window.confirm('Remove every loaded file from this browser? The demo data will come back.')) return;
            // A second, separate question: plans are the analyst's own work, so Cancel (the safe answer) keeps them.
            const plans = planCount === 1 ? 'the 1 problem-solving plan' : `the ${planCount} problem-solving plans`;
            onClearAll(
              planCount > 0 &&
                window.confirm(`Also delete ${plans} kept in this browser? OK deletes them; Cancel keeps them.`),
            );
          }}
        >
          Clear all data
        </button>
      )}
    </section>
  );
}
