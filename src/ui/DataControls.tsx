import { useRef } from 'react';

interface DataControlsProps {
  busy: boolean;
  onFiles: (files: File[]) => void;
  onClearAll: () => void;
  hasUserData: boolean;
}

/** Every file the loaders read: police.uk and force CSVs, zips of them, GRIP hotspots and interventions as GeoJSON. */
export const LOADABLE_FILES = '.csv,.zip,.geojson,.json,text/csv,application/zip,application/geo+json,application/json';

/** Load files or a whole folder; drag-and-drop onto the map does the same. */
export function DataControls({ busy, onFiles, onClearAll, hasUserData }: DataControlsProps) {
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
            if (window.confirm('Remove every loaded file from this browser? The demo data will come back.'))
              onClearAll();
          }}
        >
          Clear all data
        </button>
      )}
    </section>
  );
}
