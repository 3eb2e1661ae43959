// The GRIP hotspot proposal's boundary types: what the data layer hands in, what the analyst chooses, what comes back.
// Pure data: plain objects and arrays, so they cross the worker boundary by structured clone.
import type { MultiPolygon, Polygon } from 'geojson';

/** [longitude, latitude], GeoJSON order. */
export type LngLat = [number, number];

/** Crimes and harm in one H3 resolution-10 cell, one month and one crime type. */
export interface CellMonthRow {
  h3: string;
  monthIso: string;
  crimeType: string;
  crimes: number;
  /** Sum of the app's harm weights (a crime's own harm score wins over its type's weight). */
  harm: number;
}

/** A police.uk location text ('On or near Gallowtree Gate') and its crimes in one cell. */
export interface PlaceCount {
  place: string;
  crimes: number;
}

/** What a cell holds besides counts, over the selection's period and crime types. */
export interface CellInfo {
  h3: string;
  /** Local authority district of the cell centre (LLR's nine), null when the centre falls outside them. */
  district: string | null;
  /** Crimes at the cell's busiest (lat, lon) pair: police.uk snaps every crime to an anonymisation point. */
  busiestPointCrimes: number;
  busiestPointLngLat: LngLat | null;
  /** The cell's busiest location texts, most crimes first. */
  places: PlaceCount[];
}

/** A town centre, for naming hotspots. */
export interface Town {
  name: string;
  district: string;
  lngLat: LngLat;
}

/** The period and crime types a proposal is made for; fixed when the inputs are fetched. */
export interface HotspotSelection {
  fromMonth: string;
  toMonth: string;
  /** Empty = every type. */
  crimeTypes: string[];
}

/** What the data layer asks for; months and types left out take the defaults (see resolveSelection). */
export interface HotspotSelectionRequest {
  fromMonth?: string | null;
  toMonth?: string | null;
  crimeTypes?: string[] | null;
}

/** Everything a proposal reads. `cellMonths` reaches back far enough for the stability windows (stabilitySpan). */
export interface HotspotInputs {
  selection: HotspotSelection;
  /** Months holding any stored crime, `YYYY-MM`, ascending: stability windows use only these. */
  monthsLoaded: string[];
  cellMonths: CellMonthRow[];
  /** One per cell in `cellMonths`. */
  cells: CellInfo[];
  towns: Town[];
  /** Area of the force (LLR boundary), km²: the denominator of every area share and of PAI. */
  forceAreaKm2: number;
}

/** Leicester city, the seven Leicestershire county districts, Rutland. */
export type AreaGroup = 'city' | 'county' | 'rutland';

/**
 * Quotas per group of cells: `minimum` reserves places for a group (e.g. one in Rutland), `maximum` caps it. Groups
 * are areas (`city`, `county`, `rutland`) or district names ('Charnwood'). A hotspot's group is its centre cell's.
 */
export interface Quotas {
  by: 'area' | 'district';
  minimum?: Record<string, number>;
  maximum?: Record<string, number>;
}

/** A hotspot defined by its cells: a locked one, an edited one, or one read from a file. */
export interface HotspotDefinition {
  hotspotId: string;
  /** Kept when given; otherwise the hotspot is named from its crimes. */
  name?: string | null;
  /** H3 resolution-10 cells. */
  cells: string[];
  /** The centre the radius and separation rules measure from; default: the centre of its cell with most harm. */
  centreLngLat?: LngLat | null;
}

export type RankBy = 'harm' | 'count';

export interface ProposalOptions {
  rankBy: RankBy;
  n: number;
  maxRadiusM: number;
  minSeparationM: number;
  /** A cell joins only while it adds at least this share of the hotspot's value so far (0.05 = 5%). */
  growthThreshold: number;
  /** A hotspot with fewer crimes than this is not proposed (its seed is passed over). */
  minCrimes: number;
  quotas: Quotas | null;
  /** Kept as they are; their cells are not free; they count towards N and the quotas. */
  locked: HotspotDefinition[];
  /** Stability re-runs the method up to 24 times; the UI may skip it while the analyst drags a slider. */
  stability: boolean;
  /** The coverage curve runs to this many hotspots. */
  coverageK: number;
}

export interface TypeFigures {
  crimeType: string;
  crimes: number;
  harm: number;
}

export interface ProposedHotspot {
  hotspotId: string;
  name: string;
  /** The location holding most of its crimes, without police.uk's 'On or near '. */
  street: string | null;
  town: string | null;
  district: string | null;
  locked: boolean;
  /** Sorted. */
  cells: string[];
  /** Union of the cells, WGS84 [lng, lat]. */
  polygon: Polygon | MultiPolygon;
  areaKm2: number;
  centreLngLat: LngLat;
  crimes: number;
  harm: number;
  /** Every selected type, alphabetical, zeros included. */
  byType: TypeFigures[];
  crimeShare: number;
  harmShare: number;
  areaShare: number;
  /** Predictive Accuracy Index = crime share / area share (NaN when either is 0). */
  pai: number;
  /** The busiest snap point's share of its crimes (NaN with no crimes). */
  snapPointShare: number;
  /** One anonymisation point carries more than half its crimes: it may be an artefact of snapping. */
  snapPointFlag: boolean;
  busiestPointLngLat: LngLat | null;
  /** Share of stability windows in which the method also selects a hotspot covering its centre; null: no windows. */
  stability: number | null;
}

export interface CoveragePoint {
  k: number;
  areaShare: number;
  crimeShare: number;
  harmShare: number;
}

export type ProposalNoteCode =
  | 'fewer-than-n'
  | 'quota-not-met'
  | 'locked-exceed-n'
  | 'locked-overlap'
  | 'locked-too-close'
  | 'no-stability-windows'
  | 'short-stability-history';

export interface ProposalNote {
  code: ProposalNoteCode;
  sentence: string;
}

export interface HotspotProposal {
  selection: HotspotSelection;
  options: ProposalOptions;
  /** Sorted by id. */
  hotspots: ProposedHotspot[];
  /** Force-wide figures of the selected types and period: the denominators of the shares. */
  totals: { crimes: number; harm: number; forceAreaKm2: number };
  /** Last months of the rolling windows stability was measured on. */
  stabilityWindowEnds: string[];
  /** Top-k hotspots of the method without locks or quotas, k = 1…coverageK (fewer when the data run out). */
  coverage: CoveragePoint[];
  /** Where the chosen set itself lies on the coverage plot. */
  chosen: CoveragePoint;
  notes: ProposalNote[];
}
