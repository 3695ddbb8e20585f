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
  /** The guideline text for the label, shown to annotators. */
  description: string;
}

/** The value types an attribute can have; one name has one type across the whole scheme. */
export const ATTRIBUTE_TYPES = ['choice', 'boolean', 'number', 'text', 'date'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];
export type AttributeValue = string | number | boolean;
/** The attribute values set on an annotation, by name (keys in name order). */
export type Attributes = Record<string, AttributeValue>;

export interface AttributeDef {
  id: number;
  labelId: number;
  name: string;
  type: AttributeType;
  /** The allowed values of a 'choice' attribute, in the order offered; empty for other types. */
  values: string[];
  required: boolean;
  /** Offered in the editor; never written on import or export. */
  default: AttributeValue | null;
  position: number;
}

export interface Role {
  id: number;
  name: string;
  hotkey: string | null;
  description: string;
  /** Whether an event may have more than one filler of this role. */
  many: boolean;
  required: boolean;
  /** The labels a relation of this role may start from (the event) and point to (the argument). */
  from: number[];
  to: number[];
  position: number;
}

/** A piece of a discontinuous annotation: UTF-16 offsets, like the annotation's own. */
export type Fragment = [start: number, end: number];

/** Where an annotation came from; null when unknown (e.g. imported without one). */
export const ORIGIN_KINDS = ['manual', 'suggestion', 'accepted'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];
export interface Origin {
  kind: OriginKind;
  /** The rule that suggested the span, for suggestions and accepted suggestions. */
  rule: string | null;
}

export interface DocumentSummary {
  id: number;
  externalId: string;
  title: string;
  published: string | null;
  status: DocumentStatus;
  annotationCount: number;
  /** The annotations per label (all layers), for the list's row; labels without any left out. */
  labelCounts: { labelId: number; count: number }[];
  note: string | null;
  flag: string | null;
  /** How many guideline warnings the document has (db/guidelines.ts): required roles and attributes missing. */
  warnings: number;
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
  /** What the list and the header call it: its title, or one derived from the text (text/title.ts). */
  headline: string;
  /** The database's own note and flag on the document (db/document-notes.ts). */
  note: string | null;
  flag: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The one flag the editor sets, on an annotation or a document (issue 22); imports may bring others. */
export const UNSURE_FLAG = 'unsure';

/** What the document list can be narrowed to besides status: documents with a flag or a note, their own or a span's. */
export const DOCUMENT_MARKS = ['flagged', 'noted'] as const;
export type DocumentMark = (typeof DOCUMENT_MARKS)[number];

export interface Annotation {
  id: number;
  /** The span id of the export: unique in its document across all layers, kept through export and import. */
  uid: string;
  documentId: number;
  labelId: number;
  /** For a discontinuous annotation, the extent: its first fragment's start to its last one's end. */
  start: number;
  end: number;
  annotator: string | null;
  attributes: Attributes;
  /** At least two, in order, not overlapping; null for a contiguous annotation. */
  fragments: Fragment[] | null;
  origin: Origin | null;
  note: string | null;
  flag: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A directed link typed by a role, from an event (head) to an argument (child) of the same document. */
export interface Relation {
  id: number;
  documentId: number;
  roleId: number;
  headId: number;
  childId: number;
  createdAt: string;
}

export type RelationView = Pick<Relation, 'id' | 'roleId' | 'headId' | 'childId'>;

/**
 * An annotation as the editor draws and lists it. An open document sends
 * thousands of these to the window, so not the bookkeeping (document id,
 * timestamps) the window never shows: a third of the size.
 */
export type AnnotationView = Pick<
  Annotation,
  | 'id'
  | 'uid'
  | 'labelId'
  | 'start'
  | 'end'
  | 'annotator'
  | 'attributes'
  | 'fragments'
  | 'origin'
  | 'note'
  | 'flag'
>;

export interface CorpusStats {
  documents: Record<DocumentStatus, number> & { total: number };
  annotations: { total: number; byLabel: { labelId: number; label: string; count: number }[] };
}
