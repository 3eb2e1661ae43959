import { useState } from 'react';
import { deleteHotspot, renameHotspot, setLocked, type SetHotspot } from '../../analysis/hotspot-set';
import type { HotspotSetView } from './hotspot-set-view';
import { CoverageChart } from './CoverageChart';
import { HotspotList } from './HotspotList';
import { ProposeForm } from './ProposeForm';
import { VersionsPanel } from './VersionsPanel';

interface HotspotPanelProps {
  view: HotspotSetView;
  crimeTypes: string[];
  editing: string | null;
  onEdit: (hotspotId: string | null) => void;
  drawing: boolean;
  onDraw: (on: boolean) => void;
  onZoom: (hotspot: SetHotspot) => void;
}

function download({ fileName, text }: { fileName: string; text: string }) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/geo+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The 18 GRIP hotspots: the set in use, proposing one, editing it, its versions. */
export function HotspotPanel({ view, crimeTypes, editing, onEdit, drawing, onDraw, onZoom }: HotspotPanelProps) {
  const [proposing, setProposing] = useState(false);
  const working = view.state?.working ?? null;
  const busy = view.busy !== null;
  const edit = (change: (set: NonNullable<typeof working>) => NonNullable<typeof working>) => {
    if (working) void view.replace(change(working));
  };
  return (
    <section className="hotspot-panel" aria-label="GRIP hotspots">
      <h2>GRIP hotspots</h2>
      {working && working.hotspots.length > 0 ? (
        <p className="set-name" data-testid="set-name">
          <strong>{working.name}</strong> · {working.hotspots.length} hotspots
          <br />
          <span className="hint">{working.basis}</span>
        </p>
      ) : (
        <p className="set-name" data-testid="set-name">
          No hotspot set yet: propose one from the crimes loaded, or load a GeoJSON file of hotspots.
        </p>
      )}
      <div className="hotspot-toolbar">
        <button type="button" className="primary" aria-expanded={proposing} onClick={() => setProposing(!proposing)}>
          Propose…
        </button>
        <button type="button" aria-pressed={drawing} onClick={() => onDraw(!drawing)}>
          {drawing ? 'Stop drawing' : 'Draw a hotspot'}
        </button>
        {working && working.hotspots.length > 0 && (
          <button
            type="button"
            onClick={async () => {
              const file = await view.exportFile();
              if (file) download(file);
            }}
          >
            Export GeoJSON
          </button>
        )}
      </div>
      {drawing && (
        <p className="hint" role="status">
          Click the map to place corners; click the first corner (or double-click) to close the shape.
        </p>
      )}
      {editing && (
        <p className="hint" role="status">
          Editing {editing}: click a cell on the map to add it to the hotspot or take it out.
        </p>
      )}
      {view.busy && (
        <p role="status">
          <span className="spinner" /> {view.busy}
        </p>
      )}
      {view.error && (
        <p className="error" role="alert">
          {view.error}
        </p>
      )}
      {proposing && (
        <ProposeForm
          selection={view.selection}
          onSelection={view.setSelection}
          crimeTypes={crimeTypes}
          busy={busy}
          lockedCount={working?.hotspots.filter((h) => h.locked).length ?? 0}
          onPropose={(options) => void view.propose(options)}
        />
      )}
      {view.proposal && (
        <div className="proposal" data-testid="proposal">
          <h3>Proposal: {view.proposal.hotspots.length} hotspots</h3>
          <p className="hint">
            {view.proposal.selection.fromMonth} to {view.proposal.selection.toMonth} ·{' '}
            {view.proposal.selection.crimeTypes.length} crime types · ranked by {view.proposal.options.rankBy} · drawn
            dashed on the map
          </p>
          <CoverageChart
            coverage={view.proposal.coverage}
            chosen={view.proposal.chosen}
            by={view.proposal.options.rankBy}
          />
          {view.proposal.notes.length > 0 && (
            <ul className="notes">
              {view.proposal.notes.map((n) => (
                <li key={n.code}>{n.sentence}</li>
              ))}
            </ul>
          )}
          <button type="button" className="primary" disabled={busy} onClick={() => void view.adoptProposal()}>
            Use this set
          </button>{' '}
          <button type="button" onClick={view.discardProposal}>
            Discard
          </button>
        </div>
      )}
      {working && (
        <HotspotList
          hotspots={working.hotspots}
          measured={view.measured}
          editing={editing}
          onEdit={onEdit}
          onRename={(id, name) => edit((set) => renameHotspot(set, id, name))}
          onLock={(id, locked) => edit((set) => setLocked(set, id, locked))}
          onDelete={(id) => edit((set) => deleteHotspot(set, id))}
          onZoom={onZoom}
        />
      )}
      <VersionsPanel
        versions={view.state?.versions ?? []}
        comparison={view.comparison}
        busy={busy}
        onSave={(name) => void view.saveVersion(name)}
        onOpen={(id) => void view.openVersion(id)}
        onDelete={(id) => void view.deleteVersion(id)}
        onCompare={(a, b) => void view.compare(a, b)}
        onCloseComparison={view.closeComparison}
      />
    </section>
  );
}
