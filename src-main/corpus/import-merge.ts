/**
 * How an import treats a record whose text the corpus already has (merge.ts
 * does the merging): the policy it merges by, and what it reports. A record
 * whose id names a document with another text is refused here.
 */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';
import type { ImportOptions } from './import.ts';
import type { MergeOutcome, MergePolicy } from './merge.ts';
import { RecordError } from './record-common.ts';
import type { DocumentDraft } from './record.ts';
import type { ImportReport } from './report.ts';
import { say } from '../text/messages/say.ts';

/** Where two texts first differ, in code points (what the user's tools count). */
function firstDifference(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** A record whose id names a document with another text: never merged into it, however small the difference. */
export function refuseChangedText(db: Db, externalId: string, text: string): void {
  const stored = statement(db, 'SELECT text FROM documents WHERE external_id = ?').pluck().get(externalId) as
    string | undefined;
  if (stored === undefined) return;
  throw new RecordError(
    say('records.textDiffers', { id: externalId, offset: firstDifference(stored, text) }),
  );
}

export function mergePolicy(options: ImportOptions, draft: DocumentDraft): MergePolicy {
  const fromPackage = draft.fromPackage === true;
  return {
    // A returned work package is its annotator's copy of their own layers: those replace.
    replace: (layer) => options.replaceLayers === true || (fromPackage && layer !== null),
    statusOf: (layer) => draft.layerStatus?.[layer] ?? draft.status,
    syncPresentStatus: fromPackage,
    statusLayers: Object.keys(draft.layerStatus ?? {}),
  };
}

export function reportMerge(
  report: ImportReport,
  { externalId, existingId }: { externalId: string; existingId: string },
  outcome: MergeOutcome,
  { file, line }: { file: string; line: number },
): void {
  for (const c of outcome.conflicts) report.conflicts.push({ file, line, existingId, ...c });
  if (outcome.added.length > 0 || outcome.replaced.length > 0) {
    report.merged.push({
      file,
      line,
      existingId,
      added: outcome.added,
      replaced: outcome.replaced,
      spans: outcome.spansAdded,
      renumbered: outcome.renumbered,
    });
    report.spans += outcome.spansAdded;
  } else if (outcome.conflicts.length === 0) {
    report.duplicates.push({ file, line, externalId, existingId, layers: outcome.present });
  }
}
