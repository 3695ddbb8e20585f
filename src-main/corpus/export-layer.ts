/**
 * What `--layer` (and the export dialog's layer) may name: `all` (every
 * layer, as without it), `gold`, or an annotator the corpus holds. A name
 * the corpus has no layer of is refused rather than exported as documents
 * without spans.
 */
import type { Db } from '../db/connection.ts';
import { GOLD_LAYER } from '../db/annotator-name.ts';
import { AppError } from '../db/errors.ts';
import { listCorpusLayers } from '../db/layer-rows.ts';

export const ALL_LAYERS = 'all';

/** The layer to export, or undefined for every layer. */
export function exportLayer(db: Db, asked: string | undefined): string | undefined {
  if (asked === undefined || asked === ALL_LAYERS) return undefined;
  if (asked === GOLD_LAYER) return asked;
  const layers = listCorpusLayers(db);
  if (!layers.includes(asked)) {
    const known = layers.filter((l) => l !== GOLD_LAYER);
    throw new AppError(
      'VALIDATION',
      `the corpus has no layer "${asked}" (${known.length ? `layers: ${known.join(', ')}` : 'no annotator has a layer'}, gold, all)`,
    );
  }
  return asked;
}
