import { useState } from 'react';
import type { ProposedHotspot } from '../../analysis/hotspot-proposal';
import type { SetHotspot } from '../../analysis/hotspot-set';

interface HotspotListProps {
  hotspots: SetHotspot[];
  measured: Map<string, ProposedHotspot>;
  /** The hotspot whose cells a map click adds or removes; null: none. */
  editing: string | null;
  onEdit: (hotspotId: string | null) => void;
  onRename: (hotspotId: string, name: string) => void;
  onLock: (hotspotId: string, locked: boolean) => void;
  onDelete: (hotspotId: string) => void;
  onZoom: (hotspot: SetHotspot) => void;
}

const pct = (share: number | null | undefined) =>
  share === null || share === undefined || Number.isNaN(share) ? '–' : `${(share * 100).toFixed(1)}%`;

/** Key figures a board asks about, in words; the full set is in the exported GeoJSON. */
export function hotspotFigures(m: ProposedHotspot | undefined): string {
  if (!m) return 'figures: computing…';
  const pai = Number.isNaN(m.pai) ? '–' : m.pai.toFixed(0);
  return `${m.crimes.toLocaleString('en-GB')} crimes · ${pct(m.harmShare)} of harm · PAI ${pai} · stable ${pct(m.stability)}`;
}

export function HotspotList({
  hotspots,
  measured,
  editing,
  onEdit,
  onRename,
  onLock,
  onDelete,
  onZoom,
}: HotspotListProps) {
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  return (
    <ol className="hotspot-list" aria-label="Hotspots in the set">
      {hotspots.map((h) => {
        const m = measured.get(h.hotspotId);
        return (
          <li key={h.hotspotId} className={editing === h.hotspotId ? 'editing' : undefined}>
            <div className="hotspot-title">
              <strong>{h.hotspotId}</strong>{' '}
              {renaming && renaming.id === h.hotspotId ? (
                <form
                  className="rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    onRename(h.hotspotId, renaming.name);
                    setRenaming(null);
                  }}
                >
                  <input
                    aria-label={`New name for ${h.hotspotId}`}
                    value={renaming.name}
                    autoFocus
                    onChange={(e) => setRenaming({ id: h.hotspotId, name: e.target.value })}
                  />
                  <button type="submit">Save</button>
                </form>
              ) : (
                <span>{h.name}</span>
              )}
              {h.locked && <span className="badge">locked</span>}
              <span className="hotspot-cells"> · {h.cells.length} cells</span>
            </div>
            <div className="hotspot-figures">
              {hotspotFigures(m)}
              {m?.snapPointFlag && (
                <span className="warning" title="One police.uk anonymisation point holds most of its crimes">
                  {' '}
                  · ⚠ {pct(m.snapPointShare)} on one snap point
                </span>
              )}
            </div>
            <div className="hotspot-actions">
              <button type="button" onClick={() => onZoom(h)}>
                Show
              </button>
              <button type="button" onClick={() => setRenaming({ id: h.hotspotId, name: h.name })}>
                Rename
              </button>
              <button type="button" aria-pressed={h.locked} onClick={() => onLock(h.hotspotId, !h.locked)}>
                {h.locked ? 'Unlock' : 'Lock'}
              </button>
              <button
                type="button"
                aria-pressed={editing === h.hotspotId}
                onClick={() => onEdit(editing === h.hotspotId ? null : h.hotspotId)}
              >
                {editing === h.hotspotId ? 'Done editing' : 'Edit cells'}
              </button>
              <button
                type="button"
                className="danger-link"
                onClick={() =>
                  window.confirm(`Delete ${h.hotspotId} · ${h.name} from the set?`) && onDelete(h.hotspotId)
                }
              >
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
