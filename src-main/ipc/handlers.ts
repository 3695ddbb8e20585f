import type { Method, RequestOf, ResponseOf } from './contract.ts';
import type { Services } from './services.ts';
import { AppError } from '../db/errors.ts';
import { getDocument, listDocuments } from '../db/documents.ts';
import { changeStatus } from '../db/status.ts';
import { markDocument } from '../db/document-notes.ts';
import { warningsFor } from '../db/guidelines.ts';
import { getReadingPlace, setReadingPlace } from '../db/place.ts';
import { createAnnotation, deleteAnnotation, historyDepth, updateAnnotation } from '../db/annotations.ts';
import { stepInWindow } from '../db/history.ts';
import { createRelation, deleteRelation, updateRelation } from '../db/relations.ts';
import { listLabels } from '../db/labels.ts';
import { createLabelChecked, updateLabelChecked } from '../scheme/edit-labels.ts';
import { schemeHandlers } from './handlers-scheme.ts';
import { agreementHandlers } from './handlers-agreement.ts';
import { teamHandlers } from './handlers-team.ts';
import { assertEditable, inOwnLayer, layerContent, readLayer } from '../db/layers.ts';
import { GOLD_LAYER } from '../db/annotator-name.ts';
import { getRelation } from '../db/relation-rows.ts';
import { suggestionHandlers } from './handlers-suggestions.ts';
import { searchHandlers } from './handlers-search.ts';
import { syncHandlers } from './handlers-sync.ts';
import { listOpenSuggestions } from '../db/suggestions.ts';
import { corpusStats } from '../db/stats.ts';
import { prepareDocumentSearch } from '../db/document-search.ts';
import { importPathsAsync } from '../corpus/import.ts';
import { exportToFile, type ExportOptions } from '../corpus/export.ts';
import { exportLayer } from '../corpus/export-layer.ts';
import { idToFileName } from '../text/file-name.ts';
import { exportInFormat } from '../formats/export-format.ts';
import { layerLosses } from '../corpus/layer-losses.ts';
import { foreignFormat, formatEntry } from '../formats/registry.ts';
import type { FormatName } from '../formats/types.ts';
import { say } from '../text/messages/say.ts';

