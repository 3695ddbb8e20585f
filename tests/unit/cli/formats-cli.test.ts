/**
 * `export --format` and `import --format` with the real CLI on real files:
 * the tools' own files import, and each format goes export → import into a
 * new database → export and comes back the same, with every loss the
 * format forced listed on stderr.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'formats');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXT = 'Rutte 😀 bezocht\nDen Haag.';
/** Nested spans, a relation, attributes, fragments, an emoji and a line break inside a span. */
const RICH = [
  {
    id: 'd1',
    text: TEXT,
    meta: { status: 'done', title: 'Bezoek' },
    spans: [
      {
        id: 'T1',
        start: 0,
        end: 5,
        label: 'PER',
        attributes: { role: 'pm', n: 3 },
        annotator: 'ann',
        note: 'n',
      },
      {
        id: 'T2',
        start: 8,
        end: 24,
        label: 'EVENT',
        fragments: [
          { start: 8, end: 15 },
          { start: 16, end: 24 },
        ],
      },
      { id: 'T3', start: 16, end: 24, label: 'LOC' },
    ],
    relations: [{ head: 'T2', child: 'T3', label: 'place' }],
  },
  { id: 'd2', text: 'Geen spans 🎉 hier.' },
];

function richCorpus(dir: string): string {
  const db = join(dir, 'a.db');
  expect(cli('import', writeJsonl(dir, 'in.jsonl', RICH), '--db', db, '--create-labels').code).toBe(0);
  return db;
}

/** Everything in a file or, for a folder format, every file of the folder. */
function contents(path: string): string {
  if (!statSync(path).isDirectory()) return readFileSync(path, 'utf8');
  return readdirSync(path)
    .sort()
    .map((name) => `== ${name}\n${readFileSync(join(path, name), 'utf8')}`)
    .join('\n');
}

describe.each([
  {
    format: 'doccano',
    file: 'out.jsonl',
    lost: '5 lost (2 attribute, 1 annotator, 1 note, 1 fragments)',
    detail: 'd1 T2: fragments: 2 fragments written as one',
    spans: 3,
    created: false,
  },
  {
    format: 'labelstudio',
    file: 'out.json',
    lost: '1 lost (1 fragments)',
    detail: 'd1 T2: fragments: 2 fragments written as one',
    spans: 3,
    created: false,
  },
  {
    format: 'brat',
    file: 'out-brat',
    lost: '4 lost (2 meta, 1 annotator, 1 line break)',
    detail: 'd1 T1: annotator: annotator "ann" is not written',
    spans: 3,
    created: true,
  },
  {
    format: 'conll2002',
    file: 'out.conll',
    lost: '9 lost (1 nested span, 1 fragments, 1 relation, 1 attribute, 1 span field, 2 document field, 2 text)',
    detail: 'd1 T3: nested span: T3 (LOC) is nested inside T2 (EVENT)',
    spans: 2,
    created: true,
  },
  {
    format: 'prodigy',
    file: 'out.jsonl',
    lost: '3 lost (1 fragments, 1 attribute, 1 span field)',
    detail: 'd1 T1: attribute: T1 (PER): attributes n, role not kept',
    spans: 3,
    created: true,
  },
])('$format through the CLI', ({ format, file, lost, detail, spans, created }) => {
  it('exports, imports into a new database and exports the same again, listing the losses', () => {
    const dir = tempDir();
    const db = richCorpus(dir);
    const first = join(dir, file);
    const out = cli('export', '--db', db, '--format', format, '--out', first);
    expect(out.code).toBe(0);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toBe(`exported 2 documents with 3 spans to ${first} as ${format}`);
    expect(lines[1]).toContain(`${format} could not hold everything: ${lost}`);
    expect(out.stderr).toContain(detail);

    const again = join(dir, 'b.db');
    const imported = cli('import', first, '--db', again, '--create-labels', '--format', format);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(new RegExp(`^imported 2 documents with ${spans} spans from \\d+ files?`));
    if (created) expect(imported.stdout).toContain('created label');
    const second = join(dir, `second-${file}`);
    expect(cli('export', '--db', again, '--format', format, '--out', second).code).toBe(0);
    expect(contents(second)).toBe(contents(first));
  });
});

