import { PREVENTION_TIERS, type PreventionTier } from '../analysis/reference/prevention-tiers';
import type { MapSettings, TierToggles } from '../map/map-settings';
import { TIER_LINE, TIER_LINE_STYLES, outlineSwatchDataUrl, symbolDataUrl, SYMBOL_PIXELS } from '../map/tier-symbols';
import './tier-overlays.css';

/** Where one tier's overlay stands: switched off, being computed, drawn (with how many marks), or failed. */
export type TierStatus =
  { state: 'off' } | { state: 'busy' } | { state: 'shown'; count: number } | { state: 'failed'; message: string };

export interface TierLegendData {
  watchList: TierStatus;
  emerging: TierStatus;
  prevention: Record<PreventionTier, TierStatus>;
  /** Every kind of intervention held (empty until a prevention tier has been shown). */
  kinds: string[];
  /** Interventions that match but have no place (area-wide actions): not drawn. */
  withoutPlace: number;
}

interface TierOverlaysProps {
  settings: MapSettings;
  legend: TierLegendData;
  /** Hotspots in the set in use (Tier 1). */
  gripHotspotCount: number;
  onChange: (settings: MapSettings) => void;
}

const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** "14 hot cells outside the set", "computing…", or the reason it failed. */
function statusText(status: TierStatus, counted: (count: number) => string): string {
  if (status.state === 'busy') return 'computing…';
  if (status.state === 'failed') return `could not be computed: ${status.message}`;
  if (status.state === 'shown') return counted(status.count);
  return '';
}

const OUTLINES = {
  grip: outlineSwatchDataUrl({ colour: [17, 24, 39], dashPixels: null, widthPixels: 4, cased: false }),
  watchList: outlineSwatchDataUrl({ ...TIER_LINE_STYLES.watchList, widthPixels: TIER_LINE.widthPixels, cased: true }),
  emerging: outlineSwatchDataUrl({ ...TIER_LINE_STYLES.emerging, widthPixels: TIER_LINE.widthPixels, cased: true }),
};

function TierMark({ src }: { src: string }) {
  return <img className="tier-symbol" src={src} alt="" width={SYMBOL_PIXELS} height={SYMBOL_PIXELS} />;
}

/**
 * "Tiers on the map": one checkbox per tier, each labelled with the mark the map draws for it, so the checkboxes are
 * the one legend. Tier 1 is the GRIP set; 2 and 3 are hot spots outside it; then the three prevention tiers, with
 * filters for the kinds of intervention and their start dates.
 */
export function TierOverlays({ settings, legend, gripHotspotCount, onChange }: TierOverlaysProps) {
  const { tiers, interventions } = settings;
  const setTier = (key: keyof TierToggles, on: boolean) => onChange({ ...settings, tiers: { ...tiers, [key]: on } });
  const setInterventions = (next: Partial<MapSettings['interventions']>) =>
    onChange({ ...settings, interventions: { ...interventions, ...next } });
  const toggleKind = (kind: string) =>
    setInterventions({
      kinds: interventions.kinds.includes(kind)
        ? interventions.kinds.filter((k) => k !== kind)
        : [...interventions.kinds, kind].sort(),
    });
  const anyPrevention = tiers.primary || tiers.secondary || tiers.tertiary;
  const row = (
    name: string,
    checked: boolean,
    onToggle: (on: boolean) => void,
    symbol: string,
    label: string,
    note: string,
    meaning?: string,
  ) => (
    <label className="check-option tier-option" key={name}>
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onToggle(e.target.checked)} />
      <TierMark src={symbol} />
      <span>
        <strong>{label}</strong>
        {note && <span className="legend-count">: {note}</span>}
        {meaning && <span className="hint"> — {meaning}</span>}
      </span>
    </label>
  );

  return (
    <fieldset className="analysis-controls tier-overlays" data-testid="tier-overlays">
      <legend>Tiers on the map</legend>
      {row(
        'tier-1',
        settings.showGripHotspots,
        (on) => onChange({ ...settings, showGripHotspots: on }),
        OUTLINES.grip,
        'Tier 1 · GRIP hotspots',
        settings.showGripHotspots ? `${plural(gripHotspotCount, 'hotspot', 'hotspots')} in the set in use` : '',
      )}
      {row(
        'tier-2',
        tiers.watchList,
        (on) => setTier('watchList', on),
        OUTLINES.watchList,
        'Tier 2 · watch list',
        statusText(legend.watchList, (c) => `${plural(c, 'hot cell', 'hot cells')} outside the set`),
      )}
      {row(
        'tier-3',
        tiers.emerging,
        (on) => setTier('emerging', on),
        OUTLINES.emerging,
        'Tier 3 · emerging',
        statusText(
          legend.emerging,
          (c) =>
            `${plural(c, 'new, consecutive or intensifying hot spot', 'new, consecutive or intensifying hot spots')} outside the set`,
        ),
      )}
      <p className="hint">
        Watch list: hot spots (Gi*, corrected for many tests) outside the set. Emerging: cells hot now and newly or
        increasingly so. Both follow the filters and the harm setting.
      </p>
      {PREVENTION_TIERS.map((t) =>
        row(
          `tier-${t.tier}`,
          tiers[t.tier],
          (on) => setTier(t.tier, on),
          symbolDataUrl(t.tier),
          t.label,
          statusText(legend.prevention[t.tier], (c) => plural(c, 'intervention', 'interventions')),
          t.meaning,
        ),
      )}
      {anyPrevention && (
        <>
          {legend.withoutPlace > 0 && (
            <p className="hint">
              {plural(legend.withoutPlace, 'intervention has', 'interventions have')} no place (area-wide) and{' '}
              {legend.withoutPlace === 1 ? 'is' : 'are'} not on the map.
            </p>
          )}
          <fieldset className="tier-kinds">
            <legend>
              Kinds of intervention{' '}
              {interventions.kinds.length === 0 ? '(all)' : `(${interventions.kinds.length} chosen)`}
            </legend>
            {legend.kinds.length === 0 ? (
              <p className="hint">No interventions loaded.</p>
            ) : (
              <p className="hint">No box ticked: every kind is shown. Tick some to show only those.</p>
            )}
            {legend.kinds.map((kind) => (
              <label key={kind} className="type-option">
                <input
                  type="checkbox"
                  name="intervention-kind"
                  value={kind}
                  checked={interventions.kinds.includes(kind)}
                  onChange={() => toggleKind(kind)}
                />
                <span>{kind}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="tier-dates">
            <legend>Started</legend>
            <label>
              From{' '}
              <input
                type="date"
                name="interventions-from"
                value={interventions.fromDate ?? ''}
                max={interventions.toDate ?? undefined}
                onChange={(e) => setInterventions({ fromDate: e.target.value || null })}
              />
            </label>
            <label>
              To{' '}
              <input
                type="date"
                name="interventions-to"
                value={interventions.toDate ?? ''}
                min={interventions.fromDate ?? undefined}
                onChange={(e) => setInterventions({ toDate: e.target.value || null })}
              />
            </label>
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
