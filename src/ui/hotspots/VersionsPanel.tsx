import { useState } from 'react';
import type { HotspotSetComparison, VersionSummary } from '../../analysis/hotspot-set';

interface VersionsPanelProps {
  versions: VersionSummary[];
  comparison: HotspotSetComparison | null;
  busy: boolean;
  onSave: (name: string) => void;
  onOpen: (versionId: string) => void;
  onDelete: (versionId: string) => void;
  onCompare: (a: string, b: string) => void;
  onCloseComparison: () => void;
}

/** A name like the hub's own: "GRIP 2026/27 Q3" (financial year from April, quarter within it). */
export function suggestedVersionName(today: Date): string {
  const month = today.getMonth();
  const startYear = month >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  const quarter = Math.floor(((month + 9) % 12) / 3) + 1;
  return `GRIP ${startYear}/${String((startYear + 1) % 100).padStart(2, '0')} Q${quarter}`;
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const list = (items: { hotspotId: string; name: string }[]) => items.map((h) => `${h.hotspotId} ${h.name}`).join('; ');

export function VersionsPanel(props: VersionsPanelProps) {
  const { versions, comparison, busy, onSave, onOpen, onDelete, onCompare, onCloseComparison } = props;
  const [name, setName] = useState(() => suggestedVersionName(new Date()));
  const [a, setA] = useState('');
  const [b, setB] = useState('working');
  const versionOptions = versions.map((v) => (
    <option key={v.versionId} value={v.versionId}>
      {v.name}
    </option>
  ));
  return (
    <section className="versions" aria-label="Versions of the set">
      <h3>Versions</h3>
      <form
        className="save-version"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(name);
        }}
      >
        <label>
          Name
          <input name="versionName" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || name.trim() === ''}>
          Save this set as a version
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="hint">No version saved yet.</p>
      ) : (
        <ul className="version-list">
          {versions.map((v) => (
            <li key={v.versionId}>
              <span>
                <strong>{v.name}</strong> · {v.count} hotspots · {when(v.savedAt)}
              </span>
              <button type="button" onClick={() => onOpen(v.versionId)}>
                Use
              </button>
              <button
                type="button"
                className="danger-link"
                onClick={() => window.confirm(`Delete the version "${v.name}"?`) && onDelete(v.versionId)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {versions.length > 0 && (
        <form
          className="compare-versions"
          onSubmit={(e) => {
            e.preventDefault();
            if (a && b) onCompare(a, b);
          }}
        >
          <label>
            Compare
            <select name="compareA" value={a} onChange={(e) => setA(e.target.value)}>
              <option value="">choose a version…</option>
              {versionOptions}
            </select>
          </label>
          <label>
            with
            <select name="compareB" value={b} onChange={(e) => setB(e.target.value)}>
              <option value="working">the set in use</option>
              {versionOptions}
            </select>
          </label>
          <button type="submit" disabled={!a || busy}>
            Compare
          </button>
        </form>
      )}
      {comparison && (
        <div className="comparison" data-testid="comparison" role="status">
          <p>
            <strong>{comparison.added.length} added</strong>, <strong>{comparison.dropped.length} dropped</strong>,{' '}
            <strong>{comparison.moved.length} moved</strong> (centre more than 100 m), {comparison.kept.length} kept.
          </p>
          {comparison.added.length > 0 && <p className="diff-added">Added: {list(comparison.added)}</p>}
          {comparison.dropped.length > 0 && <p className="diff-dropped">Dropped: {list(comparison.dropped)}</p>}
          {comparison.moved.length > 0 && (
            <p className="diff-moved">
              Moved:{' '}
              {comparison.moved
                .map((m) => `${m.after.hotspotId} ${m.after.name} (${Math.round(m.movedM)} m)`)
                .join('; ')}
            </p>
          )}
          <p className="hint">On the map: added in blue, dropped in orange dashes, moved hotspots both.</p>
          <button type="button" onClick={onCloseComparison}>
            Close the comparison
          </button>
        </div>
      )}
    </section>
  );
}
