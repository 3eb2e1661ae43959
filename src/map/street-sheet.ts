// A small street map of one place as SVG paths: roads, buildings, water and street names around a GRIP hotspot, the
// hotspot's area on top, with a scale bar. Prints crisp on paper and needs no WebGL (a briefing sheet per patrol day).
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf, type LngLatBox } from '../analysis/bbox';
import { metresPerPixel, scaleBar, type ScaleBar } from './scale-bar';
import { mercatorFraction, type StreetFeature } from './street-tiles';

export type RoadKind = 'major' | 'road' | 'minor' | 'path' | 'rail';

export interface StreetSheet {
  width: number;
  height: number;
  buildings: string[];
  water: string[];
  /** Drawn in this order: paths and minor roads first, major roads on top. */
  roads: { d: string; kind: RoadKind }[];
  /** Street names along their longest piece in view, laid left to right. */
  names: { d: string; name: string }[];
  /** The hotspot's area (a street segment's buffer). */
  focus: string;
  scale: ScaleBar;
}

const KIND_OF_CLASS: Record<string, RoadKind> = {
  motorway: 'major',
  trunk: 'major',
  primary: 'major',
  secondary: 'road',
  tertiary: 'road',
  minor: 'minor',
  service: 'minor',
  pedestrian: 'path',
  path: 'path',
  track: 'path',
  rail: 'rail',
};
const KIND_ORDER: RoadKind[] = ['path', 'rail', 'minor', 'road', 'major'];
const MOST_NAMES = 10;
const WORLD_PX = 512;

/** Web Mercator pixels at zoom 0 (512-pixel world, as MapLibre draws it). */
function mercator(p: Position): [number, number] {
  const [x, y] = mercatorFraction(p);
  return [x * WORLD_PX, y * WORLD_PX];
}

const pointText = ([x, y]: [number, number]) => `${x.toFixed(1)},${y.toFixed(1)}`;
const lineD = (points: [number, number][]) => `M${points.map(pointText).join('L')}`;
const ringsD = (rings: [number, number][][]) => rings.map((r) => `${lineD(r)}Z`).join('');
const lengthOf = (points: [number, number][]) =>
  points.slice(1).reduce((s, p, i) => s + Math.hypot(p[0] - points[i][0], p[1] - points[i][1]), 0);

interface SheetOptions {
  width?: number;
  height?: number;
  marginMetres?: number;
}

/** Where the sheet looks: the hotspot's area fitted with at least `marginMetres` of streets around it. */
function sheetView(focus: Polygon | MultiPolygon, { width = 480, height = 300, marginMetres = 150 }: SheetOptions) {
  const [west, south, east, north] = bboxOf(focus);
  const latitude = (south + north) / 2;
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const marginWorld = marginMetres / metresPerPixel(latitude, 0);
  const zoom = Math.log2(Math.min(width / (x1 - x0 + 2 * marginWorld), height / (y1 - y0 + 2 * marginWorld)));
  const k = 2 ** zoom;
  const [cx, cy] = [((x0 + x1) / 2) * k, ((y0 + y1) / 2) * k];
  const project = (p: Position): [number, number] => {
    const [x, y] = mercator(p);
    return [x * k - cx + width / 2, y * k - cy + height / 2];
  };
  const unproject = ([x, y]: [number, number]): Position => {
    const [wx, wy] = [(x + cx - width / 2) / k, (y + cy - height / 2) / k];
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * wy) / WORLD_PX))) * 180) / Math.PI;
    return [(wx / WORLD_PX) * 360 - 180, lat];
  };
  return { width, height, latitude, zoom, project, unproject };
}

/** The longitude/latitude box the sheet shows: the streets to read for it. */
export function streetSheetBox(focus: Polygon | MultiPolygon, options: SheetOptions = {}): LngLatBox {
  const view = sheetView(focus, options);
  const [west, north] = view.unproject([0, 0]);
  const [east, south] = view.unproject([view.width, view.height]);
  return [west, south, east, north];
}

/** Lays out the sheet: every feature projected to its pixels; features wholly outside it are dropped. */
export function streetSheet(
  features: StreetFeature[],
  focus: Polygon | MultiPolygon,
  options: SheetOptions = {},
): StreetSheet {
  const { width, height, latitude, zoom, project } = sheetView(focus, options);
  const inView = (points: [number, number][]) =>
    points.some(([x, y]) => x >= -50 && x <= width + 50 && y >= -50 && y <= height + 50);

  const lines = (f: StreetFeature): [number, number][][] => {
    const g = f.geometry;
    if (g.type === 'LineString') return [g.coordinates.map(project)];
    if (g.type === 'MultiLineString') return g.coordinates.map((l) => l.map(project));
    return [];
  };
  const polygons = (g: StreetFeature['geometry'] | Polygon | MultiPolygon): [number, number][][][] => {
    if (g.type === 'Polygon') return [g.coordinates.map((r) => r.map(project))];
    if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p.map((r) => r.map(project)));
    return [];
  };

  const areas = (layer: StreetFeature['layer']) =>
    features
      .filter((f) => f.layer === layer)
      .flatMap((f) => polygons(f.geometry))
      .filter((rings) => inView(rings[0]))
      .map(ringsD);

  const roads = features
    .filter((f) => f.layer === 'transportation' && KIND_OF_CLASS[f.roadClass])
    .flatMap((f) => lines(f).map((points) => ({ points, kind: KIND_OF_CLASS[f.roadClass] })))
    .filter((r) => inView(r.points))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map((r) => ({ d: lineD(r.points), kind: r.kind }));

  return {
    width,
    height,
    buildings: areas('building'),
    water: areas('water'),
    roads,
    names: streetNames(features, lines, width, height),
    focus: polygons(focus).map(ringsD).join(''),
    scale: scaleBar(metresPerPixel(latitude, zoom), width / 4),
  };
}

/** Each street's longest piece inside the sheet, longest streets first, text running left to right. */
function streetNames(
  features: StreetFeature[],
  lines: (f: StreetFeature) => [number, number][][],
  width: number,
  height: number,
): { d: string; name: string }[] {
  const longest = new Map<string, [number, number][]>();
  for (const f of features) {
    if (f.layer !== 'transportation_name' || !f.name) continue;
    for (const points of lines(f)) {
      const inside = points.filter(([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height);
      const held = longest.get(f.name);
      if (inside.length >= 2 && (!held || lengthOf(inside) > lengthOf(held))) longest.set(f.name, inside);
    }
  }
  return [...longest]
    .filter(([name, points]) => lengthOf(points) >= name.length * 6)
    .sort((a, b) => lengthOf(b[1]) - lengthOf(a[1]))
    .slice(0, MOST_NAMES)
    .map(([name, points]) => ({ name, d: lineD(points[0][0] <= points.at(-1)![0] ? points : [...points].reverse()) }));
}
