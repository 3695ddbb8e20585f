/**
 * The one definition of every call between renderer and main.
 *
 * Request schemas validate every payload at runtime on the main side; their
 * inferred types, together with `Responses`, type the handler table, the
 * preload bridge and the renderer. Nothing else declares a call.
 */
import { z } from 'zod';
import {
  DOCUMENT_MARKS,
  DOCUMENT_STATUSES,
  type Annotation,
  type AnnotationView,
  type CorpusStats,
  type DocumentRecord,
  type DocumentSummary,
  type Label,
  type Relation,
  type RelationView,
} from '../db/model.ts';
import type { WindowStep } from '../db/history.ts';
import type { DocumentPage } from '../db/documents.ts';
import type { GuidelineWarning } from '../db/guidelines.ts';
import type { ReadingPlace } from '../db/place.ts';
import type { ErrorCode } from '../db/errors.ts';
import type { ExportSummary, ImportProgress, ImportReport } from '../corpus/report.ts';
import type { LossReport } from '../formats/losses.ts';
import { FORMAT_NAMES, type FormatName } from '../formats/types.ts';
import { LANGUAGES } from '../text/languages.ts';
import {
  schemeColor as color,
  schemeDescription as description,
  schemeHotkey as hotkey,
  schemeName as labelName,
  schemeRequests,
  type SchemeResponses,
} from './contract-scheme.ts';
import { agreementRequests, type AgreementResponses } from './contract-agreement.ts';
import { editLayer as layer, teamRequests, type TeamResponses } from './contract-team.ts';
import { suggestionRequests, type SuggestionResponses } from './contract-suggestions.ts';
import { searchRequests, type SearchResponses } from './contract-search.ts';
import { syncRequests, type SyncResponses } from './contract-sync.ts';
import type { Suggestion } from '../db/suggestion-rows.ts';
import type { MainText } from '../text/messages/say.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const offset = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);
const status = z.enum(DOCUMENT_STATUSES);

/** A fragment of a discontinuous annotation: [start, end] in UTF-16 units. */
const fragments = z
  .array(z.tuple([offset, offset]))
  .min(2)
  .max(10_000);
const attributeName = z.string().min(1).max(64);
const note = z.string().max(10_000);
const flag = z.string().min(1).max(64);
const attributeValue = z.union([z.string().max(10_000), z.number(), z.boolean()]);

