/**
 * The shapes the core hands out. The IPC contract and the renderer use these
 * very types, so a column added here shows up everywhere it matters.
 * Offsets are UTF-16 code units into the document text.
 */
export const DOCUMENT_STATUSES = ['todo', 'in_progress', 'done'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface Label {
  id: number;
  name: string;
  /** `#rrggbb`, lower case. */
  color: string;
  /** A single character, or null when the label has no hotkey. */
  hotkey: string | null;
  position: number;
}

export interface DocumentSummary {
  id: number;
  externalId: string;
  title: string;
  published: string | null;
  status: DocumentStatus;
  annotationCount: number;
}

export interface DocumentRecord {
  id: number;
  externalId: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  textSha256: string;
  meta: Record<string, unknown>;
  status: DocumentStatus;
  createdAt: string;
  updatedAt: string;
}

export interface Annotation {
  id: number;
  documentId: number;
  labelId: number;
  start: number;
  end: number;
  annotator: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * An annotation as the editor draws and lists it. An open document sends
 * thousands of these to the window, so not the bookkeeping (document id,
 * timestamps) the window never shows: a third of the size.
 */
export type AnnotationView = Pick<Annotation, 'id' | 'labelId' | 'start' | 'end' | 'annotator'>;

export interface CorpusStats {
  documents: Record<DocumentStatus, number> & { total: number };
  annotations: { total: number; byLabel: { labelId: number; label: string; count: number }[] };
}
