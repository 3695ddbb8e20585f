/**
 * What a curator does with the curation list (curation-items.ts): accept an
 * item into the gold layer, reject it, accept everything all annotators
 * agree on. Gold edits are the gold layer's own undo steps (undo-stack.ts);
 * one command is one step, however many spans and relations it adds.
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import { GOLD_LAYER } from './annotator-name.ts';
import { createAnnotation } from './annotations.ts';
import { createRelation } from './relations.ts';
import { curationList, type CurationItem, type CurationList, type CurationSpan } from './curation-items.ts';
import { layerStatus, setLayerStatus } from './layers.ts';
import { statement } from './statements.ts';
import { asOneStep } from './undo-stack.ts';
import { say } from '../text/messages/say.ts';

function findItem(list: CurationList, key: string): CurationItem {
  const found = list.items.find((i) => i.key === key);
  if (!found) throw new AppError('NOT_FOUND', say('refusals.curation.gone'));
  return found;
}

/** Accepting into gold means curation has begun. */
function beginCuration(db: Db, documentId: number): void {
  if (layerStatus(db, documentId, GOLD_LAYER) === 'todo')
    setLayerStatus(db, documentId, GOLD_LAYER, 'in_progress');
}

function unreject(db: Db, documentId: number, key: string): void {
  statement(db, 'DELETE FROM curation_rejections WHERE document_id = ? AND item_key = ?').run(
    documentId,
    key,
  );
}

/** Puts a span into gold, with the attributes of `from` (default: the first layer that has it); its gold id. */
function acceptSpan(db: Db, documentId: number, span: CurationSpan, from?: string): number {
  if (span.goldId !== null) return span.goldId;
  const layer = from ?? span.layers[0];
  if (layer === undefined || !span.layers.includes(layer))
    throw new AppError(
      'VALIDATION',
      from === undefined
        ? say('refusals.curation.noSuchSpanNoAnnotator')
        : say('refusals.curation.noSuchSpan', { annotator: from }),
    );
  const created = createAnnotation(db, {
    documentId,
    labelId: span.labelId,
    start: span.start,
    end: span.end,
    fragments: span.fragments,
    attributes: span.attributes[layer] ?? {},
    annotator: GOLD_LAYER,
  });
  unreject(db, documentId, span.key);
  span.goldId = created.id;
  span.state = 'accepted';
  return created.id;
}

/** Puts an item into gold; a relation takes its two ends along when they are not in gold yet. */
function acceptItem(db: Db, documentId: number, list: CurationList, item: CurationItem, from?: string): void {
  if (item.state === 'accepted') throw new AppError('CONFLICT', say('refusals.curation.inGold'));
  if (item.kind === 'span') {
    acceptSpan(db, documentId, item, from);
    return;
  }
  const layer = from ?? item.layers[0];
  const end = (key: string) => {
    const span = findItem(list, key);
    if (span.kind !== 'span') throw new AppError('INTERNAL', `relation end ${key} is not a span`);
    // The end from the relation's own layer; an end of another layer's span (a cross-layer link) from its own.
    return acceptSpan(
      db,
      documentId,
      span,
      layer !== undefined && span.layers.includes(layer) ? layer : undefined,
    );
  };
  const created = createRelation(db, {
    roleId: item.roleId,
    headId: end(item.head),
    childId: end(item.child),
  });
  unreject(db, documentId, item.key);
  item.goldId = created.id;
  item.state = 'accepted';
}

/** Accepts one item (by its key) into gold, as one undo step; the list as it is after. */
export function acceptCurationItem(db: Db, documentId: number, key: string, from?: string): CurationList {
  return db.transaction(() =>
    asOneStep(db, () => {
      const list = curationList(db, documentId);
      acceptItem(db, documentId, list, findItem(list, key), from);
      beginCuration(db, documentId);
      return curationList(db, documentId);
    }),
  )();
}

/** Rejects an open item: it leaves the list of this document, for good (accepting it later brings it back). */
export function rejectCurationItem(db: Db, documentId: number, key: string): CurationList {
  return db.transaction(() => {
    const item = findItem(curationList(db, documentId), key);
    if (item.state === 'accepted') throw new AppError('CONFLICT', say('refusals.curation.deleteFromGold'));
    statement(db, 'INSERT OR IGNORE INTO curation_rejections (document_id, item_key) VALUES (?, ?)').run(
      documentId,
      key,
    );
    beginCuration(db, documentId);
    return curationList(db, documentId);
  })();
}

/**
 * Accepts every open item all annotator layers have (spans first, so the
 * relations find their ends), as one undo step. Says how many it accepted.
 */
export function acceptAgreed(db: Db, documentId: number): { accepted: number; list: CurationList } {
  return db.transaction(() =>
    asOneStep(db, () => {
      const list = curationList(db, documentId);
      const agreed = list.items.filter((i) => i.agreed && i.state === 'open');
      for (const item of agreed) acceptItem(db, documentId, list, item);
      if (agreed.length > 0) beginCuration(db, documentId);
      return { accepted: agreed.length, list: curationList(db, documentId) };
    }),
  )();
}
