/**
 * The annotation scheme as a whole, by name: what the scheme file holds,
 * what an import merges and what an edit is checked as. Labels are referred
 * to by name (roles' `from` and `to`), so a scheme means the same in any
 * database.
 */
import type { AttributeType, AttributeValue } from '../db/model.ts';
import { english, type MainText, type Param, say } from '../text/messages/say.ts';
import { mainEn } from '../text/messages/en.ts';

export interface SchemeAttribute {
  name: string;
  type: AttributeType;
  /** The allowed values of a choice attribute, in the order offered; empty for other types. */
  values: string[];
  required: boolean;
  /** Offered in the editor; never written into annotations. */
  default: AttributeValue | null;
}

export interface SchemeLabel {
  name: string;
  /** `#rrggbb`, lower case. */
  color: string;
  hotkey: string | null;
  description: string;
  attributes: SchemeAttribute[];
}

export interface SchemeRole {
  name: string;
  hotkey: string | null;
  description: string;
  /** Label names. */
  from: string[];
  to: string[];
  many: boolean;
  required: boolean;
}

export interface Scheme {
  labels: SchemeLabel[];
  roles: SchemeRole[];
}

/**
 * Where each part of a scheme came from, for messages: `labels[2]` in a
 * file, `label EVENT` in a database. Parallel to the scheme's arrays.
 */
export interface SchemePaths {
  labels: string[];
  attributes: string[][];
  roles: string[];
}

/** Paths as a file's JSON has them. */
export function filePaths(scheme: Scheme): SchemePaths {
  return {
    labels: scheme.labels.map((_, i) => `labels[${i}]`),
    attributes: scheme.labels.map((l, i) => l.attributes.map((_, j) => `labels[${i}].attributes[${j}]`)),
    roles: scheme.roles.map((_, i) => `roles[${i}]`),
  };
}

/** Paths that name the parts, for a scheme read from the database. */
export function namedPaths(scheme: Scheme): SchemePaths {
  return {
    labels: scheme.labels.map((l) => `label ${l.name}`),
    attributes: scheme.labels.map((l) => l.attributes.map((a) => `attribute ${l.name}.${a.name}`)),
    roles: scheme.roles.map((r) => `role ${r.name}`),
  };
}

/** One thing wrong, as `path: reason`. */
export interface Problem {
  path: string;
  reason: string;
  /** The reason as data, for the window's language (absent where only English exists). */
  text?: MainText | undefined;
  /** A clash with another part (a name or hotkey used twice), rather than a value wrong in itself. */
  clash?: true;
}

export const formatProblem = (p: Problem): string => `${p.path}: ${p.reason}`;

/** A problem composed from the catalogue. */
export const problemOf = (path: string, text: MainText, clash?: true): Problem =>
  clash ? { path, reason: english(text), text, clash } : { path, reason: english(text), text };

/** The path of a problem with the whole scheme file, as the CLI prints it. */
export const FILE_PATH = mainEn.check.path.file;

/** A named path ("label PER.name") as data: the window says "label", "attribute" and "role" in its language. */
export function pathText(path: string): Param {
  if (path === FILE_PATH) return say('check.path.file');
  const named = /^(label|attribute|role) (.+)$/.exec(path);
  if (named?.[2] === undefined) return path;
  const name = named[2];
  if (named[1] === 'label') return say('check.path.label', { name });
  return named[1] === 'attribute' ? say('check.path.attribute', { name }) : say('check.path.role', { name });
}

/** `path: reason` as data: the window says the reason in its language. */
export const problemText = (p: Problem): MainText =>
  say('records.atPath', { path: pathText(p.path), reason: p.text ?? p.reason });

/** One problem per path: a key of the wrong JSON type is not also reported as missing or invalid. */
export function firstPerPath(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.path) && seen.add(p.path));
}