export type Handlers = {
  [M in Method]: (request: RequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

/**
 * The handler table: one function per contract call, each a thin use of the
 * core. Payloads arrive already validated (see dispatch.ts).
 */
export function createHandlers(services: Services): Handlers {
  const { db } = services;
  /** The name this user's changes carry: read at each call, as it can change while the app runs. */
  const me = () => services.settings.annotator().name;
  /** What the editor edits of a document: gold while curating, else the user's own layer. */
  const editedLayer = (documentId: number, layer: typeof GOLD_LAYER | undefined) => {
    const mine = me();
    return layer === GOLD_LAYER
      ? readLayer(db, documentId, GOLD_LAYER)
      : layerContent(db, documentId, (a) => inOwnLayer(a, mine));
  };
  /** Refuses changes to another annotator's layer, which the editor only shows. */
  const editable = (...ids: number[]) => ids.forEach((id) => assertEditable(db, id, me()));
  // An import holds one long transaction; writes from the editor meanwhile
  // would land inside it and vanish if it rolls back, so they wait.
  let importing = false;
  const writing = <T>(fn: () => T): T => {
    if (importing) throw new AppError('BUSY', say('refusals.busy.importing'));
    return fn();
  };

  return {
    'documents.list': (r) => listDocuments(db, r),
    'documents.get': (r) => {
      const document = getDocument(db, r.id);
      // Suggestions are the user's to accept into their own layer, not the curator's.
      const suggestions = r.layer === GOLD_LAYER ? [] : listOpenSuggestions(db, r.id);
      return {
        document,
        ...editedLayer(r.id, r.layer),
        history: historyDepth(db, r.id, r.layer ?? null),
        suggestions,
      };
    },
    'documents.setStatus': (r) => writing(() => changeStatus(db, r.id, r.status, me())),
    'documents.mark': ({ id, ...change }) => writing(() => markDocument(db, id, change, me())),
    // The warnings of the layer the editor shows: another annotator's are not this user's to fix.
    'documents.warnings': (r) => {
      const ids = new Set(editedLayer(r.documentId, r.layer).annotations.map((a) => a.id));
      return warningsFor(db, r.documentId).filter((w) => ids.has(w.annotationId));
    },
    'annotations.create': ({ layer, ...r }) =>
      writing(() => createAnnotation(db, { ...r, annotator: layer ?? me() })),
    'annotations.update': ({ id, ...changes }) =>
      writing(() => {
        editable(id);
        return updateAnnotation(db, id, changes);
      }),
    'annotations.delete': (r) =>
      writing(() => {
        editable(r.id);
        return deleteAnnotation(db, r.id);
      }),
    'relations.create': (r) =>
      writing(() => {
        editable(r.headId, r.childId);
        return createRelation(db, r);
      }),
    'relations.update': ({ id, ...changes }) =>
      writing(() => {
        editable(getRelation(db, id).headId);
        return updateRelation(db, id, changes);
      }),
    'relations.delete': (r) =>
      writing(() => {
        editable(getRelation(db, r.id).headId);
        return deleteRelation(db, r.id);
      }),
    'history.undo': (r) => writing(() => stepInWindow(db, r.documentId, 'undo', r.layer ?? null)),
    'history.redo': (r) => writing(() => stepInWindow(db, r.documentId, 'redo', r.layer ?? null)),
    'labels.list': () => listLabels(db),
    'labels.create': (r) => writing(() => createLabelChecked(db, r)),
    'labels.update': ({ id, ...changes }) => writing(() => updateLabelChecked(db, id, changes)),
    'corpus.import': async (r) => {
      const paths = await pickImportPaths(services, r.from);
      if (paths === null) return { cancelled: true };
      if (importing) throw new AppError('BUSY', say('refusals.busy.anotherImport'));
      importing = true;
      try {
        return await importPathsAsync(db, paths, {
          skipInvalid: r.skipInvalid,
          createLabels: r.createLabels,
          format: r.format,
          onProgress: (p) => services.emit('corpus.progress', p),
        });
      } finally {
        importing = false;
        // The filter's index takes in the new documents now rather than on the next keystroke.
        void prepareDocumentSearch(db);
      }
    },
    'corpus.export': (r) =>
      exportCorpusAs(services, r.format, { status: r.status, suggestions: r.suggestions, layer: r.layer }),
    'corpus.stats': () => corpusStats(db),
    'place.get': () => getReadingPlace(db),
    'place.set': (r) => writing(() => setReadingPlace(db, r)),
    // The menu is the main thread's, which answers this call itself (app/menu-language.ts);
    // the database thread, reached only where there is no menu (the browser harness), has nothing to do.
    'app.language': () => null,
    ...schemeHandlers(services, writing),
    ...agreementHandlers(services),
    ...teamHandlers(services, writing),
    ...suggestionHandlers(services, writing),
    ...searchHandlers(services, writing),
    ...syncHandlers(services, writing),
  };
}

/** The export dialog's save: our JSONL, or another tool's format with its losses. */
async function exportCorpusAs(services: Services, format: FormatName, asked: ExportOptions) {
  const { status } = asked;
  const options = { ...asked, layer: exportLayer(services.db, asked.layer) };
  const { layer } = options;
  const foreign = format === 'jsonl' ? undefined : foreignFormat(format);
  const entry = foreign && formatEntry(foreign);
  if (format !== 'jsonl' && !entry)
    throw new AppError('VALIDATION', say('refusals.formatUnavailable', { format }));
  const ext = entry ? (entry.folder ? '' : (entry.extensions[0] ?? '')) : '.jsonl';
  const name = `corpus${layer ? `-${idToFileName(layer)}` : ''}${status ? `-${status}` : ''}-${new Date().toISOString().slice(0, 10)}`;
  const suggested = `${name}${entry ? `-${format}` : ''}${ext}`;
  const type = entry ? { name: format, extensions: ext ? [ext.slice(1)] : [] } : undefined;
  const path = await services.dialogs.pickExportPath(suggested, 'corpus', type);
  if (path === null) return { cancelled: true as const };
  if (!entry || !foreign) {
    const summary = await exportToFile(services.db, path, options);
    return { ...summary, path, format, losses: layerLosses(services.db, options) };
  }
  const { summary, losses } = await exportInFormat(services.db, foreign, path, options);
  return { ...summary, path, format, losses };
}

async function pickImportPaths(
  services: Services,
  from: RequestOf<'corpus.import'>['from'],
): Promise<string[] | null> {
  if (from === 'samples') return [services.samplesDir];
  if (from === 'folder') {
    const folder = await services.dialogs.pickImportFolder();
    return folder === null ? null : [folder];
  }
  const files = await services.dialogs.pickImportFiles();
  return files === null || files.length === 0 ? null : files;
}
