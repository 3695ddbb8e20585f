/**
 * CoNLL-2002 holds one span per token: the outermost spans are kept. Spans are
 * taken by their first token, the longest first, ties (the same tokens) in the
 * scheme's label order; a span that shares a token with one already taken is
 * dropped, and every dropped span is reported.
 */
import type { TokenSpan } from '../token-spans.ts';
import type { Loss } from '../types.ts';
import { LOSS_KIND, lost } from '../losses.ts';
import { say } from '../../text/messages/say.ts';

export function keepOutermost(
  document: string,
  spans: readonly TokenSpan[],
  labelOrder: readonly string[],
): { kept: TokenSpan[]; losses: Loss[] } {
  const rank = (label: string) => {
    const i = labelOrder.indexOf(label);
    return i < 0 ? labelOrder.length : i;
  };
  const ordered = [...spans].sort(
    (a, b) =>
      a.first - b.first ||
      b.last - a.last ||
      rank(a.span.label) - rank(b.span.label) ||
      (a.span.label < b.span.label ? -1 : a.span.label > b.span.label ? 1 : 0),
  );
  const kept: TokenSpan[] = [];
  const losses: Loss[] = [];
  for (const s of ordered) {
    const over = kept.find((k) => k.first <= s.last && s.first <= k.last);
    if (!over) {
      kept.push(s);
      continue;
    }
    const inside = over.first <= s.first && s.last <= over.last;
    const same = over.first === s.first && over.last === s.last;
    const params = { span: `${s.span.id} (${s.span.label})`, other: `${over.span.id} (${over.span.label})` };
    const text = same
      ? say('losses.conll.sameTokens', params)
      : inside
        ? say('losses.conll.nested', params)
        : say('losses.conll.overlaps', params);
    losses.push(lost(document, s.span.id, inside ? LOSS_KIND.nestedSpan : LOSS_KIND.overlappingSpan, text));
  }
  return { kept, losses };
}
