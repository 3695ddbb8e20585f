/**
 * CoNLL-2002 as in the Dutch NER shared task: `token TAG` per line (BIO tags),
 * a blank line after each sentence, `-DOCSTART- -DOCSTART- O` before each
 * document. Offsets, white space, ids and meta cannot be held; the import
 * rebuilds the text from the tokens (see reader.ts), so a second export of an
 * imported file gives the same lines.
 */
import { splitSentences } from '../../text/sentences.ts';
import { baseTokenOffsets } from '../../text/token-offsets.ts';
import { spanFieldLosses, tokenizeRecord } from '../token-spans.ts';
import type { CorpusRecord, FormatWriter, Loss, Output, SchemeForFormats } from '../types.ts';
import { keepOutermost } from './outermost.ts';
import { rebuiltText } from './reader.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { say } from '../../text/messages/say.ts';

export const DOCSTART = '-DOCSTART- -DOCSTART- O';

/** The token `-DOCSTART-` lines start with: an import reads such a token as no token. */
const DOCSTART_TOKEN = '-DOCSTART-';

interface ConllDocument {
  /** The document's lines, each ending in a line break, and the blank line after its last sentence. */
  text: string;
  /** The text an import of `text` builds (rebuiltText of its lines); null when it is not the record's text. */
  rebuilt: string | null;
  losses: Loss[];
}

/** The document in CoNLL-2002, the text an import would rebuild from it, and its losses. */
function conllDocument(record: CorpusRecord, labelOrder: readonly string[]): ConllDocument {
  // Only the kept spans cut tokens: a dropped span must not change the text.
  const base = baseTokenOffsets(record.text);
  const all = tokenizeRecord(record, record.spans, base);
  const { kept, losses: dropped } = keepOutermost(record.id, all.spans, labelOrder);
  const keptSpans = new Set(kept.map((k) => k.span));
  const { tokens, spans, losses } =
    kept.length === all.spans.length
      ? { ...all, losses: all.losses.filter((l) => l.kind !== LOSS_KIND.span) }
      : tokenizeRecord(
          record,
          record.spans.filter((s) => keptSpans.has(s)),
          base,
        );
  const { starts, ends, count } = tokens;
  // Per token, the kept span it is in (-1: none); kept spans share no token.
  const spanOf: number[] = new Array<number>(count).fill(-1);
  // Each line's tag with the space before it, one string per span: a line is
  // three pieces (break, token, tag) of one join, not strings of its own.
  const begins: string[] = [];
  const continues: string[] = [];
  spans.forEach((s, n) => {
    for (let i = s.first; i <= s.last; i++) spanOf[i] = n;
    begins.push(` B-${s.span.label}`);
    continues.push(` I-${s.span.label}`);
  });
  /** Whether token i and the next are in one kept span. */
  const inside = (i: number): boolean => spanOf[i] !== -1 && spanOf[i] === spanOf[i + 1];
  const tag = (i: number): string => {
    const n = spanOf[i] ?? -1;
    if (n === -1) return ' O';
    return (i === spans[n]?.first ? begins[n] : continues[n]) ?? ' O';
  };
  // The rebuilt text is the tokens, one space apart, a line break between
  // sentences; but for a token an import would not read as written (one
  // holding U+FEFF, which JavaScript's trim() drops, or -DOCSTART-) the
  // lines are read back as the import reads them. It is only compared with
  // the text, so it is built only when it differs.
  const { text: original } = record;
  let readAsWritten = !original.includes('\ufeff');
  const pieces: string[] = [DOCSTART];
  // Whether the text is its tokens as rebuilt, checked token by token.
  let same = true;
  let end = 0;
  const sentences = splitSentences(original, tokens, inside);
  sentences.forEach(([from, to], n) => {
    if (n > 0) pieces.push('\n');
    for (let i = from; i < to; i++) {
      const start = starts[i] ?? 0;
      const token = original.slice(start, ends[i]);
      if (token === DOCSTART_TOKEN) readAsWritten = false;
      pieces.push('\n', token, tag(i));
      const gap = i > from ? 0x20 : n > 0 ? 0x0a : -1;
      if (gap === -1 ? start !== 0 : start !== end + 1 || original.charCodeAt(end) !== gap) same = false;
      end = ends[i] ?? 0;
    }
  });
  if (end !== original.length) same = false;
  pieces.push('\n\n');
  const text = pieces.join('');
  const rebuilt = !readAsWritten ? rebuiltText(text.split('\n')) : count === 0 ? '' : same ? original : null;
  const blank = all.losses.filter((l) => l.kind === LOSS_KIND.span);
  return { text, rebuilt, losses: [...blank, ...dropped, ...losses, ...documentLosses(record)] };
}

/** What CoNLL-2002 has no place for in any document: relations, span fields, ids, meta, white space. */
function documentLosses(record: CorpusRecord): Loss[] {
  const losses: Loss[] = record.relations.map((r) =>
    lost(
      record.id,
      null,
      LOSS_KIND.relation,
      say('losses.conll.relation', { head: r.head, child: r.child, role: r.label }),
    ),
  );
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
  losses.push(
    lost(
      record.id,
      null,
      LOSS_KIND.documentField,
      say('losses.conll.documentFields', { fields: fields.join(', ') }),
    ),
  );
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
      const { text, rebuilt, losses } = conllDocument(record, labelOrder);
      if (rebuilt === '') {
        losses.push(lost(record.id, null, LOSS_KIND.text, say('losses.conll.blankText')));
      } else if (rebuilt !== record.text) {
        losses.push(lost(record.id, null, LOSS_KIND.text, say('losses.conll.whiteSpace')));
      }
      return { outputs: [{ path: '', text }], losses };
    },
    end(): Output[] {
      return [];
    },
  };
}
