import type { AreaGroup, Quotas } from './types';

/** A cell whose centre lies in no LLR district (an edge cell) belongs to this group. */
export const UNKNOWN_GROUP = 'unknown';

/** Leicester is the city (a unitary authority), Rutland its own county, the other seven districts Leicestershire. */
export function areaOfDistrict(district: string | null): AreaGroup | null {
  if (district === null) return null;
  if (district === 'Leicester') return 'city';
  if (district === 'Rutland') return 'rutland';
  return 'county';
}

/** The quota group of a cell in a district: its area or its district name, as the quotas count. */
export function quotaGroup(district: string | null, quotas: Quotas | null): string {
  if (!quotas || quotas.by === 'district') return district ?? UNKNOWN_GROUP;
  return areaOfDistrict(district) ?? UNKNOWN_GROUP;
}

/** Counts hotspots per group against the quotas: which groups still need places, which are full. */
export class QuotaLedger {
  private readonly counts = new Map<string, number>();

  constructor(private readonly quotas: Quotas | null) {}

  add(group: string): void {
    this.counts.set(group, (this.counts.get(group) ?? 0) + 1);
  }

  placed(group: string): number {
    return this.counts.get(group) ?? 0;
  }

  isFull(group: string): boolean {
    const max = this.quotas?.maximum?.[group];
    return max !== undefined && this.placed(group) >= max;
  }

  /** Places a group's minimum still reserves. */
  unmet(group: string): number {
    return Math.max(0, (this.quotas?.minimum?.[group] ?? 0) - this.placed(group));
  }

  /** Places reserved for groups other than `group`. */
  reservedOutside(group: string): number {
    let sum = 0;
    for (const g of Object.keys(this.quotas?.minimum ?? {})) if (g !== group) sum += this.unmet(g);
    return sum;
  }

  /** Groups whose minimum was not reached: { group, minimum, placed }. */
  shortfalls(): { group: string; minimum: number; placed: number }[] {
    return Object.entries(this.quotas?.minimum ?? {})
      .filter(([g]) => this.unmet(g) > 0)
      .map(([group, minimum]) => ({ group, minimum, placed: this.placed(group) }));
  }
}
