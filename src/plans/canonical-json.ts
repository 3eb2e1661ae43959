// JSON whose bytes depend only on the value: object keys sorted (by UTF-16 code unit, as Array.prototype.sort does),
// arrays in their order, two-space indentation, a final newline. Exporting what was imported then gives the same file,
// and two exports of the same plans diff cleanly.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    // fromEntries defines own properties, so a key such as "__proto__" (a crime type is free text) is kept as a key.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  // -0 prints as 0 anyway; NaN and ±Infinity print as null, which validation never lets into a plan.
  return value as Json;
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
