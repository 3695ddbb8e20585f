import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export type Format = 'jsonl' | 'txt';

export interface SourceFile {
  path: string;
  format: Format;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

const FORMATS: Record<string, Format> = { '.jsonl': 'jsonl', '.txt': 'txt' };
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

const formatOf = (path: string): Format | undefined => FORMATS[extname(path).toLowerCase()];

function walk(dir: string, files: SourceFile[], skipped: SkippedFile[]): void {
  // Sorted, so that a folder imports in the same order on every machine.
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Hidden files (.DS_Store, editor swap files) are never documents.
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) walk(path, files, skipped);
    else if (entry.isFile()) {
      const format = formatOf(path);
      if (format) files.push({ path, format });
      else skipped.push({ path, reason: `not a supported file type (${SUPPORTED_EXTENSIONS.join(', ')})` });
    } else {
      // Links are not followed (a link to a parent folder would never end); say so rather than skip silently.
      skipped.push({ path, reason: 'not a regular file or folder (links are not followed)' });
    }
  }
}

/**
 * Expands the paths a user named into the files to import. A named file of
 * an unknown type is an error; inside a folder such files are only reported.
 */
export function collectSources(paths: readonly string[]): { files: SourceFile[]; skipped: SkippedFile[] } {
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new SourceError(path, 'no such file or folder');
    }
    if (isDir) {
      walk(path, files, skipped);
      continue;
    }
    const format = formatOf(path);
    if (!format)
      throw new SourceError(path, `not a supported file type (${SUPPORTED_EXTENSIONS.join(', ')})`);
    files.push({ path, format });
  }
  return { files, skipped };
}

export class SourceError extends Error {
  readonly path: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
  }
}
