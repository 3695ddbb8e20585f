/**
 * CoNLL-2002 as in the Dutch NER shared task: `token TAG` per line (BIO tags),
 * a blank line after each sentence, `-DOCSTART- -DOCSTART- O` before each
 * document. Offsets, white space, ids and meta cannot be held; the import
 * rebuilds the text from the tokens (see reader.ts), so a second export of an
 * imported file gives the same lines.
 */
import { splitSentences } from '../../text/sentences.ts';
import { baseTokenOffsets } from '../../text/token-offsets.ts';
import { OffsetMap } from '../../text/offsets.ts';
import { spanFieldLosses, spansOnTokens, tokenizeRecord } from '../token-spans.ts';
import type { CorpusRecord, FormatWriter, Loss, Output, RecordBytes, SchemeForFormats } from '../types.ts';
import { recordAsText, utf8, type Utf8Builder } from '../utf8-builder.ts';
import { keepOutermost } from './outermost.ts';
import { rebuiltText } from './reader.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { say } from '../../text/messages/say.ts';

export const DOCSTART = '-DOCSTART- -DOCSTART- O';

/** The token `-DOCSTART-` lines start with: an import reads such a token as no token. */
const DOCSTART_TOKEN = '-DOCSTART-';

interface ConllDocument {
  /** The text an import of the lines written builds (rebuiltText of them); null when it is not the record's text. */
  rebuilt: string | null;
  losses: Loss[];
}

const DOCSTART_BYTES = utf8(DOCSTART);
const OUTSIDE = utf8(' O');
const LINE_BREAK = 0x0a;

/**
 * The document in CoNLL-2002 written into `out` (its lines, each ending in a
 * line break, and the blank line after its last sentence), the text an
 * import would rebuild from it, and its losses.
 */
function conllDocument(record: CorpusRecord, labelOrder: readonly string[], out: Utf8Builder): ConllDocument {
  // Only the kept spans cut tokens: a dropped span must not change the text.
  const base = baseTokenOffsets(record.text);
  const map = new OffsetMap(record.text);
  const all = tokenizeRecord(record, record.spans, base, map);
  const { kept, losses: dropped } = keepOutermost(record.id, all.spans, labelOrder);
  const keptSpans = new Set(kept.map((k) => k.span));
  const keptOnly = () => record.spans.filter((s) => keptSpans.has(s));
  const { tokens, spans, losses } =
    kept.length === all.spans.length
      ? { ...all, losses: all.losses.filter((l) => l.kind !== LOSS_KIND.span) }
      : all.tokens === base
        ? // No span's edge fell inside a token, so no kept span's does: the tokens stay.
          spansOnTokens(record, keptOnly(), base, map)
        : tokenizeRecord(record, keptOnly(), base, map);
  const { starts, ends, count } = tokens;
  // Per token, the kept span it is in (-1: none); kept spans share no token.
  const spanOf: number[] = new Array<number>(count).fill(-1);
  // Each line's tag with the space before it, encoded once per span.
  const begins: Uint8Array[] = [];
  const continues: Uint8Array[] = [];
  spans.forEach((s, n) => {
    for (let i = s.first; i <= s.last; i++) spanOf[i] = n;
    begins.push(utf8(` B-${s.span.label}`));
    continues.push(utf8(` I-${s.span.label}`));
  });
  /** Whether token i and the next are in one kept span. */
  const inside = (i: number): boolean => spanOf[i] !== -1 && spanOf[i] === spanOf[i + 1];
  const tag = (i: number): Uint8Array => {
    const n = spanOf[i] ?? -1;
    if (n === -1) return OUTSIDE;
    return (i === spans[n]?.first ? begins[n] : continues[n]) ?? OUTSIDE;
  };
  // The rebuilt text is the tokens, one space apart, a line break between
  // sentences; but for a token an import would not read as written (one
  // holding U+FEFF, which JavaScript's trim() drops, or -DOCSTART-) the
  // lines are read back as the import reads them. It is only compared with
  // the text, so it is built only when it differs.
  const { text: original } = record;
  let readAsWritten = !original.includes('\ufeff');
  const first = out.length;
  out.bytes(DOCSTART_BYTES);
  // Whether the text is its tokens as rebuilt, checked token by token.
  let same = true;
  let end = 0;
  const sentences = splitSentences(original, tokens, inside);
  sentences.forEach(([from, to], n) => {
    if (n > 0) out.byte(LINE_BREAK);
    for (let i = from; i < to; i++) {
      const start = starts[i] ?? 0;
      const tokenEnd = ends[i] ?? 0;
      if (tokenEnd - start === DOCSTART_TOKEN.length && original.startsWith(DOCSTART_TOKEN, start))
        readAsWritten = false;
      out.byte(LINE_BREAK);
      out.slice(original, start, tokenEnd);
      out.bytes(tag(i));
      const gap = i > from ? 0x20 : n > 0 ? 0x0a : -1;
      if (gap === -1 ? start !== 0 : start !== end + 1 || original.charCodeAt(end) !== gap) same = false;
      end = tokenEnd;
    }
  });
  if (end !== original.length) same = false;
  out.byte(LINE_BREAK);
  out.byte(LINE_BREAK);
  const rebuilt = !readAsWritten
    ? rebuiltText(out.text(first).split('\n'))
    : count === 0
      ? ''
      : same
        ? original
        : null;
  const blank = all.losses.filter((l) => l.kind === LOSS_KIND.span);
  return { rebuilt, losses: [...blank, ...dropped, ...losses, ...documentLosses(record)] };
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
  const recordInto = (record: CorpusRecord, out: Utf8Builder): RecordBytes => {
    const from = out.length;
    const { rebuilt, losses } = conllDocument(record, labelOrder, out);
    if (rebuilt === '') {
      losses.push(lost(record.id, null, LOSS_KIND.text, say('losses.conll.blankText')));
    } else if (rebuilt !== record.text) {
      losses.push(lost(record.id, null, LOSS_KIND.text, say('losses.conll.whiteSpace')));
    }
    return { files: [{ path: '', length: out.length - from }], losses };
  };
  return {
    begin(scheme: SchemeForFormats): Output[] {
      labelOrder = scheme.labels.map((l) => l.name);
      return [];
    },
    record: (record) => recordAsText((out) => recordInto(record, out)),
    recordInto,
    end(): Output[] {
      return [];
    },
  };
}
