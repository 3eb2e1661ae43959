import type { HotspotProfile } from '../../analysis/hotspot-profile';
import { paiSentence, previousPeriodSentence, trendSentence } from './profile-sentences';

export interface NearbyPlace {
  name: string;
  kind: string;
}

interface ProfileFiguresProps {
  profile: HotspotProfile;
  /** The whole force: no PAI, no places list. */
  isForce: boolean;
  busiestPlaces: { place: string; crimes: number }[] | null;
  /** Points of interest inside or within 100 m; null when the basemap's list is not loaded. */
  nearby: NearbyPlace[] | null;
  /** Patrol minutes in the period; null: no patrol data loaded; undefined: not a GRIP hotspot. */
  patrol?: { visits: number; minutes: number } | null;
}

const n = (x: number) => x.toLocaleString('en-GB');

/** The key figures of a selection, each a sentence a board member can read aloud. Every text renders as text. */
export function ProfileFigures({ profile, isForce }: Pick<ProfileFiguresProps, 'profile' | 'isForce'>) {
  return (
    <dl className="profile-figures" data-testid="profile-figures">
      <dt>Crimes</dt>
      <dd data-testid="profile-crimes">{n(profile.crimes)}</dd>
      <dt>Harm</dt>
      <dd data-testid="profile-harm">
        {n(Math.round(profile.harm))} sentence-equivalent days (ONS crime severity weights)
      </dd>
      {!isForce && (
        <>
          <dt>Concentration</dt>
          <dd data-testid="profile-pai">{paiSentence(profile.pai)}</dd>
        </>
      )}
      <dt>Trend</dt>
      <dd data-testid="profile-trend">{trendSentence(profile)}</dd>
      <dt>Change</dt>
      <dd data-testid="profile-change">{previousPeriodSentence(profile)}</dd>
    </dl>
  );
}

/** Where in the selection, what is near it and how often it was patrolled. */
export function PlaceFacts({ busiestPlaces, nearby, patrol }: Omit<ProfileFiguresProps, 'profile' | 'isForce'>) {
  return (
    <dl className="profile-figures" data-testid="place-facts">
      {busiestPlaces && (
        <>
          <dt>Busiest places</dt>
          <dd>
            {busiestPlaces.length === 0 ? (
              'None named.'
            ) : (
              <ol className="profile-places" data-testid="profile-places">
                {busiestPlaces.map((p) => (
                  <li key={p.place}>
                    {p.place}: {n(p.crimes)}
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </>
      )}
      {nearby && (
        <>
          <dt>Within 100 m</dt>
          <dd data-testid="profile-nearby">
            {nearby.length === 0 ? 'No pubs, shops, stations or schools in the basemap.' : nearbyText(nearby)}
          </dd>
        </>
      )}
      {patrol !== undefined && (
        <>
          <dt>Patrol</dt>
          <dd data-testid="profile-patrol">
            {patrol === null
              ? 'No patrol data loaded.'
              : `${n(patrol.visits)} visits, ${n(Math.round(patrol.minutes))} patrol minutes in the period.`}
          </dd>
        </>
      )}
    </dl>
  );
}

/** "3 pubs (The Globe, …), 1 bus station (Haymarket)". */
function nearbyText(nearby: NearbyPlace[]): string {
  const byKind = new Map<string, string[]>();
  for (const p of nearby) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p.name]);
  return [...byKind]
    .map(([kind, names]) => {
      const shown = names.slice(0, 3).join(', ');
      return `${names.length} ${kind}${names.length === 1 ? '' : 's'} (${shown}${names.length > 3 ? ', …' : ''})`;
    })
    .join('; ');
}
