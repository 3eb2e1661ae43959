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
