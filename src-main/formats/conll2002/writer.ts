/**
 * CoNLL-2002 as in the Dutch NER shared task: `token TAG` per line (BIO tags),
 * a blank line after each sentence, `-DOCSTART- -DOCSTART- O` before each
 * document. Offsets, white space, ids and meta cannot be held; the import
 * rebuilds the text from the tokens (see reader.ts), so a second export of an
 * imported file gives the same lines.
 */
import { splitSentences } from '../../text/sentences.ts';
import { spanFieldLosses, tokenizeRecord } from '../token-spans.ts';
import type { CorpusRecord, FormatWriter, Loss, Output, SchemeForFormats } from '../types.ts';
import { keepOutermost } from './outermost.ts';
import { rebuiltText } from './reader.ts';

export const DOCSTART = '-DOCSTART- -DOCSTART- O';

/** The document's lines (without the blank line closing the last sentence) and its losses. */
export function conllLines(
  record: CorpusRecord,
  labelOrder: readonly string[],
): { lines: string[]; losses: Loss[] } {
  // Only the kept spans cut tokens: a dropped span must not change the text.
  const all = tokenizeRecord(record, record.spans);
  const { kept, losses: dropped } = keepOutermost(record.id, all.spans, labelOrder);
  const keptSpans = new Set(kept.map((k) => k.span));
  // Tokenizing is most of the writer's time: again only when spans were dropped.
  const { tokens, spans, losses } =
    kept.length === all.spans.length
      ? { ...all, losses: all.losses.filter((l) => l.kind !== 'span') }
      : tokenizeRecord(
          record,
          record.spans.filter((s) => keptSpans.has(s)),
        );
  const tags: string[] = tokens.map(() => 'O');
  const inside: boolean[] = tokens.map(() => false);
  for (const s of spans) {
    for (let i = s.first; i <= s.last; i++) {
      tags[i] = `${i === s.first ? 'B' : 'I'}-${s.span.label}`;
      if (i < s.last) inside[i] = true;
    }
  }
  const lines: string[] = [DOCSTART];
  const sentences = splitSentences(record.text, tokens, (i) => inside[i] ?? false);
  sentences.forEach(([from, to], n) => {
    if (n > 0) lines.push('');
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t) lines.push(`${record.text.slice(t.start, t.end)} ${tags[i] ?? 'O'}`);
    }
  });
  const blank = all.losses.filter((l) => l.kind === 'span');
  return { lines, losses: [...blank, ...dropped, ...losses, ...documentLosses(record)] };
}

/** What CoNLL-2002 has no place for in any document: relations, span fields, ids, meta, white space. */
function documentLosses(record: CorpusRecord): Loss[] {
  const losses: Loss[] = record.relations.map((r) => ({
    document: record.id,
    item: null,
    kind: 'relation',
    message: `relation ${r.head} -> ${r.child} (${r.label}) not kept: CoNLL-2002 has no relations`,
  }));
  losses.push(...spanFieldLosses(record, 'CoNLL-2002'));
  const { date, source, title, extra } = record.meta;
  const fields = [
    `id ${JSON.stringify(record.id)}`,
    date !== null && 'date',
    source !== null && 'source',
    title !== null && 'title',
    record.meta.status !== 'todo' && 'status',
    record.meta.note !== null && 'note',
    record.meta.flag !== null && 'flag',
    Object.keys(extra).length > 0 && 'meta.extra',
  ].filter((f): f is string => typeof f === 'string');
  losses.push({
    document: record.id,
    item: null,
    kind: 'document field',
    message: `${fields.join(', ')} not kept: CoNLL-2002 has no ids or meta`,
  });
  return losses;
}

/** The CoNLL-2002 writer; `labelOrder` breaks ties between spans on the same tokens. */
export function conllWriter(): FormatWriter {
  let labelOrder: string[] = [];
  return {
    begin(scheme: SchemeForFormats): Output[] {
      labelOrder = scheme.labels.map((l) => l.name);
      return [];
    },
    record(record: CorpusRecord) {
      const { lines, losses } = conllLines(record, labelOrder);
      const rebuilt = rebuiltText(lines);
      if (rebuilt === '') {
        losses.push({
          document: record.id,
          item: null,
          kind: 'text',
          message: 'the text is white space only: written as an empty document, which an import skips',
        });
      } else if (rebuilt !== record.text) {
        losses.push({
          document: record.id,
          item: null,
          kind: 'text',
          message:
            'white space and line breaks not kept: an import rebuilds the text with one space between tokens and a line break between sentences',
        });
      }
      return { outputs: [{ path: '', text: `${lines.join('\n')}\n\n` }], losses };
    },
    end(): Output[] {
      return [];
    },
  };
}
