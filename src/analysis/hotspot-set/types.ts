// The GRIP hotspot set in use, as data (issue 13): what every view outlines and what profiles, patrol schedules and
// plans read. Plain objects, so a set crosses the worker boundary by structured clone and is saved as JSON.
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../hotspot-proposal';

export interface SetHotspot {
  /** `H01`…; unique in its set. */
  hotspotId: string;
  /** '' = not named yet: measuring names it after the street holding most of its crimes. */
  name: string;
  /** H3 resolution-10 cells, sorted, at least one. A cell belongs to at most one hotspot of a set edited here. */
  cells: string[];
  /** The centre the radius and separation rules measure from, and that comparing versions measures moves by. */
  centreLngLat: LngLat;
  /** Kept as it is by a re-proposal. */
  locked: boolean;
  /** A polygon drawn by hand or read from a file; null = the union of its cells. Measured by its cells either way. */
  drawn: Polygon | MultiPolygon | null;
}

export interface HotspotSet {
  name: string;
  /** Where it came from: 'Demo set (synthetic)', 'Proposed 2026-12-01 from 2024-01–2025-12', 'hotspots.geojson'. */
  basis: string;
  /** Sorted by id. */
  hotspots: SetHotspot[];
}

/** A named, dated snapshot of a set ("GRIP 2025/26 Q3"). */
export interface HotspotSetVersion {
  versionId: string;
  name: string;
  /** ISO 8601, UTC. */
  savedAt: string;
  set: HotspotSet;
}

export interface VersionSummary {
  versionId: string;
  name: string;
  savedAt: string;
  /** Hotspots in the version. */
  count: number;
}

/** Two sets side by side (compareVersions): what b gained, lost and moved against a. */
export interface SetComparison {
  /** In b only. */
  added: SetHotspot[];
  /** In a only. */
  dropped: SetHotspot[];
  /** The same hotspot id whose centre moved more than MOVED_THRESHOLD_M. */
  moved: { before: SetHotspot; after: SetHotspot; movedM: number }[];
  /** The same place (centres at most MOVED_THRESHOLD_M apart), under the same id or a new one. */
  kept: { before: SetHotspot; after: SetHotspot; movedM: number }[];
}

/** What the engine holds: the set in use (null: none yet) and the saved versions, oldest first. */
export interface HotspotSetState {
  working: HotspotSet | null;
  versions: VersionSummary[];
  /** The newest saved version with exactly the set in use's hotspots; null: the set in use is not saved as one. */
  inUseVersionId: string | null;
  /** Goes up by one with every change to the working set or the versions (the event 'hotspot-set-changed' says so). */
  revision: number;
}

/** A comparison as the engine answers it: which two sets ('working' = the set in use), then what changed. */
export interface HotspotSetComparison extends SetComparison {
  a: { versionId: string; name: string };
  b: { versionId: string; name: string };
}