/** Where an import's files come from: a native dialog in main, or the bundled samples. */
export const IMPORT_SOURCES = ['files', 'folder', 'samples'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const requests = {
  'documents.list': z.strictObject({
    search: z.string().max(200).optional(),
    status: status.optional(),
    mark: z.enum(DOCUMENT_MARKS).optional(),
    offset: offset.default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  'documents.get': z.strictObject({ id, layer }),
  'documents.setStatus': z.strictObject({ id, status }),
  /** The document's own note and flag: a value sets it, null clears it, left out leaves it. */
  'documents.mark': z
    .strictObject({ id, note: note.nullable().optional(), flag: flag.nullable().optional() })
    .refine((r) => r.note !== undefined || r.flag !== undefined, { message: 'nothing to change' }),
  'documents.warnings': z.strictObject({ documentId: id, layer }),
  'annotations.create': z
    .strictObject({
      documentId: id,
      labelId: id,
      /** With fragments: their extent. */
      start: offset,
      end: offset,
      fragments: fragments.optional(),
      attributes: z.record(attributeName, attributeValue).optional(),
      layer,
    })
    .refine((r) => r.start < r.end, { message: 'start must be less than end' }),
  'annotations.update': z
    .strictObject({
      id,
      labelId: id.optional(),
      start: offset.optional(),
      end: offset.optional(),
      /** A value sets an attribute, null unsets it; attributes not named stay as they are. */
      attributes: z.record(attributeName, attributeValue.nullable()).optional(),
      /** New fragments (start and end become their extent), or null for one stretch of text. */
      fragments: fragments.nullable().optional(),
      note: note.nullable().optional(),
      flag: flag.nullable().optional(),
    })
    .refine((r) => Object.entries(r).some(([k, v]) => k !== 'id' && v !== undefined), {
      message: 'nothing to change',
    }),
  'annotations.delete': z.strictObject({ id }),
  'relations.create': z.strictObject({ roleId: id, headId: id, childId: id }),
  'relations.update': z
    .strictObject({ id, roleId: id.optional(), childId: id.optional() })
    .refine((r) => r.roleId !== undefined || r.childId !== undefined, { message: 'nothing to change' }),
  'relations.delete': z.strictObject({ id }),
  'history.undo': z.strictObject({ documentId: id, layer }),
  'history.redo': z.strictObject({ documentId: id, layer }),
  'labels.list': z.strictObject({}),
  'labels.create': z.strictObject({
    name: labelName,
    color: color.optional(),
    hotkey: hotkey.optional(),
    description: description.optional(),
  }),
  'labels.update': z.strictObject({
    id,
    name: labelName.optional(),
    color: color.optional(),
    hotkey: hotkey.optional(),
    description: description.optional(),
  }),
  'corpus.import': z.strictObject({
    from: z.enum(IMPORT_SOURCES),
    skipInvalid: z.boolean().default(false),
    createLabels: z.boolean().default(false),
    /** Read every file in this format; without it, by extension and content. */
    format: z.enum(FORMAT_NAMES).optional(),
  }),
  'corpus.export': z.strictObject({
    status: status.optional(),
    /** One layer (an annotator's name or gold); every layer without it or with `all`. */
    layer: z.string().min(1).max(128).optional(),
    format: z.enum(FORMAT_NAMES).default('jsonl'),
    /** Open suggestions too, as spans with origin `suggestion` (the CLI's --suggestions include). */
    suggestions: z.boolean().default(false),
  }),
  'corpus.stats': z.strictObject({}),
  'place.get': z.strictObject({}),
  'place.set': z.strictObject({ documentId: id, offset }),
  /** The window's interface language: the main process builds its menu in it (app/menu-language.ts). */
  'app.language': z.strictObject({ language: z.enum(LANGUAGES) }),
  ...schemeRequests,
  ...agreementRequests,
  ...teamRequests,
  ...suggestionRequests,
  ...searchRequests,
  ...syncRequests,
};

export type Method = keyof typeof requests;

export type { DocumentPage };

export interface OpenedDocument {
  document: DocumentRecord;
  annotations: AnnotationView[];
  relations: RelationView[];
  history: { undo: number; redo: number };
  /** The open suggestions, in reading order. */
  suggestions: Suggestion[];
}

export type Cancellable<T> = T | { cancelled: true };

export interface Responses
  extends
    SchemeResponses,
    AgreementResponses,
    TeamResponses,
    SuggestionResponses,
    SearchResponses,
    SyncResponses {
  'documents.list': DocumentPage;
  'documents.get': OpenedDocument;
  'documents.setStatus': DocumentSummary;
  'documents.mark': DocumentRecord;
  'documents.warnings': GuidelineWarning[];
  'annotations.create': Annotation;
  'annotations.update': Annotation;
  'annotations.delete': Annotation;
  'relations.create': Relation;
  'relations.update': Relation;
  'relations.delete': Relation;
  'history.undo': WindowStep;
  'history.redo': WindowStep;
  'labels.list': Label[];
  'labels.create': Label;
  'labels.update': Label;
  'corpus.import': Cancellable<ImportReport>;
  'corpus.export': Cancellable<ExportSummary & { path: string; format: FormatName; losses: LossReport }>;
  'corpus.stats': CorpusStats;
  'place.get': ReadingPlace | null;
  'place.set': ReadingPlace;
  'app.language': null;
}

// Fails to compile when a call has a schema but no response type, or the reverse.
const _sameCalls: Record<keyof Responses, unknown> = requests;
void _sameCalls;

/** What the renderer sends (defaults may be left out). */
export type RequestInput<M extends Method> = z.input<(typeof requests)[M]>;
/** What a handler receives, after validation and defaults. */
export type RequestOf<M extends Method> = z.output<(typeof requests)[M]>;
export type ResponseOf<M extends Method> = Responses[M];

/** What the user chooses for an import besides where from. */
export type ImportChoices = Omit<RequestOf<'corpus.import'>, 'from'>;

/**
 * A refusal: its code, main's English `message` (the CLI's and older callers'),
 * and where main composed it from the catalogue, `text` for the window's language.
 */
export interface ReplyError {
  code: ErrorCode;
  message: string;
  text?: MainText | undefined;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

/**
 * What the window accepts as `text`: a catalogue id and parameters, nested
 * sentences included. Anything else (an older database thread) is ignored and
 * the English message is shown.
 */
export const mainTextSchema: z.ZodType<MainText> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    params: z.record(z.string(), z.union([z.string(), z.number(), mainTextSchema])).optional(),
  }),
);

/** How far the texts' search index is: documents not in it yet, of all. */
export interface IndexingProgress {
  unindexed: number;
  total: number;
  percent: number;
}

/** Events main pushes to the renderer. */
export interface Events {
  'corpus.progress': ImportProgress;
  /** The texts' index being filled after an import (backend/text-indexer.ts); unindexed 0 when done. */
  'search.indexing': IndexingProgress;
  'menu.command': { command: MenuCommand };
}
export type EventName = keyof Events;

export const MENU_COMMANDS = [
  'import-files',
  'import-folder',
  'export',
  'undo',
  'redo',
  'toggle-theme',
  'scheme',
  'agreement',
  'shortcuts',
  'about',
  'annotator-name',
  'toggle-layers',
  'curate',
  'suggestion-next',
  'suggestion-previous',
  'suggestion-accept',
  'suggestion-reject',
  'suggestions-accept-all',
  'mentions',
  'find',
  'find-corpus',
  'filter-documents',
  'team-settings',
  'sync-now',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const methods = Object.keys(requests) as Method[];

export const channelOf = (method: Method): string => `annotator:${method}`;
export const eventChannelOf = (event: EventName): string => `annotator-event:${event}`;

type Namespace = Method extends `${infer N}.${string}` ? N : never;

/** `window.annotator`: one function per call, grouped by namespace, plus event subscription. */
export type AnnotatorApi = {
  [N in Namespace]: {
    [M in Method as M extends `${N}.${infer Name}` ? Name : never]: (
      request: RequestInput<M>,
    ) => Promise<Reply<ResponseOf<M>>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};
