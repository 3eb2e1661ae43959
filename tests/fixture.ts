// Tests read only the repository (HOUSE_STYLE): a fixture that is missing fails the test that needs it, never skips it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Where each committed real-data fixture came from, for the error a missing one gives. */
const ORIGINS: Record<string, string> = {
  'police-uk/2024-06-leicestershire-street.csv': 'the shared LLR data set (police-uk-sample/, see its README)',
};

/** The absolute path of `tests/fixtures/<relPath>`; throws when the file is not there. */
export function fixturePath(relPath: string): string {
  const file = path.join(repoRoot, 'tests/fixtures', relPath);
  if (!existsSync(file)) {
    const origin = ORIGINS[relPath] ?? 'git (it is committed with the tests)';
    throw new Error(`missing fixture tests/fixtures/${relPath}: copy it from ${origin}`);
  }
  return file;
}

/** The bytes of `tests/fixtures/<relPath>`; throws when the file is not there. */
export function readFixture(relPath: string): Buffer {
  return readFileSync(fixturePath(relPath));
}

export const REAL_POLICE_UK_MONTH = 'police-uk/2024-06-leicestershire-street.csv';
