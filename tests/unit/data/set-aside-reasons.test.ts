// Every reason a loader (or its SQL) can write has one plain-English sentence, and the load report, the CLI and the
// README show that sentence, never the code (HOUSE_STYLE: reasons are a typed union with one sentence each).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { sumReports } from '../../../src/data/ingest-summary';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROW_REASONS, rowReasonsMarkdown, type RowReason } from '../../../src/data/formats/set-aside-reasons';
import { SOURCE_FORMATS } from '../../../src/data/formats/source-format';
import { ingestFiles } from '../../../src/data/ingest-files';
import type { FileReport } from '../../../src/data/loaders/file-report';
import { LoadReport } from '../../../src/ui/LoadReport';
import { createNodeEngine } from '../../../scripts/cli/node-engine';
import { fixturePath } from '../../fixture';

const root = path.resolve(__dirname, '../../..');
const sourcesUnder = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
// Row reasons are written by the loaders and by their staging SQL; nothing else may invent one.
const LOADER_SOURCES = [...sourcesUnder('src/data/loaders'), ...sourcesUnder('src/data/sql')];
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const codes = Object.keys(ROW_REASONS) as RowReason[];

/** Kebab-case string literals, module names excluded: how every reason code is spelled in TypeScript and SQL. */
function kebabLiterals(source: string): string[] {
  const withoutImports = source.replace(/from '[^']*'/g, '');
  return [...withoutImports.matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'/g)].map((m) => m[1]);
}

describe('the reason table', () => {
  it('has a sentence for every reason a loader or its SQL can write, and no reason nothing writes', () => {
    const formats = new Set<string>(SOURCE_FORMATS);
    const written = new Set(LOADER_SOURCES.flatMap((f) => kebabLiterals(read(f))).filter((c) => !formats.has(c)));
    expect(written.size).toBeGreaterThanOrEqual(14);
    const missing = [...written].filter((code) => !(code in ROW_REASONS));
    expect(missing, 'reason codes written by a loader with no sentence in ROW_REASONS').toEqual([]);
    const unused = codes.filter((code) => !written.has(code));
    expect(unused, 'ROW_REASONS entries that no loader writes').toEqual([]);
  });

  it('has SQL write reason codes only through reasonSql (so the union checks them)', () => {
    for (const file of sourcesUnder('src/data/sql')) {
      const bare = [...read(file).matchAll(/(?<!reasonSql\()'([a-z]+(?:-[a-z0-9]+)+)'/g)].map((m) => m[1]);
      expect(
        bare.filter((code) => code in ROW_REASONS),
        file,
      ).toEqual([]);
    }
  });

  it.each(codes)('%s: one sentence, not the code', (code) => {
    const sentence = ROW_REASONS[code];
    expect(sentence.trim().length).toBeGreaterThan(20);
    expect(sentence).toMatch(/^[A-Z].*\.$/);
    expect(sentence).not.toContain(code);
  });
});

describe('bad fixtures: the report, the load report and the CLI show the sentence', () => {
  const fixtures = ['2023-09-wrong-columns-street.csv', '2023-10-bad-month-street.csv', '2023-07-swapped-street.csv'];
  const expected: Record<string, RowReason> = {
    '2023-09-wrong-columns-street.csv': 'wrong-column-count',
    '2023-10-bad-month-street.csv': 'unparseable-month',
    '2023-07-swapped-street.csv': 'swapped-lat-lon',
  };
  let files: FileReport[];
  beforeAll(async () => {
    const engine = await createNodeEngine();
    const inputs = fixtures.map((name) => ({
      path: name,
      bytes: new Uint8Array(readFileSync(fixturePath(`bad/${name}`))),
    }));
    files = (await ingestFiles(engine, inputs)).files;
    await engine.close();
  }, 60_000);

  it('each report carries the sentence of each reason it counts', () => {
    for (const report of files) {
      const reason = expected[report.path];
      expect({ ...report.setAside, ...report.flagged }).toHaveProperty(reason);
      expect(report.reasonSentences).toEqual({ [reason]: ROW_REASONS[reason] });
    }
  });

  it('the load report renders the sentences, never the codes, under an overall total line', () => {
    const html = renderToStaticMarkup(
      createElement(LoadReport, {
        files,
        demoRowsRemoved: 0,
        saved: true,
        savable: true,
        totals: sumReports(files),
        onChangeColumns: () => undefined,
      }),
    );
    const text = html.replace(/<[^>]+>/g, ' ').replaceAll('&quot;', '"');
    for (const reason of Object.values(expected)) {
      expect(text).toContain(ROW_REASONS[reason]);
      expect(text).not.toContain(reason);
    }
    expect(text).toContain('Set aside: 1 row.');
    expect(text).toContain('Flagged: 1 row.');
    // 3 rows in the wrong-columns file, 2 in the bad-month file (one set aside), 2 in the swapped file.
    expect(text).toMatch(/3 files: 7 rows read · 5 stored · 5 mapped · 2 set aside · 0 files declined/);
    expect(html.indexOf('load-total')).toBeLessThan(html.indexOf('file-report'));
  });

  it('grip ingest prints the sentences, never the codes', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'grip-cli-'));
    try {
      const args = ['scripts/grip-cli.ts', 'ingest', ...fixtures.map((name) => fixturePath(`bad/${name}`))];
      const out = execFileSync(
        path.join(root, 'node_modules/.bin/tsx'),
        args.map((a, i) => (i === 0 ? path.join(root, a) : a)),
        {
          cwd,
          encoding: 'utf8',
        },
      );
      for (const reason of Object.values(expected)) {
        expect(out).toContain(ROW_REASONS[reason]);
        expect(out).not.toContain(reason);
      }
      expect(out).toContain('2 set aside; 0 files declined');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the README', () => {
  const START = '<!-- set-aside-reasons:start -->';
  const END = '<!-- set-aside-reasons:end -->';
  const cells = (markdown: string) =>
    markdown
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|[-| :]+\|$/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );

  it('has the "Set-aside reasons" table, matching the code table (REGEN=1 rewrites it)', () => {
    const readmePath = path.join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toContain('### Set-aside reasons');
    const [before, rest] = readme.split(START);
    const [inReadme, after] = rest.split(END);
    if (process.env.REGEN) writeFileSync(readmePath, `${before}${START}\n${rowReasonsMarkdown()}\n${END}${after}`);
    else expect(cells(inReadme)).toEqual(cells(rowReasonsMarkdown()));
    expect(cells(rowReasonsMarkdown())).toHaveLength(codes.length + 1);
  });
});
