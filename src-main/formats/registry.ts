/**
 * The other tools' formats by name: how to write one, read one, which file
 * names are theirs, and whether `--out` names a folder (brat) or a file.
 * Our own JSONL is not here: export and import handle it themselves.
 */
import { existsSync } from 'node:fs';
import { BratReader } from './brat/read.ts';
import { BratWriter } from './brat/write.ts';
import { conllReader } from './conll2002/reader.ts';
import { conllWriter } from './conll2002/writer.ts';
import { doccanoReader } from './doccano/reader.ts';
import { doccanoWriter } from './doccano/writer.ts';
import { labelStudioReader } from './labelstudio/reader.ts';
import { labelStudioWriter } from './labelstudio/writer.ts';
import { prodigyReader } from './prodigy/reader.ts';
import { prodigyWriter } from './prodigy/writer.ts';
import type { FormatName, FormatReader, FormatWriter, SchemeForFormats } from './types.ts';

export interface FormatEntry {
  writer: () => FormatWriter;
  /** A reader for one import; the scheme types what a format writes as plain text (brat's values). */
  reader: (scheme: SchemeForFormats) => FormatReader;
  /** File name endings (lower case, with the dot) an import reads in this format. */
  extensions: readonly string[];
  /** True when the export writes a folder of files rather than one file. */
  folder: boolean;
  /** Extensions of files read along with one of `extensions` (brat's `.ann`), not reported as skipped. */
  companions?: readonly string[];
  /** The files the reader gets for one input file (default: that file alone). */
  inputsFor?: (path: string) => string[];
  /**
   * True when any page of records can be written by a writer of its own (on
   * an export-page thread): a record's output depends on the record, the
   * scheme and whether it is its writer's first (`between`) alone, and end()
   * needs only valuesSeen(). begin() is written once, by the export's writer.
   */
  pages?: boolean;
}

export type ForeignFormat = Exclude<FormatName, 'jsonl'>;

export const FORMATS: Partial<Record<ForeignFormat, FormatEntry>> = {
  brat: {
    writer: () => new BratWriter(),
    reader: (scheme) => new BratReader(scheme),
    extensions: ['.txt'],
    companions: ['.ann', '.conf'],
    folder: true,
    pages: true,
    // A .txt without its .ann is a document without annotations.
    inputsFor: (txt) => {
      const ann = txt.replace(/\.txt$/i, '.ann');
      return existsSync(ann) ? [txt, ann] : [txt];
    },
  },
  conll2002: {
    writer: conllWriter,
    reader: () => conllReader(),
    extensions: ['.conll'],
    folder: false,
    pages: true,
  },
  doccano: {
    writer: doccanoWriter,
    reader: () => doccanoReader,
    extensions: ['.jsonl'],
    folder: false,
    pages: true,
  },
  labelstudio: {
    writer: labelStudioWriter,
    reader: () => labelStudioReader,
    extensions: ['.json'],
    folder: false,
    pages: true,
  },
  prodigy: {
    writer: prodigyWriter,
    reader: () => prodigyReader(),
    extensions: ['.jsonl'],
    folder: false,
    pages: true,
  },
};

/** The formats this build can export and import, ours first. */
export const AVAILABLE_FORMATS: readonly FormatName[] = [
  'jsonl',
  ...(Object.keys(FORMATS) as ForeignFormat[]),
];

export function formatEntry(name: string): FormatEntry | undefined {
  return Object.hasOwn(FORMATS, name) ? FORMATS[name as ForeignFormat] : undefined;
}

/** `name` as another tool's format this build has, or undefined. */
export function foreignFormat(name: string): ForeignFormat | undefined {
  return Object.hasOwn(FORMATS, name) ? (name as ForeignFormat) : undefined;
}
