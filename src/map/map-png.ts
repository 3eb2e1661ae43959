// The map as a PNG a partner can paste into a report: the map as drawn (basemap and deck.gl layers, one WebGL
// canvas), with a title, the data period, a legend, a scale bar, a north arrow and the attribution drawn around it.
// Every text is drawn with fillText, so a hotspot name from a file is pixels, never markup.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PreventionTier } from '../analysis/reference/prevention-tiers';
import { metresPerPixel, scaleBar } from './scale-bar';
import { PREVENTION_SYMBOLS, SYMBOL_EDGE } from './tier-symbols';

type Rgb = [number, number, number];

export type PngLegendEntry =
  | { kind: 'swatch'; colour: Rgb; label: string }
  | { kind: 'outline'; colour: Rgb; label: string }
  | { kind: 'symbol'; tier: PreventionTier; label: string };

export interface MapPngText {
  title: string;
  /** "Data: Jan 2024 to Dec 2025". */
  period: string;
  legendTitle: string;
  legend: PngLegendEntry[];
  attribution: string;
}

const rgb = ([r, g, b]: Rgb) => `rgb(${r},${g},${b})`;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * A copy of the map canvas taken in MapLibre's own render event: without preserveDrawingBuffer the WebGL buffer is
 * only readable in the frame that drew it.
 */
export function captureMapCanvas(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** `text` cut with an ellipsis to fit `maxWidth`. */
function fitted(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Words laid into at most `maxLines` lines of `maxWidth`; the last line is cut with an ellipsis if need be. */
function wrapped(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= maxWidth || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), fitted(ctx, lines.slice(maxLines - 1).join(' '), maxWidth)];
}

function drawSymbol(ctx: CanvasRenderingContext2D, tier: PreventionTier, x: number, y: number, size: number) {
  const { shape, colour } = PREVENTION_SYMBOLS[tier];
  const r = size / 2;
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x + r, y + r, r * 0.8, 0, Math.PI * 2);
  else if (shape === 'square') ctx.rect(x + r * 0.25, y + r * 0.25, size * 0.75, size * 0.75);
  else {
    ctx.moveTo(x + r, y + 1);
    ctx.lineTo(x + size - 1, y + size - 1);
    ctx.lineTo(x + 1, y + size - 1);
    ctx.closePath();
  }
  ctx.fillStyle = rgb(colour);
  ctx.fill();
  ctx.strokeStyle = rgb(SYMBOL_EDGE);
  ctx.lineWidth = Math.max(1, size / 10);
  ctx.stroke();
}

function drawLegend(ctx: CanvasRenderingContext2D, text: MapPngText, x: number, bottom: number, s: number) {
  const row = 20 * s;
  const width = 260 * s;
  const height = (text.legend.length + 1) * row + 12 * s;
  const top = bottom - height;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x, top, width, height);
  ctx.strokeStyle = '#8d97ad';
  ctx.lineWidth = s;
  ctx.strokeRect(x, top, width, height);
  ctx.fillStyle = '#1f2630';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${12 * s}px ${FONT}`;
  ctx.fillText(fitted(ctx, text.legendTitle, width - 16 * s), x + 8 * s, top + 6 * s + row / 2);
  ctx.font = `${12 * s}px ${FONT}`;
  text.legend.forEach((entry, i) => {
    const y = top + 6 * s + (i + 1) * row;
    const box = 14 * s;
    if (entry.kind === 'swatch') {
      ctx.fillStyle = rgb(entry.colour);
      ctx.fillRect(x + 8 * s, y + 3 * s, box, box);
    } else if (entry.kind === 'outline') {
      ctx.strokeStyle = rgb(entry.colour);
      ctx.lineWidth = 3 * s;
      ctx.strokeRect(x + 9 * s, y + 4 * s, box - 2 * s, box - 2 * s);
    } else drawSymbol(ctx, entry.tier, x + 8 * s, y + 3 * s, box);
    ctx.fillStyle = '#1f2630';
    ctx.fillText(fitted(ctx, entry.label, width - 40 * s), x + 30 * s, y + row / 2);
  });
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, x: number, y: number, s: number, bearing: number) {
  ctx.save();
  ctx.translate(x, y + 22 * s);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.beginPath();
  ctx.arc(0, 0, 20 * s, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#1f2630';
  ctx.beginPath();
  ctx.moveTo(0, -15 * s);
  ctx.lineTo(8 * s, 10 * s);
  ctx.lineTo(0, 5 * s);
  ctx.lineTo(-8 * s, 10 * s);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = '#1f2630';
  ctx.font = `bold ${12 * s}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText('N', x, y + 52 * s);
  ctx.textAlign = 'left';
}

function drawScaleBar(ctx: CanvasRenderingContext2D, map: MapLibreMap, right: number, bottom: number, s: number) {
  const bar = scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()), 150);
  const w = bar.pixels * s;
  const left = right - w;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(left - 8 * s, bottom - 30 * s, w + 16 * s, 26 * s);
  ctx.strokeStyle = '#1f2630';
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.moveTo(left, bottom - 16 * s);
  ctx.lineTo(left, bottom - 10 * s);
  ctx.lineTo(right, bottom - 10 * s);
  ctx.lineTo(right, bottom - 16 * s);
  ctx.stroke();
  ctx.fillStyle = '#1f2630';
  ctx.font = `${11 * s}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(bar.label, left + w / 2, bottom - 21 * s);
  ctx.textAlign = 'left';
}

/** The map with its title, period, legend, scale bar, north arrow and attribution, as one canvas. */
export async function composeMapCanvas(map: MapLibreMap, text: MapPngText): Promise<HTMLCanvasElement> {
  const shot = await captureMapCanvas(map);
  const s = shot.width / map.getCanvas().clientWidth || 1;
  const header = 58 * s;
  const canvas = document.createElement('canvas');
  canvas.width = shot.width;
  const ctx = canvas.getContext('2d')!;
  ctx.font = `${11 * s}px ${FONT}`;
  const credits = wrapped(ctx, text.attribution, shot.width - 24 * s, 3);
  const footer = (credits.length * 14 + 12) * s;
  canvas.height = shot.height + header + footer;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(shot, 0, header);
  ctx.fillStyle = '#1f2630';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${20 * s}px ${FONT}`;
  ctx.fillText(fitted(ctx, text.title, canvas.width - 24 * s), 12 * s, 20 * s);
  ctx.font = `${13 * s}px ${FONT}`;
  ctx.fillText(fitted(ctx, text.period, canvas.width - 24 * s), 12 * s, 44 * s);
  const mapBottom = header + shot.height;
  if (text.legend.length > 0) drawLegend(ctx, text, 10 * s, mapBottom - 10 * s, s);
  drawNorthArrow(ctx, canvas.width - 34 * s, header + 10 * s, s, map.getBearing());
  drawScaleBar(ctx, map, canvas.width - 16 * s, mapBottom - 6 * s, s);
  ctx.fillStyle = '#3d4654';
  ctx.font = `${11 * s}px ${FONT}`;
  ctx.textBaseline = 'middle';
  credits.forEach((line, i) => ctx.fillText(line, 12 * s, mapBottom + (13 + i * 14) * s));
  return canvas;
}

export const canvasPng = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))), 'image/png'),
  );
