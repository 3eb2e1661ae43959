import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from '../../src/data/ingest-files';

const LOADABLE = /\.(csv|zip|geojson|json)$/i;

/** Files named on the command line, and every loadable file under folders named there (sorted, so runs repeat). */
export function collectFiles(args: string[]): InputFile[] {
  const paths: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else if (LOADABLE.test(p) || args.includes(p)) paths.push(p);
  };
  for (const arg of args) walk(arg);
  return paths.map((p) => ({ path: p, bytes: new Uint8Array(readFileSync(p)) }));
}
