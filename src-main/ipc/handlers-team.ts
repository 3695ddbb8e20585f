import { GOLD_LAYER } from '../db/annotator-name.ts';
import { curationList } from '../db/curation-items.ts';
import { acceptAgreed, acceptCurationItem, rejectCurationItem } from '../db/curation.ts';
import { layerStatus, listLayers, readLayer, setLayerStatus } from '../db/layers.ts';
import { listCorpusLayers } from '../db/layer-rows.ts';
import type { Db } from '../db/connection.ts';
import type { CurationList } from '../db/curation-items.ts';
import type { CurationView, TeamResponses } from './contract-team.ts';
import type { Handlers } from './handlers.ts';
import type { Services } from './services.ts';

const withStatus = (db: Db, documentId: number, list: CurationList): CurationView => ({
  ...list,
  status: layerStatus(db, documentId, GOLD_LAYER),
});

/** The team workflow's part of the handler table; `writing` holds writes back while a corpus import runs. */
export function teamHandlers(
  services: Services,
  writing: <T>(fn: () => T) => T,
): Pick<Handlers, keyof TeamResponses> {
  const { db, settings } = services;
  return {
    'settings.get': () => settings.annotator(),
    'settings.setAnnotator': (r) => settings.setAnnotator(r.name),
    'layers.list': (r) => listLayers(db, r.documentId),
    'layers.corpus': () => listCorpusLayers(db),
    'layers.get': (r) => readLayer(db, r.documentId, r.layer),
    'curation.list': (r) => withStatus(db, r.documentId, curationList(db, r.documentId)),
    'curation.accept': (r) =>
      writing(() => withStatus(db, r.documentId, acceptCurationItem(db, r.documentId, r.key, r.from))),
    'curation.reject': (r) =>
      writing(() => withStatus(db, r.documentId, rejectCurationItem(db, r.documentId, r.key))),
    'curation.acceptAgreed': (r) =>
      writing(() => {
        const { accepted, list } = acceptAgreed(db, r.documentId);
        return { ...withStatus(db, r.documentId, list), accepted };
      }),
    'curation.setStatus': (r) =>
      writing(() => {
        setLayerStatus(db, r.documentId, GOLD_LAYER, r.status);
        return withStatus(db, r.documentId, curationList(db, r.documentId));
      }),
  };
}
