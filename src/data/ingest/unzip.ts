import { unzipSync } from 'fflate';
import type { IngestProblem } from './decode-text';

type Listed =
  | { ok: true; entries: { path: string; bytes: Uint8Array }[]; skipped: string[] }
  | { ok: false; problem: IngestProblem };

/**
 * The CSVs inside a zip (police.uk nests them in `YYYY-MM/` folders), in path order; other entries are named as
 * skipped.
 */
export function listCsvEntries(zipName: string, bytes: Uint8Array): Listed {
  const skipped: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        const keep = /\.csv$/i.test(entry.name) && !entry.name.startsWith('__MACOSX/');
        if (!keep && !entry.name.endsWith('/')) skipped.push(entry.name);
        return keep;
      },
    });
  } catch (error) {
    return {
      ok: false,
      problem: {
        file: zipName,
        reason: 'bad-zip',
        message: `${zipName} could not be opened as a zip (${(error as Error).message}): it may be damaged or incomplete.`,
      },
    };
  }
  const entries = Object.keys(files)
    .sort()
    .map((path) => ({ path, bytes: files[path] }));
  if (entries.length === 0) {
    const what = skipped.length ? `only ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? '…' : ''}` : 'nothing';
    return {
      ok: false,
      problem: {
        file: zipName,
        reason: 'zip-without-csv',
        message: `${zipName} holds no CSV files (${what}): nothing to load.`,
      },
    };
  }
  return { ok: true, entries, skipped };
}
