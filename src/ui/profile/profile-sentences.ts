import type { HotspotProfile } from '../../analysis/hotspot-profile';
import { formatP } from '../../map/hot-spot-palettes';

const TREND_WORDS = { increasing: 'Rising', decreasing: 'Falling', 'no trend': 'No clear trend' } as const;
const n = (x: number) => x.toLocaleString('en-GB');
const two = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** "Rising, p = 0.01 (Mann–Kendall, 24 months)". */
export function trendSentence(profile: HotspotProfile): string {
  const months = Object.keys(profile.byMonth).length;
  if (months < 4) return `Trend: too few months (${months}) for a Mann–Kendall test.`;
  return `${TREND_WORDS[profile.trend.trend]}, ${formatP(profile.trend.p)} (Mann–Kendall, ${months} months).`;
}

/** This period against the previous one as long, as an exact Poisson rate ratio. */
export function previousPeriodSentence(profile: HotspotProfile): string {
  const r = profile.previousPeriod;
  if (r.crimes === null) return 'Previous period of the same length: not loaded, so not compared.';
  const change = r.rateRatio >= 1 ? 'up' : 'down';
  const pct = Math.abs(Math.round((r.rateRatio - 1) * 100));
  const interval = `rate ratio ${two(r.rateRatio)}, 95% CI ${two(r.ciLow)} to ${two(r.ciHigh)}`;
  const significant = r.ciLow > 1 || r.ciHigh < 1;
  return (
    `${n(profile.crimes)} crimes against ${n(r.crimes)} in the previous period of the same length: ` +
    `${change} ${pct}% (${interval}; exact Poisson test${significant ? '' : ', not significant'}).`
  );
}

/** PAI in words: how much denser than the force average. */
export function paiSentence(pai: number): string {
  if (!Number.isFinite(pai)) return 'PAI: not defined here.';
  return `PAI ${pai >= 10 ? Math.round(pai) : pai.toFixed(1)}: ${pai >= 1 ? `${pai.toFixed(1)} times` : 'less than'} the force's crime per km².`;
}

/** "13 h – 16 h" for hours (first and last included); "all day" when none are chosen. */
export function hoursText(hours: [number, number] | undefined): string {
  if (!hours) return 'all day';
  const pad = (h: number) => String(h).padStart(2, '0');
  return `${pad(hours[0])}:00–${pad(hours[1])}:59`;
}
