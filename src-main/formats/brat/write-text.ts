/**
 * A record's text as brat will read it: with CR LF and lone CR as LF, and
 * every offset moved to match (standoff.ts, asBratReadsIt). Written so, the
 * `.txt` and the `.ann` agree for brat and for any reader that opens the
 * file the way Python does by default.
 */
import { sha256Hex } from '../../text/hash.ts';
import type { CorpusRecord, Loss } from '../types.ts';
import { asBratReadsIt, boundariesAsBratReadsIt } from './standoff.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { say } from '../../text/messages/say.ts';

export function withBratText(record: CorpusRecord): { record: CorpusRecord; losses: Loss[] } {
  if (!record.text.includes('\r')) return { record, losses: [] };
  const text = asBratReadsIt(record.text);
  const chars = [...text];
  const map = boundariesAsBratReadsIt([...record.text]);
  const at = (offset: number): number => map[offset] ?? offset;
  const slice = (s: number, e: number): string => chars.slice(s, e).join('');
  const spans = record.spans.map((s) => ({
    ...s,
    start: at(s.start),
    end: at(s.end),
    text: slice(at(s.start), at(s.end)),
    fragments: s.fragments.map((f) => ({
      start: at(f.start),
      end: at(f.end),
      text: slice(at(f.start), at(f.end)),
    })),
  }));
  const loss: Loss = lost(record.id, null, LOSS_KIND.lineEndings, say('losses.brat.lineEndings'));
  return {
    record: { ...record, text, spans, meta: { ...record.meta, sha256: sha256Hex(text) } },
    losses: [loss],
  };
}
