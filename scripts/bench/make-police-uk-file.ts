// Writes one large data.police.uk street CSV by repeating the demo months with shifted Month values:
// `npx tsx scripts/bench/make-police-uk-file.ts <rows> <out.csv>`. For scale tests and benchmarks only.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../demo/geography';

export async function makePoliceUkFile(rows: number, out: string): Promise<number> {
  const monthsDir = path.join(repoRoot, 'data/demo/police-uk');
  const months = readdirSync(monthsDir).sort();
  const source = months.flatMap((m) =>
    readFileSync(path.join(monthsDir, m, `${m}-leicestershire-street.csv`), 'utf8')
      .trim()
      .split('\n')
      .slice(1),
  );
  const header =
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
  const stream = createWriteStream(out);
  stream.write(`${header}\n`);
  let bytes = header.length + 1;
  for (let i = 0; i < rows; i++) {
    const row = source[i % source.length];
    const cycle = Math.floor(i / source.length);
    // Each pass over the demo moves two years back, so months stay distinct (police.uk replaces a re-loaded month).
    const shifted =
      cycle === 0
        ? row
        : row.replace(/,(\d{4})-(\d{2}),/, (_m, y: string, mo: string) => `,${Number(y) - 2 * cycle}-${mo},`);
    if (!stream.write(`${shifted}\n`)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    bytes += shifted.length + 1;
  }
  await new Promise<void>((resolve) => stream.end(() => resolve()));
  return bytes;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [rows, out] = process.argv.slice(2);
  makePoliceUkFile(Number(rows), out).then((bytes) =>
    console.log(`${out}: ${rows} rows, ${(bytes / 1e6).toFixed(0)} MB`),
  );
}
