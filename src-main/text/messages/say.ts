/**
 * Sentences the main side composes for the window, as data: a message id from
 * the English catalogue (en.ts) and its parameters. The window renders them
 * in its own language (src-renderer/i18n/main-text.ts); the CLI, logs and
 * older callers read `english()` of the same entry, so there is one wording.
 * Pure (no Node imports): the renderer imports it too.
 */
import { mainEn } from './en.ts';

/** A parameter: a number, user data (never translated), or a nested sentence. */
export type Param = string | number | MainText;

export interface MainText {
  id: string;
  params?: Readonly<Record<string, Param>>;
}

type Catalogue = typeof mainEn;
type StripPlural<K extends string> = K extends `${infer S}_${'one' | 'other'}` ? S : K;
type Ids<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : Ids<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message id: a dotted path into the catalogue, a plural's stem without `_one`/`_other`. */
export type MessageId = Ids<Catalogue>;

type Entry<T, P extends string> = P extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? Entry<T[H], R>
    : never
  : P extends keyof T
    ? T[P]
    : T[`${P}_one` & keyof T] | T[`${P}_other` & keyof T];
type Vars<S> = S extends `${string}{{${infer V}}}${infer R}`
  ? (V extends `${infer N},${string}` ? N : V) | Vars<R>
  : never;

/** The parameters an entry's English text names (a plural also takes `count`). */
export type ParamsOf<I extends MessageId> = { readonly [K in Vars<Entry<Catalogue, I>>]: Param };

/** A structured sentence; the compiler checks the id and that every named parameter is given. */
export function say<I extends MessageId>(
  id: I,
  ...params: [Vars<Entry<Catalogue, I>>] extends [never] ? [] : [ParamsOf<I>]
): MainText {
  return params[0] === undefined ? { id } : { id, params: params[0] };
}

type Tree = { readonly [key: string]: string | Tree };

const lookup = (path: string): string | Tree | undefined => {
  let node: string | Tree | undefined = mainEn;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
};

/** The English entry for an id, the plural form `count` asks for; undefined for an unknown id. */
export function englishEntry(id: string, count: unknown): string | undefined {
  const entry = lookup(id);
  if (typeof entry === 'string') return entry;
  const form = lookup(`${id}_${count === 1 ? 'one' : 'other'}`);
  return typeof form === 'string' ? form : undefined;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/**
 * Fills an entry's `{{name}}` and `{{name, number}}` placeholders; `each`
 * renders a nested sentence. Numbers with `number` are grouped as `locale` writes them.
 */
export function interpolate(
  entry: string,
  params: Readonly<Record<string, Param>> | undefined,
  each: (text: MainText) => string,
  locale: string,
): string {
  return entry.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return each(value);
    if (format === 'number' && typeof value === 'number') return value.toLocaleString(locale);
    return String(value);
  });
}

/** The sentence in English: what the CLI prints and what `message` carries. */
export function english(text: MainText): string {
  const entry = englishEntry(text.id, text.params?.count);
  if (entry === undefined) return text.id;
  return interpolate(entry, text.params, english, 'en');
}
