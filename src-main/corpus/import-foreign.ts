/**
 * Another tool's file into the import: its reader's records go through the
 * same checks and writes as our JSONL records (parseJsonlRecord, then the
 * import's store), its errors are reported as ours are (`file:line: reason`),
 * and what the reader could not take into a record is tallied as losses.
 */
import { readFileSync } from 'node:fs';
import { formatEntry } from '../formats/registry.ts';
import type { CorpusRecord, FormatName, InputFile, Loss, SchemeForFormats } from '../formats/types.ts';
import { systemErrorText } from '../text/system-error.ts';
import { parseJsonlRecord, type DocumentDraft } from './record.ts';
import { english, type MainText, say } from '../text/messages/say.ts';

export type ForeignItem =
  | { kind: 'draft'; draft: () => DocumentDraft; file: string; line: number }
  | { kind: 'problem'; file: string; line: number; reason: string; text?: MainText | undefined }
  | { kind: 'losses'; losses: Loss[] };

/** `file:line` as the reader gave it, or the file alone (line 1). */
export function placeOf(where: string): { file: string; line: number } {
  const match = /^(.*):(\d+)$/.exec(where);
  return match?.[1] !== undefined ? { file: match[1], line: Number(match[2]) } : { file: where, line: 1 };
}

/** Our record as the JSONL parser takes it: an empty id means none was given. */
function asJsonValue(record: CorpusRecord): object {
  const { id, ...rest } = record;
  return id === '' ? rest : record;
}

function readInput(path: string): InputFile {
  return { path, text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
}

/** The records and problems of one input file in `format`. */
export function* foreignItems(
  path: string,
  format: FormatName,
  scheme: SchemeForFormats,
): Generator<ForeignItem> {
  const entry = formatEntry(format);
  if (!entry) {
    yield { kind: 'problem', file: path, line: 1, reason: `${format} files cannot be read by this build` };
    return;
  }
  let inputs: InputFile[];
  try {
    inputs = (entry.inputsFor?.(path) ?? [path]).map(readInput);
  } catch (e) {
    const text = say('readers.cannotRead', { error: systemErrorText(e) });
    yield { kind: 'problem', file: path, line: 1, reason: english(text), text };
    return;
  }
  for (const result of entry.reader(scheme).read(inputs)) {
    if (result.kind === 'error') {
      yield { kind: 'problem', ...placeOf(result.where), reason: result.reason, text: result.text };
      continue;
    }
    if (result.losses.length) yield { kind: 'losses', losses: result.losses };
    yield {
      kind: 'draft',
      draft: () => parseJsonlRecord(asJsonValue(result.record)),
      ...placeOf(result.where ?? path),
    };
  }
}
