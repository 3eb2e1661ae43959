interface StatusBarProps {
  phase: string;
  databaseReady: boolean;
  message: string;
  rowsStored: number;
  hexCount: number;
  firstPaintMs: number | null;
}

export function StatusBar({ phase, databaseReady, message, rowsStored, hexCount, firstPaintMs }: StatusBarProps) {
  if (phase === 'failed')
    return (
      <div className="status status-error" role="alert">
        {message}
      </div>
    );
  if (phase !== 'ready')
    return (
      <div className="status" role="status">
        <span className="spinner" /> {message}
      </div>
    );
  return (
    <div className="status" role="status">
      {rowsStored.toLocaleString('en-GB')} crimes loaded · {hexCount.toLocaleString('en-GB')} hexes shown
      {firstPaintMs !== null && ` · first map in ${(firstPaintMs / 1000).toFixed(1)} s`}
      {!databaseReady && (
        <span>
          {' '}
          · <span className="spinner" /> database starting: filters apply when it is ready
        </span>
      )}
    </div>
  );
}
