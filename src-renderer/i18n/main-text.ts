import { mainTextSchema } from '../../src-main/ipc/contract.ts';
import { LOSS_KIND } from '../../src-main/formats/losses.ts';
import type { Loss } from '../../src-main/formats/types.ts';
import type { MainText, Param } from '../../src-main/text/messages/say.ts';
import { i18n } from './i18n.ts';

type Values = Record<string, string | number>;

/** The parameters with nested sentences said first; user data passes as it is. */
function values(params: Readonly<Record<string, Param>> | undefined): Values | null {
  const out: Values = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'object') out[name] = value;
    else {
      const nested = render(value);
      if (nested === null) return null;
      out[name] = nested;
    }
  }
  return out;
}

function render(text: MainText): string | null {
  const key = `main:${text.id}`;
  const params = values(text.params);
  if (params === null) return null;
  const options = { ...params, defaultValue: '' };
  // Computed keys are checked here at run time: an id this window does not know gives null.
  if (!i18n.exists(key, options)) return null;
  const said = i18n.t(key as never, options);
  return said === '' ? null : said;
}

/**
 * A sentence main composed (an error, a bad record, a loss), in the
 * interface's language; `english` (main's own message) when main sent no
 * text, or one this window does not know (an older or newer database thread).
 */
export function mainText(text: unknown, english: string): string {
  const parsed = mainTextSchema.safeParse(text);
  if (!parsed.success) return english;
  return render(parsed.data) ?? english;
}

const KIND_KEYS = new Map<string, string>(Object.entries(LOSS_KIND).map(([key, kind]) => [kind, key]));

/**
 * A loss report's kind in the interface's language: `text` when main sent
 * the kind as data (one the file names), else LOSS_KIND's; a kind this
 * window does not know, as main named it.
 */
export function lossKind(kind: string, text?: MainText): string {
  if (text !== undefined) return mainText(text, kind);
  const key = KIND_KEYS.get(kind);
  return key === undefined ? kind : i18n.t(`main:losses.kind.${key}` as never);
}

/** One loss as a line: the document and item (the user's ids), its kind and what happened, translated. */
export const lossLine = (l: Loss): string =>
  `${l.document}${l.item === null ? '' : ` ${l.item}`}: ${lossKind(l.kind, l.kindText)}: ${mainText(l.text, l.message)}`;
