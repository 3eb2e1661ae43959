/**
 * A shipped basemap file (public/basemap/*.json) that cannot be read: one sentence naming the file, the entry and
 * what is wrong, and how to rebuild it. Nothing is loaded from a bad file; the app shows the message instead.
 */
export class BasemapFileError extends Error {
  constructor(file: string, where: string, problem: string, rebuild: string) {
    super(`${file}${where ? ` ${where}` : ''}: ${problem}; nothing was loaded (rebuild it with ${rebuild}).`);
    this.name = 'BasemapFileError';
  }
}

export const isJsonObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Coordinates to 5 decimals (about 1 m), which is all a search result or a POI marker needs. */
export const round5 = (degrees: number): number => Math.round(degrees * 1e5) / 1e5;

/** What a shipped basemap file is: its path, how to rebuild it, and the format and version it declares. */
export interface BasemapFileKind {
  file: string;
  rebuild: string;
  format: string;
  version: number;
}

/** The file's object once its format, version and lists check out; throws a BasemapFileError naming the first fault. */
export function checkBasemapHeader(json: unknown, kind: BasemapFileKind, lists: readonly string[]) {
  const fail = (problem: string) => new BasemapFileError(kind.file, '', problem, kind.rebuild);
  if (!isJsonObject(json)) throw fail('the file is not a JSON object');
  if (json.format !== kind.format) throw fail(`format should be "${kind.format}"`);
  if (json.version !== kind.version)
    throw fail(`version is ${JSON.stringify(json.version)}, this app reads version ${kind.version}`);
  for (const key of lists) if (!Array.isArray(json[key])) throw fail(`${key} should be a list`);
  return { json, fail };
}

/** Checks every row of `list`; the first bad one throws, named by its index and (when it has one) its name. */
export function checkEveryRow(
  rows: unknown[],
  list: string,
  kind: BasemapFileKind,
  problemOf: (row: unknown) => string | null,
): void {
  rows.forEach((row, i) => {
    const problem = problemOf(row);
    if (!problem) return;
    const name = Array.isArray(row) && typeof row[0] === 'string' && row[0].trim() ? ` ("${row[0]}")` : '';
    throw new BasemapFileError(kind.file, `${list}[${i}]${name}`, problem, kind.rebuild);
  });
}
