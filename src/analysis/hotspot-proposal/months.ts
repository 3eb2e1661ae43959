import { DEFAULT_PERIOD_MONTHS, DEFAULT_PROPOSAL_CRIME_TYPES, STABILITY_WINDOW_ENDS } from './defaults';
import type { HotspotSelection, HotspotSelectionRequest } from './types';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` shifted by `delta` months. */
export function addMonths(monthIso: string, delta: number): string {
  const [year, month] = monthIso.split('-').map(Number);
  const index = year * 12 + (month - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Months from `from` to `to` inclusive. */
export function monthCount(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * The request with its defaults: the period ends at the last month loaded and runs 12 months back, but not before the
 * first month loaded (one loaded month makes a one-month period); types default to DEFAULT_PROPOSAL_CRIME_TYPES (an
 * empty list means every type). Months that are not `YYYY-MM` count as not given.
 */
export function resolveSelection(request: HotspotSelectionRequest, monthsLoaded: string[]): HotspotSelection {
  const valid = (m: string | null | undefined) => (m && MONTH.test(m) ? m : null);
  const lastLoaded = monthsLoaded.length > 0 ? monthsLoaded[monthsLoaded.length - 1] : null;
  let toMonth = valid(request.toMonth) ?? lastLoaded;
  const yearBack = (to: string) => {
    const back = addMonths(to, 1 - DEFAULT_PERIOD_MONTHS);
    const firstLoaded = monthsLoaded.find((m) => m >= back && m <= to);
    return firstLoaded ?? back;
  };
  let fromMonth = valid(request.fromMonth) ?? (toMonth ? yearBack(toMonth) : null);
  toMonth ??= fromMonth ? addMonths(fromMonth, DEFAULT_PERIOD_MONTHS - 1) : '1970-01';
  fromMonth ??= toMonth;
  if (fromMonth > toMonth) [fromMonth, toMonth] = [toMonth, fromMonth];
  const crimeTypes = [...new Set(request.crimeTypes ?? DEFAULT_PROPOSAL_CRIME_TYPES)].sort();
  return { fromMonth, toMonth, crimeTypes };
}

/**
 * The months the inputs must cover: the selection, and the rolling windows of the same length ending in each of the
 * last 24 months up to its end.
 */
export function stabilitySpan(selection: HotspotSelection): { fromMonth: string; toMonth: string } {
  const length = monthCount(selection.fromMonth, selection.toMonth);
  const earliest = addMonths(selection.toMonth, -(STABILITY_WINDOW_ENDS - 1) - (length - 1));
  return { fromMonth: earliest < selection.fromMonth ? earliest : selection.fromMonth, toMonth: selection.toMonth };
}

/**
 * The stability windows: as long as the selection, ending in each of the last 24 months up to its end, kept only when
 * every month of the window was loaded (a window reaching before the data would rank on part of a year).
 */
export function stabilityWindows(selection: HotspotSelection, monthsLoaded: string[]): { from: string; to: string }[] {
  const loaded = new Set(monthsLoaded);
  const length = monthCount(selection.fromMonth, selection.toMonth);
  const windows: { from: string; to: string }[] = [];
  for (let back = STABILITY_WINDOW_ENDS - 1; back >= 0; back--) {
    const to = addMonths(selection.toMonth, -back);
    const from = addMonths(to, 1 - length);
    if (monthRange(from, to).every((m) => loaded.has(m))) windows.push({ from, to });
  }
  return windows;
}