/** The CLI's brat export of `db` into `out`, run under a shell limit (`ulimit -n 128`). */
const bratExportUnder = (limit: string, db: string, out: string) =>
  spawnSync(
    'bash',
    [
      '-c',
      `${limit} && exec "$0" "$@"`,
      process.execPath,
      CLI,
      'export',
      '--db',
      db,
      '--format',
      'brat',
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
describe('importing the tools’ own files', () => {
  it('imports doccano’s sequence labeling and relation examples', () => {
    const dir = tempDir();
    const db = join(dir, 'd.db');
    const r = cli(
      'import',
      join(FIXTURES, 'doccano', 'sequence_labeling.jsonl'),
      join(FIXTURES, 'doccano', 'relation_extraction.jsonl'),
      '--db',
      db,
      '--create-labels',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'imported 4 documents with 8 spans from 2 files; created labels ORG, MISC, PERSON, DATE; ' +
        'created roles foundedAt (ORG → DATE), foundedBy (ORG → PERSON)\n',
    );
    const exported = cli('export', '--db', db);
    expect(exported.stdout).toContain('"label":"PERSON","text":"Larry Page"');
    expect(exported.stdout).toContain('{"head":"0","child":"1","label":"foundedAt"}');
  });

  it('imports doccano’s pretty-printed example with --format, and refuses its line without text', () => {
    const dir = tempDir();
    const pretty = cli(
      'import',
      join(FIXTURES, 'doccano', 'relation_extraction_pretty.jsonl'),
      '--format',
      'doccano',
      '--db',
      join(dir, 'p.db'),
      '--create-labels',
    );
    expect(pretty.stdout).toMatch(/^imported 1 document with 4 spans/);
    const meta = join(FIXTURES, 'doccano', 'sequence_labeling_meta.jsonl');
    const refused = cli('import', meta, '--db', join(dir, 'm.db'), '--create-labels');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${meta}:3: "text" must be a string`);
    expect(existsSync(join(dir, 'm.db'))).toBe(false);
  });

  it('imports a Label Studio export’s texts and reports its image regions and predictions', () => {
    const dir = tempDir();
    const r = cli('import', join(FIXTURES, 'labelstudio', 'csv_test.json'), '--db', join(dir, 'l.db'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('imported 2 documents with 0 spans from 1 file\n');
    expect(r.stderr.split('\n')[0]).toBe(
      'not imported (our records have no place for it): 5 lost (3 rectanglelabels result, 2 prediction)',
    );
  });

  it('imports Label Studio’s named-entity example at its offsets, and names a task without id in its losses', () => {
    const dir = tempDir();
    const db = join(dir, 'n.db');
    const r = cli(
      'import',
      join(FIXTURES, 'labelstudio', 'named_entity-annotation.json'),
      '--db',
      db,
      '--create-labels',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('imported 1 document with 1 span from 1 file; created label Date\n');
    const [line] = cli('export', '--db', db).stdout.trim().split('\n');
    const record = JSON.parse(line ?? '{}') as {
      text: string;
      spans: { start: number; end: number; label: string }[];
    };
    expect(record.spans.map((s) => [s.label, record.text.slice(s.start, s.end)])).toEqual([
      ['Date', 'February 22'],
    ]);

    const predicted = cli(
      'import',
      join(FIXTURES, 'labelstudio', 'named_entity-tasks.json'),
      '--db',
      join(dir, 'p.db'),
    );
    expect(predicted.stdout).toBe('imported 1 document with 0 spans from 1 file\n');
    expect(predicted.stderr).toContain('task 1: prediction: 1 prediction not imported');
  });
});

describe('choosing the format', () => {
  it('refuses a .jsonl whose first record has keys of two formats, asking for --format', () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'x.jsonl', [{ text: 'a', label: [], tokens: [] }]);
    const r = cli('import', file, '--db', join(dir, 'x.db'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `annotator: ${file}: the first record has keys of doccano and prodigy (text, label, tokens); say which with --format\n`,
    );
  });

  it('refuses an unknown format and a format export without --out', () => {
    const dir = tempDir();
    const db = richCorpus(dir);
    expect(cli('export', '--db', db, '--format', 'doccano').stderr).toBe(
      'annotator: export --format doccano needs --out FILE\n',
    );
    expect(cli('import', 'x', '--db', db, '--format', 'csv').stderr).toMatch(
      /^annotator: --format must be one of jsonl, /,
    );
  });
});

describe('telling formats apart in a folder', () => {
  it('reads a Label Studio export and reports other JSON as not read', () => {
    const dir = tempDir();
    const folder = join(dir, 'in');
    mkdirSync(folder);
    copyFileSync(join(FIXTURES, 'labelstudio', 'csv_test.json'), join(folder, 'tasks.json'));
    writeFileSync(join(folder, 'scheme.json'), '{"labels": [], "roles": []}\n');
    const r = cli('import', folder, '--db', join(dir, 'f.db'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('imported 2 documents with 0 spans from 1 file; 1 file not read\n');
    expect(r.stderr).toContain(
      `${join(folder, 'scheme.json')}: skipped: not a Label Studio export (no tasks with "data"); for another format use --format`,
    );
  });
});

describe('a folder format with more documents than the process may hold files open', () => {
  it('exports every document to brat with at most 128 open files', () => {
    const dir = tempDir();
    const docs = Array.from({ length: 150 }, (_, i) => ({
      id: `doc-${i}`,
      text: `Rutte bezocht ${i} keer Den Haag.`,
      spans: [{ start: 0, end: 5, label: 'ACTOR' }],
    }));
    const jsonl = writeJsonl(dir, 'many.jsonl', docs);
    const db = join(dir, 'many.db');
    expect(cli('import', jsonl, '--db', db).code).toBe(0);
    const out = join(dir, 'brat');
    // Each document is two files: a sink that keeps them open runs out at 128.
    const r = bratExportUnder('ulimit -n 128', db, out);
    expect(r.stderr).not.toMatch(/EMFILE|too many open files/);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'doc-149.ann'), 'utf8')).toBe('T1\tACTOR 0 5\tRutte\n');
  });
});

describe('a folder export that fails part way', () => {
  it('says so, and leaves neither the folder nor its half-written files', () => {
    const dir = tempDir();
    // Document 100's text is larger than the file size limit below: its .txt cannot be written.
    const docs = Array.from({ length: 150 }, (_, i) => ({
      id: `doc-${i}`,
      text: i === 100 ? 'Rutte bezocht Den Haag. '.repeat(8000) : `Rutte bezocht ${i} keer Den Haag.`,
      spans: [{ start: 0, end: 5, label: 'ACTOR' }],
    }));
    const db = join(dir, 'many.db');
    expect(cli('import', writeJsonl(dir, 'many.jsonl', docs), '--db', db).code).toBe(0);
    const out = join(dir, 'brat');
    // Node ignores SIGXFSZ: a write past the limit fails with EFBIG instead of ending the process.
    const r = bratExportUnder('ulimit -f 96', db, out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot write .*brat/);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('tmp-export'))).toEqual([]);
  });
});
