import type { LossReport } from '../formats/losses.ts';
import type { MainText } from '../text/messages/say.ts';
import type { SkippedFile } from './sources.ts';

/** What an import tells the user. Shared by the CLI, the IPC reply and the UI. */
export interface ImportProblem {
  file: string;
  /** 1-based line for JSONL; 1 for a whole-file format. */
  line: number;
  reason: string;
  /** The reason as data, for the window's language (absent where only English exists). */
  text?: MainText | undefined;
}

export interface ImportDuplicate {
  file: string;
  line: number;
  /** The id the record would have had, and the document that already holds the same text. */
  externalId: string;
  existingId: string;
  /** The record's layers that the document already holds with the same annotations (empty: it brought none). */
  layers: (string | null)[];
}

/** Layers of a record merged into a document that already had its text (corpus/merge.ts). */
export interface ImportMerge {
  file: string;
  line: number;
  existingId: string;
  /** Layers added, and layers replaced on request; null is the unattributed layer. */
  added: (string | null)[];
  replaced: (string | null)[];
  spans: number;
  /** Span ids the document already used, and the ids the merged spans got instead. */
  renumbered: { from: string; to: string }[];
}

/** A layer the record and the document both have, with different annotations: not applied. */
export interface ImportConflict {
  file: string;
  line: number;
  existingId: string;
  layer: string | null;
  reason: string;
}

export interface ImportReport {
  files: number;
  /** Documents written (0 when `committed` is false). */
  imported: number;
  spans: number;
  duplicates: ImportDuplicate[];
  /** Documents whose text the corpus had, that gained layers. */
  merged: ImportMerge[];
  /** Layers not merged because the document holds other annotations in them. */
  conflicts: ImportConflict[];
  /** The bad records, the first `INVALID_LISTED` of them; with skip-invalid these were skipped, otherwise they stopped the import. */
  invalid: ImportProblem[];
  /** How many bad records there were, listed or not. */
  invalidTotal: number;
  createdLabels: string[];
  /** Attributes the import added to labels (`LABEL.name (type)`), with the option to create labels. */
  createdAttributes: string[];
  /** Roles the import created or let link more labels (`role (HEAD → CHILD)`). */
  createdRoles: string[];
  /** Files inside imported folders that were not read, with why. */
  skippedFiles: SkippedFile[];
  /** What another tool's file held that our records cannot (nothing for our own formats). */
  losses: LossReport;
  /** False when bad records stopped the import and nothing was written. */
  committed: boolean;
}

/** Bad records an import lists one by one: a million bad lines must not become a million-row reply. */
export const INVALID_LISTED = 1000;

export const formatProblem = (p: ImportProblem): string => `${p.file}:${p.line}: ${p.reason}`;

export interface ImportProgress {
  file: string;
  filesDone: number;
  filesTotal: number;
  /** Bytes read so far in the current file, and its size. */
  bytesDone: number;
  bytesTotal: number;
  documents: number;
}

export interface ExportSummary {
  documents: number;
  spans: number;
  bytes: number;
}
