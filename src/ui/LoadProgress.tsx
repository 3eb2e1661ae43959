import type { IngestProgress } from '../data/ingest-files';

export function LoadProgress({ progress, onCancel }: { progress: IngestProgress; onCancel: () => void }) {
  const fraction = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  return (
    <div
      className="load-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(fraction * 100)}
    >
      <div className="bar">
        <div style={{ width: `${Math.round(fraction * 100)}%` }} />
      </div>
      <p>
        File {Math.min(progress.fileIndex + 1, progress.fileCount)} of {progress.fileCount} ·{' '}
        {megabytes(progress.bytesDone)} of {megabytes(progress.bytesTotal)} MB ·{' '}
        {progress.rowsDone.toLocaleString('en-GB')} rows parsed
      </p>
      {progress.path && <p className="path">{progress.path}</p>}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
