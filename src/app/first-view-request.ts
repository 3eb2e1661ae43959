/**
 * Requested before React, the map or the database worker start, so the precomputed demo view arrives while they
 * compete for the CPU. A 65 KB file; wasted only when the URL or saved data make the preview unnecessary.
 */
export const firstViewRequest: Promise<unknown | null> = fetch('/demo/first-view.json')
  .then((response) => (response.ok ? response.json() : null))
  .catch(() => null);
