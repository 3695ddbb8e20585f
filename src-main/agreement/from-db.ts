/**
 * Agreement over a database: resolves the chosen annotators and labels
 * (refusing unknown ones by name, listing the ones that exist), then reads
 * and measures in one pass.
 */
import type { Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { defaultAnnotators, readAgreementDocuments, schemeLabels, usedLabels } from '../db/agreement-read.ts';
import { listCorpusLayers } from '../db/layer-rows.ts';
import { computeAgreement, type AgreementResult, type AgreementSelection } from './compute.ts';

export interface AgreementRequest {
  /** Layers to compare; every layer but gold when not given. */
  annotators?: readonly string[];
  /** Labels to measure; every label the chosen layers use when not given. */
  labels?: readonly string[];
}

const quoted = (names: readonly string[]): string =>
  names.length ? names.map((n) => `"${n}"`).join(', ') : 'none';

function refuseUnknown(kind: string, asked: readonly string[], known: readonly string[]): void {
  const unknown = asked.filter((n) => !known.includes(n));
  if (unknown.length)
    throw new AppError(
      'VALIDATION',
      `unknown ${kind}${unknown.length > 1 ? 's' : ''} ${quoted(unknown)}; the database has ${quoted(known)}`,
    );
}

export function resolveSelection(db: Db, request: AgreementRequest): AgreementSelection {
  const layers = listCorpusLayers(db);
  if (request.annotators) refuseUnknown('annotator', request.annotators, layers);
  const annotators = request.annotators ? [...new Set(request.annotators)] : defaultAnnotators(layers);
  if (annotators.length < 2)
    throw new AppError(
      'VALIDATION',
      `agreement needs two annotators or more; the database has ${quoted(defaultAnnotators(layers))}`,
    );
  if (request.labels) refuseUnknown('label', request.labels, schemeLabels(db));
  const labels = request.labels ? [...new Set(request.labels)] : usedLabels(db, annotators);
  return { annotators, labels };
}

export function agreementOf(db: Db, request: AgreementRequest): AgreementResult {
  const selection = resolveSelection(db, request);
  return computeAgreement(readAgreementDocuments(db, selection.annotators), selection);
}
