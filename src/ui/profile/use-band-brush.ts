import { useRef, useState, type PointerEvent } from 'react';
import { bandAt, brushedRange, type BandLayout } from './band-brush';

/** The bands of a chart across (x) and, for a grid, down (y). */
export interface ChartBands {
  x: BandLayout;
  y?: BandLayout;
}

/** A brushed block of bands: first and last across, and down when the chart is a grid. */
export interface Brushed {
  x: [number, number];
  y: [number, number] | null;
}

/**
 * Pointer plumbing for brushing bands in an Observable Plot chart (Plot draws; it has no brush of its own): press on a
 * band, drag across others, release; a click picks one. `bands` reads the bands off the chart as drawn.
 */
export function useBandBrush(bands: () => ChartBands | null, onBrush: (brushed: Brushed) => void) {
  const [dragging, setDragging] = useState<Brushed | null>(null);
  const anchor = useRef<{ x: number; y: number | null } | null>(null);
  const pointAt = (event: PointerEvent<HTMLElement>) => {
    const layout = bands();
    if (!layout) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const y = layout.y ? bandAt(layout.y, event.clientY - box.top) : null;
    return { x: bandAt(layout.x, event.clientX - box.left), y };
  };
  const spanTo = (point: { x: number; y: number | null }): Brushed | null => {
    const from = anchor.current;
    if (!from) return null;
    const y = from.y !== null && point.y !== null ? brushedRange(from.y, point.y) : null;
    return { x: brushedRange(from.x, point.x), y };
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    const point = pointAt(event);
    if (!point) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    anchor.current = point;
    setDragging(spanTo(point));
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const point = anchor.current ? pointAt(event) : null;
    if (point) setDragging(spanTo(point));
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const point = anchor.current ? pointAt(event) : null;
    const brushed = point ? spanTo(point) : null;
    anchor.current = null;
    setDragging(null);
    if (brushed) onBrush(brushed);
  };
  return { dragging, handlers: { onPointerDown, onPointerMove, onPointerUp } };
}
