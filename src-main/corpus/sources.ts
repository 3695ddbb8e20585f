import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { detectJson, detectJsonl } from '../formats/detect.ts';
import { formatEntry } from '../formats/registry.ts';
import type { FormatName } from '../formats/types.ts';
import { english, type MainText, say } from '../text/messages/say.ts';

/** Our JSONL, a `.txt` article, another tool's format (src-main/formats/), or another annotator's database. */
export type Format = FormatName | 'txt' | 'db';

export interface SourceFile {
  path: string;
  format: Format;
}

export interface SkippedFile {
  path: string;
  reason: string;
  /** The reason as data, for the window's language (absent where only English exists). */
  text?: MainText | undefined;
}

/** A file not read, and why, composed from the catalogue. */
export const skippedFile = (path: string, text: MainText): SkippedFile => ({
  path,
  reason: english(text),
  text,
});

/** Without --format: the extensions read, and the one format each means (`.jsonl` is looked into). */
const FORMATS: Record<string, Format> = {
  '.jsonl': 'jsonl',
  '.txt': 'txt',
  '.json': 'labelstudio',
  '.conll': 'conll2002',
  '.db': 'db',
};
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/**
 * The format to read `path` in: the one asked for (--format) when the file
 * is one of that format's, otherwise by its extension and, for `.jsonl`,
 * by its first record. Undefined for a file that is none of those; a
 * SourceError for a `.jsonl` that could be more than one.
 */
function formatOf(path: string, asked: FormatName | undefined): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (asked !== undefined && asked !== 'jsonl') {
    const entry = formatEntry(asked);
    return entry?.extensions.includes(ext) ? asked : undefined;
  }
  if (asked === 'jsonl') return ext === '.jsonl' ? 'jsonl' : ext === '.txt' ? 'txt' : undefined;
  const format = FORMATS[ext];
  if (format !== 'jsonl' && format !== 'labelstudio') return format;
  const found = format === 'jsonl' ? detectJsonl(path) : detectJson(path);
  if ('problem' in found) throw new SourceError(path, found.problem);
  return found.format;
}

/** Why a file is not read: the extensions the import reads, with --format or without. */
function unsupported(asked: FormatName | undefined): MainText {
  if (asked === undefined || asked === 'jsonl')
    return say('records.skipped.unsupported', { extensions: SUPPORTED_EXTENSIONS.join(', ') });
  return say('records.skipped.notOfFormat', {
    format: asked,
    extensions: formatEntry(asked)?.extensions.join(', ') ?? '',
  });
}

function walk(dir: string, files: SourceFile[], skipped: SkippedFile[], asked: FormatName | undefined): void {
  // Sorted, so that a folder imports in the same order on every machine.
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Hidden files (.DS_Store, editor swap files) are never documents.
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) walk(path, files, skipped, asked);
    else if (entry.isFile()) {
      let format: Format | undefined;
      try {
        format = formatOf(path, asked);
      } catch (e) {
        // Inside a folder a file that cannot be told is reported, as other unread files are.
        if (!(e instanceof SourceError)) throw e;
        skipped.push(e.reason);
        continue;
      }
      // A database is merged only when named: a folder may hold the corpus's own database or its backups.
      if (format === 'db') skipped.push(skippedFile(path, say('records.skipped.databaseInFolder')));
      else if (format) files.push({ path, format });
      else if (!isCompanion(path, asked)) skipped.push(skippedFile(path, unsupported(asked)));
    } else {
      // Links are not followed (a link to a parent folder would never end); say so rather than skip silently.
      skipped.push(skippedFile(path, say('records.skipped.notRegular')));
    }
  }
}

/**
 * Expands the paths a user named into the files to import. A named file of
 * an unknown type is an error; inside a folder such files are only reported.
 */
export function collectSources(
  paths: readonly string[],
  asked?: FormatName,
): { files: SourceFile[]; skipped: SkippedFile[] } {
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new SourceError(path, say('records.skipped.noSuchFile'));
    }
    if (isDir) {
      walk(path, files, skipped, asked);
      continue;
    }
    const format = formatOf(path, asked);
    if (!format) throw new SourceError(path, unsupported(asked));
    files.push({ path, format });
  }
  return { files, skipped };
}

/** A file read along with another (brat's `.ann` beside its `.txt`): not a skipped file. */
function isCompanion(path: string, asked: FormatName | undefined): boolean {
  if (asked === undefined || asked === 'jsonl') return false;
  return formatEntry(asked)?.companions?.includes(extname(path).toLowerCase()) ?? false;
}

export class SourceError extends Error {
  readonly path: string;
  /** The whole message as data. */
  readonly text: MainText;
  /** The file and why, as a skipped file of a folder reports it. */
  readonly reason: SkippedFile;
  constructor(path: string, reason: MainText) {
    const text = say('records.atPath', { path, reason });
    super(english(text));
    this.path = path;
    this.text = text;
    this.reason = skippedFile(path, reason);
  }
}
