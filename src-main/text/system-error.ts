/**
 * A file-system error's detail as data: for the codes the catalogue has
 * words for (messages/en-system.ts), an id the window says in its language;
 * anything else, Node's message as it is. Pure (no Node imports).
 */
import { errorMessage } from './error-message.ts';
import { mainEn } from './messages/en.ts';
import { english, type Param, say } from './messages/say.ts';

const isCode = (code: unknown): code is keyof typeof mainEn.system =>
  typeof code === 'string' && Object.hasOwn(mainEn.system, code);

/** `e`'s detail: Node's `CODE: words, call 'path'` as a catalogue entry when it renders the same English. */
export function systemErrorText(e: unknown): Param {
  const message = errorMessage(e);
  const code = e instanceof Error && 'code' in e ? e.code : undefined;
  if (!isCode(code)) return message;
  const head = mainEn.system[code].replace('{{call}}', '');
  if (!message.startsWith(head)) return message;
  const text = say(`system.${code}`, { call: message.slice(head.length) });
  // Only when the catalogue says exactly what Node said: the CLI's English never changes.
  return english(text) === message ? text : message;
}
