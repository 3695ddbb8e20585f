/**
 * What an export of one layer cannot write: a relation whose one end is in
 * the layer and whose other is not (a span of the user's own layer linked to
 * an unattributed pre-annotation, say). The layer's file holds its spans
 * only, so the relation would point at nothing; it is left out and listed,
 * never dropped in silence.
 */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';
import { LossTally, type LossReport } from '../formats/losses.ts';
import type { PageFilter } from './export-pages.ts';
import { LOSS_KIND, lost } from '../formats/losses.ts';
import { say } from '../text/messages/say.ts';

interface LeftOutRow {
  document: string;
  head: string;
  child: string;
  role: string;
  outside: string | null;
}

/** What an export of `filter.layer` leaves out, added to `tally`; nothing without a layer. */
export function tallyLayerLosses(db: Db, filter: PageFilter, tally: LossTally): void {
  const { layer, status } = filter;
  if (layer === undefined) return;
  const rows = statement(
    db,
    `SELECT d.external_id AS document, h.uid AS head, c.uid AS child, r.name AS role,
            CASE WHEN h.annotator IS @layer THEN c.annotator ELSE h.annotator END AS outside
     FROM relations x
     JOIN annotations h ON h.id = x.head_id
     JOIN annotations c ON c.id = x.child_id
     JOIN roles r ON r.id = x.role_id
     JOIN documents d ON d.id = x.document_id
     LEFT JOIN document_layers dl ON dl.document_id = d.id AND dl.layer = @layer
     WHERE (h.annotator IS @layer) <> (c.annotator IS @layer)
       AND (@status IS NULL OR coalesce(dl.status, d.status) = @status)
     ORDER BY d.id, x.id`,
  ).iterate({ layer, status: status ?? null }) as IterableIterator<LeftOutRow>;
  for (const r of rows) {
    const text =
      r.outside === null
        ? say('losses.layer.unattributed', { layer })
        : say('losses.layer.otherLayer', { annotator: r.outside, layer });
    tally.add([lost(r.document, `${r.head} -${r.role}-> ${r.child}`, LOSS_KIND.outsideLayer, text)]);
  }
}

/** What an export of `filter.layer` in our JSONL leaves out (it holds everything else). */
export function layerLosses(db: Db, filter: PageFilter): LossReport {
  const tally = new LossTally();
  tallyLayerLosses(db, filter, tally);
  return tally.report();
}
