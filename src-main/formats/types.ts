/**
 * The other tools' formats (issue 21) convert from and to our own JSONL
 * record: one document as `export` writes it and `import` reads it, offsets
 * in code points. A format never touches the database; the CLI and the app
 * run our export into a writer, or a reader's records into our import, so
 * every rule about what a corpus may hold stays in one place.
 */
import type { AttributeValue } from '../db/model.ts';
import type { MainText } from '../text/messages/say.ts';
import type { Utf8Builder } from './utf8-builder.ts';

export interface RecordFragment {
  start: number;
  end: number;
  text: string;
}

export interface RecordSpan {
  id: string;
  start: number;
  end: number;
  label: string;
  text: string;
  annotator: string | null;
  attributes: Record<string, AttributeValue>;
  /** Empty for a contiguous span. */
  fragments: RecordFragment[];
  origin: { kind: 'manual' | 'suggestion' | 'accepted'; rule: string | null } | null;
  note: string | null;
  flag: string | null;
}

export interface RecordRelation {
  head: string;
  child: string;
  label: string;
}

/** One document of our JSONL, every key present (README, "Data formats"). */
export interface CorpusRecord {
  id: string;
  text: string;
  meta: {
    date: string | null;
    source: string | null;
    status: 'todo' | 'in_progress' | 'done';
    /** The document's own note and flag. */
    note: string | null;
    flag: string | null;
    title: string | null;
    sha256: string;
    extra: Record<string, unknown>;
  };
  spans: RecordSpan[];
  relations: RecordRelation[];
}

/**
 * Something a format cannot hold, said once per thing lost: the document, the
 * span or relation id where there is one, and what happened to it ("nested
 * inside T1 (EVENT): CoNLL keeps the outermost span"). Summed by `kind` in the
 * loss report on stderr and in the app's dialog.
 */
export interface Loss {
  document: string;
  item: string | null;
  /** Short and stable, for counting: "nested span", "attribute", "fragments", "relation". */
  kind: string;
  message: string;
  /** The message as data, for the window's language (absent where only English exists). */
  text?: MainText | undefined;
  /** The kind as data, where the file names it (a Label Studio result type); else LOSS_KIND names it. */
  kindText?: MainText | undefined;
}

/** A piece of output: `path` relative to the output folder, or '' for the one output file. */
export interface Output {
  path: string;
  text: string;
}

/** The scheme as a writer may need it (brat's annotation.conf, label order for CoNLL's ties). */
export interface SchemeForFormats {
  labels: { name: string; attributes: { name: string; type: string; values: string[] }[] }[];
  roles: { name: string; from: string[]; to: string[] }[];
}

/** One output of a record written as bytes: `path` as in Output, `length` its bytes. */
export interface OutputBytes {
  path: string;
  length: number;
}

/** What a record written as bytes gave: its outputs, one after another, and its losses. */
export interface RecordBytes {
  files: OutputBytes[];
  losses: Loss[];
}

export interface FormatWriter {
  /** Written before the first record (a header, an opening bracket), if anything. */
  begin(scheme: SchemeForFormats): Output[];
  /** One document's output, and what the format could not hold of it. */
  record(record: CorpusRecord): { outputs: Output[]; losses: Loss[] };
  /**
   * The same written as UTF-8 straight into `out` (the bytes of record()'s
   * outputs, encoded): for a format whose output is many small pieces,
   * which as strings cost more to build and encode than the rest of the export.
   */
  recordInto?(record: CorpusRecord, out: Utf8Builder): RecordBytes;
  /**
   * Written between two records' outputs (Label Studio's comma between
   * tasks), if anything: a writer puts it between its own records; before
   * the first record of a page written by another writer, the export does.
   */
  between?: string;
  /** Written after the last record (a closing bracket, annotation.conf), if anything. */
  end(scheme: SchemeForFormats): Output[];
  /**
   * What end() needs to know of the records (brat: the values written per
   * attribute, in order). When pages of records are written by other
   * writers (export-page threads), the one that ends is given theirs.
   */
  valuesSeen?(): ValuesSeenList;
  addValuesSeen?(seen: ValuesSeenList): void;
}

/** Values written per attribute name, in the order first written. */
export type ValuesSeenList = [string, string[]][];

/** One input file: its path (for messages) and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/** A record read from a format, or why a part of the input could not be read (`file:line: reason`). */
export type ReadResult =
  | {
      kind: 'record';
      record: CorpusRecord;
      losses: Loss[];
      /** Where the record starts (`file:line`), for the import's messages; without it, the file's name. */
      where?: string;
    }
  | { kind: 'error'; where: string; reason: string; text?: MainText | undefined };

export interface FormatReader {
  /** Reads one file (or, for brat, one `.txt` with its `.ann`: the caller pairs them). */
  read(files: readonly InputFile[]): Iterable<ReadResult>;
}

export const FORMAT_NAMES = ['jsonl', 'brat', 'conll2002', 'doccano', 'labelstudio', 'prodigy'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
