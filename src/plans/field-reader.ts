// Reads one field of an unknown value at a time, collecting a problem (plan, field, reason) for each that is wrong,
// so one pass over a plan reports every bad field at once. A failed read returns a placeholder the caller never keeps:
// a plan with any problem is refused as a whole.
import type { Polygon, Position } from 'geojson';
import { COUNT_LIMITS, TEXT_LIMITS, isOneOf } from './plan-tables';
import { planProblem, type PlanProblem, type PlanProblemReason } from './plan-problems';
import type { LngLat } from './plan-types';

export type Fields = Record<string, unknown>;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
// ISO 8601 with a zone (Z or ±hh:mm), so every reader agrees on the instant; stored as toISOString() gives it.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isFields = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `a.b`, `a[2]`; '' + key = key. */
export const fieldPath = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

const count = (n: number) => n.toLocaleString('en-GB');

export class FieldReader {
  readonly problems: PlanProblem[] = [];

  constructor(
    private readonly index: number | null,
    public planId: string | null = null,
  ) {}

  fail(field: string, reason: PlanProblemReason, detail?: string): null {
    this.problems.push(planProblem(this.index, this.planId, field, reason, detail));
    return null;
  }

  object(value: unknown, field: string): Fields {
    if (isFields(value)) return value;
    this.fail(field, value === undefined ? 'missing' : 'not-object');
    return {};
  }

  list(value: unknown, field: string, max: number): unknown[] {
    if (!Array.isArray(value)) return this.fail(field, value === undefined ? 'missing' : 'not-list') ?? [];
    if (value.length > max)
      return this.fail(field, 'too-many', `it holds ${count(value.length)}, at most ${count(max)}`) ?? [];
    return value;
  }

  text(from: Fields, key: string, parent: string, limit: keyof typeof TEXT_LIMITS): string {
    return this.textValue(from[key], fieldPath(parent, key), limit);
  }

  textValue(value: unknown, field: string, limit: keyof typeof TEXT_LIMITS): string {
    if (typeof value !== 'string') return this.fail(field, value === undefined ? 'missing' : 'not-text') ?? '';
    const max = TEXT_LIMITS[limit];
    if (value.length > max)
      return this.fail(field, 'too-long', `it holds ${count(value.length)} characters, at most ${count(max)}`) ?? '';
    return value;
  }

  id(value: unknown, field: string): string {
    if (value === undefined) return this.fail(field, 'missing') ?? '';
    if (typeof value !== 'string' || !ID.test(value)) return this.fail(field, 'bad-id') ?? '';
    return value;
  }

  /** Any ISO 8601 instant with a zone, normalised to toISOString() so later-than compares as text. */
  timestamp(value: unknown, field: string): string {
    const ms = typeof value === 'string' && TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
    if (!Number.isFinite(ms)) return this.fail(field, value === undefined ? 'missing' : 'not-timestamp') ?? '';
    return new Date(ms).toISOString();
  }

  /** A calendar date that exists (2025-02-30 does not), or null when the value is null. */
  dateOrNull(value: unknown, field: string): string | null {
    if (value === null) return null;
    const ok =
      typeof value === 'string' &&
      DATE.test(value) &&
      Number.isFinite(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
    return ok ? value : this.fail(field, value === undefined ? 'missing' : 'not-date');
  }

  month(value: unknown, field: string): string {
    if (typeof value === 'string' && MONTH.test(value)) return value;
    return this.fail(field, value === undefined ? 'missing' : 'not-month') ?? '';
  }

  oneOf<T extends Record<string, string>>(table: T, value: unknown, field: string): keyof T & string {
    if (isOneOf(table, value)) return value;
    const allowed = Object.keys(table).join(', ');
    const got = typeof value === 'string' ? `"${value.slice(0, 40)}"` : (JSON.stringify(value) ?? 'nothing');
    this.fail(field, value === undefined ? 'missing' : 'not-one-of', `allowed: ${allowed}; the value is ${got}`);
    return Object.keys(table)[0] as keyof T & string;
  }

  number(value: unknown, field: string, min = -Infinity, max = Infinity, integer = false): number {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.fail(field, value === undefined ? 'missing' : 'not-number') ?? 0;
    if (value < min || value > max || (integer && !Number.isInteger(value)))
      return (
        this.fail(field, 'out-of-range', `${value} is not ${integer ? 'a whole number ' : ''}from ${min} to ${max}`) ??
        0
      );
    return value;
  }

  numberOrNull(value: unknown, field: string, min = -Infinity, max = Infinity): number | null {
    return value === null ? null : this.number(value, field, min, max);
  }

  textOrNull(value: unknown, field: string, limit: keyof typeof TEXT_LIMITS): string | null {
    return value === null ? null : this.textValue(value, field, limit);
  }

  /** [longitude, latitude] in degrees; a third number (height) is dropped. */
  position(value: unknown, field: string): LngLat {
    if (!Array.isArray(value) || value.length < 2 || value.length > 3)
      return (
        this.fail(field, value === undefined ? 'missing' : 'not-list', 'a position is [longitude, latitude]') ?? [0, 0]
      );
    return [this.number(value[0], fieldPath(field, 0), -180, 180), this.number(value[1], fieldPath(field, 1), -90, 90)];
  }

  lngLatOrNull(value: unknown, field: string): LngLat | null {
    return value === null ? null : this.position(value, field);
  }

  polygon(value: unknown, field: string): Polygon {
    const before = this.problems.length;
    const geometry = this.object(value, field);
    const rings = Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
    const total = rings.reduce((n: number, r: unknown) => n + (Array.isArray(r) ? r.length : 0), 0);
    const closed = (r: unknown): boolean => {
      if (!Array.isArray(r) || r.length < 4) return false;
      const [a, b] = [r[0], r[r.length - 1]];
      return Array.isArray(a) && Array.isArray(b) && a[0] === b[0] && a[1] === b[1];
    };
    const max = COUNT_LIMITS.polygonPositions;
    if (this.problems.length === before && (geometry.type !== 'Polygon' || rings.length === 0 || !rings.every(closed)))
      this.fail(field, 'not-polygon');
    else if (total > max) this.fail(field, 'too-many', `${count(total)} positions, at most ${count(max)}`);
    if (this.problems.length > before) return { type: 'Polygon', coordinates: [] };
    const coordinates: Position[][] = rings.map((ring: unknown[], r: number) =>
      ring.map((p, i) => this.position(p, fieldPath(fieldPath(fieldPath(field, 'coordinates'), r), i))),
    );
    return { type: 'Polygon', coordinates };
  }
}
