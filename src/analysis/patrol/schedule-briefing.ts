// "Why this hotspot, and why then": the few facts a briefing sheet gives an officer, from the hotspot's profile.

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface BriefingReasons {
  /** Commonest crime types, most first, with their share of the hotspot's crimes. */
  topTypes: { crimeType: string; crimes: number; share: number }[];
  /** Busiest weekday-hours, most first; empty when the data carry no times. */
  topSlots: { weekday: number; hour: number; crimes: number }[];
  /** Busiest hours of the day over all weekdays, most first; empty when the data carry no times. */
  topHours: { hour: number; crimes: number }[];
  /** One plain-English line, e.g. "Mostly Violence and sexual offences (55%); busiest Sat 23:00, Fri 22:00." */
  sentence: string;
}

const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const byCountThen =
  <T>(count: (x: T) => number, tie: (a: T, b: T) => number) =>
  (a: T, b: T) =>
    count(b) - count(a) || tie(a, b);

/**
 * The top `limit` types and hours from a profile's `byType` and `byHourWeekday` ([weekday 0 = Mon][hour]; null when
 * the data have months only). Ties go to the earlier type name, weekday and hour, so the sheet is stable.
 */
export function briefingReasons(
  byType: Record<string, number>,
  byHourWeekday: number[][] | null,
  limit = 3,
): BriefingReasons {
  const total = Object.values(byType).reduce((a, b) => a + b, 0);
  const topTypes = Object.entries(byType)
    .filter(([, n]) => n > 0)
    .sort(
      byCountThen(
        ([, n]) => n,
        ([a], [b]) => (a < b ? -1 : 1),
      ),
    )
    .slice(0, limit)
    .map(([crimeType, crimes]) => ({ crimeType, crimes, share: crimes / total }));
  const slots = (byHourWeekday ?? []).flatMap((row, weekday) => row.map((crimes, hour) => ({ weekday, hour, crimes })));
  const topSlots = slots
    .filter((s) => s.crimes > 0)
    .sort(
      byCountThen(
        (s) => s.crimes,
        (a, b) => a.weekday - b.weekday || a.hour - b.hour,
      ),
    )
    .slice(0, limit);
  const hourTotals = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    crimes: slots.filter((s) => s.hour === hour).reduce((a, s) => a + s.crimes, 0),
  }));
  const topHours = hourTotals
    .filter((h) => h.crimes > 0)
    .sort(
      byCountThen(
        (h) => h.crimes,
        (a, b) => a.hour - b.hour,
      ),
    )
    .slice(0, limit);
  const types = topTypes.map((t) => `${t.crimeType} (${Math.round(t.share * 100)}%)`).join(', ');
  const when = topSlots.map((s) => `${WEEKDAYS[s.weekday]} ${pad(s.hour)}`).join(', ');
  const sentence =
    (types ? `Mostly ${types}` : 'No crimes recorded') +
    (byHourWeekday === null ? '; the data carry no times.' : when ? `; busiest ${when}.` : '.');
  return { topTypes, topSlots, topHours, sentence };
}
