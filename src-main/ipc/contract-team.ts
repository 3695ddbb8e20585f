/**
 * The team workflow's calls (issue 20): the annotator's name, a document's
 * layers, and curation into the gold layer. Part of the one contract
 * (contract.ts spreads them into its `requests` and `Responses`).
 */
import { z } from 'zod';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../db/model.ts';
import type { CurationList } from '../db/curation-items.ts';
import type { LayerContent, LayerSummary } from '../db/layers.ts';
import type { AnnotatorSetting } from '../settings/settings.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** An item of the curation list, by its identity key (db/curation-items.ts). */
const itemKey = z.string().min(1).max(100_000);
/** A layer by name; null: the unattributed spans. Names are checked where they are chosen, not here. */
const layer = z.string().min(1).max(128).nullable();

/**
 * The layer the editor works on, in the calls it shares with the user's own
 * work (documents.get, annotations.create, history.undo/redo): the user's
 * own layer when left out, gold while curating.
 */
export const editLayer = z.literal('gold').optional();

export const teamRequests = {
  'settings.get': z.strictObject({}),
  /** annotatorNameProblem (db/annotator-name.ts) says why a name is refused. */
  'settings.setAnnotator': z.strictObject({ name: z.string().max(1000) }),
  'layers.list': z.strictObject({ documentId: id }),
  /** The named layers of the whole corpus (annotators and gold): what an export of one layer offers. */
  'layers.corpus': z.strictObject({}),
  'layers.get': z.strictObject({ documentId: id, layer }),
  'curation.list': z.strictObject({ documentId: id }),
  'curation.accept': z.strictObject({
    documentId: id,
    key: itemKey,
    /** Whose attributes the gold span takes; the first layer that has it when left out. */
    from: z.string().min(1).max(128).optional(),
  }),
  'curation.reject': z.strictObject({ documentId: id, key: itemKey }),
  'curation.acceptAgreed': z.strictObject({ documentId: id }),
  'curation.setStatus': z.strictObject({ documentId: id, status: z.enum(DOCUMENT_STATUSES) }),
};

/** The curation list with the document's curation status (its `gold` layer's). */
export type CurationView = CurationList & { status: DocumentStatus };

export interface TeamResponses {
  'settings.get': AnnotatorSetting;
  'settings.setAnnotator': AnnotatorSetting;
  'layers.list': LayerSummary[];
  'layers.corpus': string[];
  'layers.get': LayerContent;
  'curation.list': CurationView;
  'curation.accept': CurationView;
  'curation.reject': CurationView;
  'curation.acceptAgreed': CurationView & { accepted: number };
  'curation.setStatus': CurationView;
}
