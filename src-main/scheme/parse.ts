/**
 * Reading a scheme file: its shape only (which keys, of which JSON types).
 * Keys other than those of the format are refused, so a typo is never
 * ignored; keys with a default may be left out and are then undefined here
 * (a merge keeps what the database has, a new part gets the default). The
 * rules on the values themselves are check.ts's, on the merged scheme.
 */
import { ATTRIBUTE_TYPES, type AttributeType, type AttributeValue } from '../db/model.ts';
import { errorMessage } from '../text/error-message.ts';
import { jsonFileErrorText } from '../corpus/json-error.ts';
import { type MainText, say } from '../text/messages/say.ts';
import type { mainEn } from '../text/messages/en.ts';
import { FILE_PATH, problemOf, type Problem } from './scheme.ts';

export interface ParsedAttribute {
  name: string;
  type: AttributeType | undefined;
  values: string[] | undefined;
  required: boolean | undefined;
  default: AttributeValue | null | undefined;
}

export interface ParsedLabel {
  name: string;
  color: string | undefined;
  hotkey: string | null | undefined;
  description: string | undefined;
  attributes: ParsedAttribute[] | undefined;
}

export interface ParsedRole {
  name: string;
  hotkey: string | null | undefined;
  description: string | undefined;
  from: string[] | undefined;
  to: string[] | undefined;
  many: boolean | undefined;
  required: boolean | undefined;
}

export interface ParsedScheme {
  labels: ParsedLabel[];
  roles: ParsedRole[];
}

/** Each format key in the order export writes it: the one list of what the file may hold. */
export const KEYS = {
  scheme: ['labels', 'roles'],
  label: ['name', 'color', 'hotkey', 'description', 'attributes'],
  attribute: ['name', 'type', 'values', 'required', 'default'],
  role: ['name', 'hotkey', 'description', 'from', 'to', 'many', 'required'],
} as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What a key must be: an entry of the catalogue's check.shape.expected. */
type Expected = keyof typeof mainEn.check.shape.expected;

/** What a JSON value is, said from the catalogue. */
function jsonType(v: unknown): MainText {
  if (v === null) return say('check.shape.json.null');
  if (Array.isArray(v)) return say('check.shape.json.array');
  if (typeof v === 'string') return say('check.shape.json.string');
  if (typeof v === 'number') return say('check.shape.json.number');
  if (typeof v === 'boolean') return say('check.shape.json.boolean');
  return say('check.shape.json.object');
}

const mustBe = (expected: Expected, value: unknown): MainText =>
  say('check.shape.mustBe', { expected: say(`check.shape.expected.${expected}`), actual: jsonType(value) });

/** Reads fields of one object, noting every problem under `path`. */
class Fields {
  private readonly obj: Json;
  private readonly path: string;
  private readonly problems: Problem[];

  constructor(obj: Json, path: string, problems: Problem[], allowed: readonly string[]) {
    this.obj = obj;
    this.path = path;
    this.problems = problems;
    for (const key of Object.keys(obj))
      if (!allowed.includes(key)) problems.push(problemOf(this.at(key), say('check.shape.unknownKey')));
  }

  /** The path of a key: `labels[0].name`, or `labels` at the top. */
  at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  private bad(key: string, expected: Expected): undefined {
    this.problems.push(problemOf(this.at(key), mustBe(expected, this.obj[key])));
    return undefined;
  }

  private has(key: string): boolean {
    return Object.hasOwn(this.obj, key);
  }

  string(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    return typeof v === 'string' ? v : this.bad(key, 'string');
  }

  requiredString(key: string): string {
    if (!this.has(key)) {
      this.problems.push(problemOf(this.at(key), say('check.shape.missing')));
      return '';
    }
    return this.string(key) ?? '';
  }

  nullableString(key: string): string | null | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    return v === null || typeof v === 'string' ? v : this.bad(key, 'stringOrNull');
  }

  boolean(key: string): boolean | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    return typeof v === 'boolean' ? v : this.bad(key, 'boolean');
  }

  strings(key: string): string[] | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    if (!Array.isArray(v)) return this.bad(key, 'strings');
    const ok = v.every((item, i) => {
      if (typeof item === 'string') return true;
      this.problems.push(problemOf(`${this.at(key)}[${i}]`, mustBe('string', item)));
      return false;
    });
    return ok ? (v as string[]) : undefined;
  }

  scalar(key: string): AttributeValue | null | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
    return this.bad(key, 'scalar');
  }

  type(key: string): AttributeType | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    const type = ATTRIBUTE_TYPES.find((t) => t === v);
    if (type === undefined)
      this.problems.push(
        problemOf(this.at(key), say('check.shape.oneOf', { types: ATTRIBUTE_TYPES.join(', ') })),
      );
    return type;
  }

  objects<T>(key: string, read: (obj: Json, path: string) => T): T[] | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    if (!Array.isArray(v)) return this.bad(key, 'array');
    const out: T[] = [];
    v.forEach((item, i) => {
      const path = `${this.at(key)}[${i}]`;
      if (isObject(item)) out.push(read(item, path));
      else this.problems.push(problemOf(path, mustBe('object', item)));
    });
    return out;
  }
}

function attribute(obj: Json, path: string, problems: Problem[]): ParsedAttribute {
  const f = new Fields(obj, path, problems, KEYS.attribute);
  return {
    name: f.requiredString('name'),
    type: f.type('type'),
    values: f.strings('values'),
    required: f.boolean('required'),
    default: f.scalar('default'),
  };
}

function label(obj: Json, path: string, problems: Problem[]): ParsedLabel {
  const f = new Fields(obj, path, problems, KEYS.label);
  return {
    name: f.requiredString('name'),
    color: f.string('color'),
    hotkey: f.nullableString('hotkey'),
    description: f.string('description'),
    attributes: f.objects('attributes', (o, p) => attribute(o, p, problems)),
  };
}

function role(obj: Json, path: string, problems: Problem[]): ParsedRole {
  const f = new Fields(obj, path, problems, KEYS.role);
  return {
    name: f.requiredString('name'),
    hotkey: f.nullableString('hotkey'),
    description: f.string('description'),
    from: f.strings('from'),
    to: f.strings('to'),
    many: f.boolean('many'),
    required: f.boolean('required'),
  };
}

/** The scheme in a file's text, and every problem with its shape. */
export function parseSchemeText(text: string): { scheme: ParsedScheme; problems: Problem[] } {
  let json: unknown;
  // A byte order mark is how some editors save; it is no part of the JSON.
  const bare = text.replace(/^\ufeff/, '');
  try {
    json = JSON.parse(bare);
  } catch (e) {
    const message = jsonFileErrorText(bare, errorMessage(e));
    return {
      scheme: { labels: [], roles: [] },
      problems: [problemOf(FILE_PATH, say('readers.notJson', { message }))],
    };
  }
  return parseScheme(json);
}

export function parseScheme(json: unknown): { scheme: ParsedScheme; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isObject(json))
    return {
      scheme: { labels: [], roles: [] },
      problems: [problemOf(FILE_PATH, say('check.shape.notScheme', { actual: jsonType(json) }))],
    };
  const top = new Fields(json, '', problems, KEYS.scheme);
  const labels = top.objects('labels', (o, p) => label(o, p, problems)) ?? [];
  const roles = top.objects('roles', (o, p) => role(o, p, problems)) ?? [];
  return { scheme: { labels, roles }, problems };
}
