import type { Method, RequestOf, ResponseOf } from './contract.ts';
import type { Services } from './services.ts';
import { AppError } from '../db/errors.ts';
import { getDocument, listDocuments } from '../db/documents.ts';
import { changeStatus } from '../db/status.ts';
import { warningsFor } from '../db/guidelines.ts';
import { getReadingPlace, setReadingPlace } from '../db/place.ts';
import {
  createAnnotation,
  deleteAnnotation,
  historyDepth,
  listAnnotationViews,
  redo,
  undo,
  updateAnnotation,
} from '../db/annotations.ts';
import { createRelation, deleteRelation, listRelations, updateRelation } from '../db/relations.ts';
import { listLabels } from '../db/labels.ts';
import { createLabelChecked, updateLabelChecked } from '../scheme/edit-labels.ts';
import { schemeHandlers } from './handlers-scheme.ts';
import { suggestionHandlers } from './handlers-suggestions.ts';
import { listOpenSuggestions } from '../db/suggestions.ts';
import { corpusStats } from '../db/stats.ts';
import { prepareDocumentSearch } from '../db/document-search.ts';
import { importPathsAsync } from '../corpus/import.ts';
import { exportToFile, type ExportOptions } from '../corpus/export.ts';
import { exportInFormat } from '../formats/export-format.ts';
import { formatEntry } from '../formats/registry.ts';
import type { FormatName } from '../formats/types.ts';

export type Handlers = {
  [M in Method]: (request: RequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

/**
 * The handler table: one function per contract call, each a thin use of the
 * core. Payloads arrive already validated (see dispatch.ts).
 */
export function createHandlers(services: Services): Handlers {
  const { db } = services;
  // An import holds one long transaction; writes from the editor meanwhile
  // would land inside it and vanish if it rolls back, so they wait.
  let importing = false;
  const writing = <T>(fn: () => T): T => {
    if (importing) throw new AppError('BUSY', 'an import is running; try again when it has finished');
    return fn();
  };

  return {
    'documents.list': (r) => listDocuments(db, r),
    'documents.get': (r) => ({
      document: getDocument(db, r.id),
      annotations: listAnnotationViews(db, r.id),
      relations: listRelations(db, r.id),
      history: historyDepth(db, r.id),
      suggestions: listOpenSuggestions(db, r.id),
    }),
    'documents.setStatus': (r) => writing(() => changeStatus(db, r.id, r.status)),
    'documents.warnings': (r) => warningsFor(db, r.documentId),
    'annotations.create': (r) => writing(() => createAnnotation(db, { ...r, annotator: services.annotator })),
    'annotations.update': ({ id, ...changes }) => writing(() => updateAnnotation(db, id, changes)),
    'annotations.delete': (r) => writing(() => deleteAnnotation(db, r.id)),
    'relations.create': (r) => writing(() => createRelation(db, r)),
    'relations.update': ({ id, ...changes }) => writing(() => updateRelation(db, id, changes)),
    'relations.delete': (r) => writing(() => deleteRelation(db, r.id)),
    'history.undo': (r) => writing(() => undo(db, r.documentId)),
    'history.redo': (r) => writing(() => redo(db, r.documentId)),
    'labels.list': () => listLabels(db),
    'labels.create': (r) => writing(() => createLabelChecked(db, r)),
    'labels.update': ({ id, ...changes }) => writing(() => updateLabelChecked(db, id, changes)),
    'corpus.import': async (r) => {
      const paths = await pickImportPaths(services, r.from);
      if (paths === null) return { cancelled: true };
      if (importing) throw new AppError('BUSY', 'another import is running');
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
      exportCorpusAs(services, r.format, { status: r.status, suggestions: r.suggestions }),
    'corpus.stats': () => corpusStats(db),
    'place.get': () => getReadingPlace(db),
    'place.set': (r) => writing(() => setReadingPlace(db, r)),
    ...schemeHandlers(services, writing),
    ...suggestionHandlers(services, writing),
  };
}

/** The export dialog's save: our JSONL, or another tool's format with its losses. */
async function exportCorpusAs(services: Services, format: FormatName, options: ExportOptions) {
  const { status } = options;
  const entry = format === 'jsonl' ? undefined : formatEntry(format);
  if (format !== 'jsonl' && !entry)
    throw new AppError('VALIDATION', `${format} is not available in this build`);
  const ext = entry ? (entry.folder ? '' : (entry.extensions[0] ?? '')) : '.jsonl';
  const name = `corpus${status ? `-${status}` : ''}-${new Date().toISOString().slice(0, 10)}`;
  const suggested = `${name}${entry ? `-${format}` : ''}${ext}`;
  const type = entry ? { name: format, extensions: ext ? [ext.slice(1)] : [] } : undefined;
  const path = await services.dialogs.pickExportPath(suggested, 'corpus', type);
  if (path === null) return { cancelled: true as const };
  if (!entry) {
    const summary = await exportToFile(services.db, path, options);
    return { ...summary, path, format, losses: { counts: [], total: 0, listed: [] } };
  }
  const { summary, losses } = await exportInFormat(services.db, entry, path, options);
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
