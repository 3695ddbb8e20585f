/**
 * The lines of a brat `.ann` file, parsed but not yet checked against each
 * other: T (text-bound), R (relation), A or M (attribute; M is brat's old
 * name), `#` (note). E, N and `*` lines are kept as lines we do not read, so
 * the reader can report each one; anything else is an error.
 */
import type { Piece } from './standoff.ts';
import { ReadError } from '../read-error.ts';
import { type MainText, say } from '../../text/messages/say.ts';

interface At {
  /** `file:line`, for messages. */
  where: string;
}
export interface TextBoundLine extends At {
  kind: 'T';
  id: string;
  type: string;
  pieces: Piece[];
  text: string;
}
export interface RelationLine extends At {
  kind: 'R';
  id: string;
  type: string;
  head: string;
  child: string;
}
export interface AttributeLine extends At {
  kind: 'A';
  id: string;
  name: string;
  target: string;
  /** null for a binary attribute. */
  value: string | null;
}
export interface NoteLine extends At {
  kind: '#';
  id: string;
  type: string;
  target: string;
  text: string;
}
export interface UnreadLine extends At {
  kind: 'unread';
  id: string;
  /** What the line is, for the Loss: its kind's key in the catalogue (losses.kind). */
  what: Unread;
}
export type AnnLine = TextBoundLine | RelationLine | AttributeLine | NoteLine | UnreadLine;

export class AnnSyntaxError extends ReadError {
  readonly where: string;
  constructor(where: string, text: MainText) {
    super(text);
    this.where = where;
  }
}

type Unread = 'event' | 'normalization' | 'equivalence';
const UNREAD: Readonly<Record<string, Unread>> = { E: 'event', N: 'normalization', '*': 'equivalence' };

function parsePieces(spec: string, where: string): Piece[] {
  return spec.split(';').map((pair) => {
    const m = /^\s*([0-9]+) ([0-9]+)\s*$/.exec(pair);
    if (!m) throw new AnnSyntaxError(where, say('readers.brat.offsets', { pair }));
    return [Number(m[1]), Number(m[2])];
  });
}

function textBound(id: string, data: string, tail: string | null, where: string): TextBoundLine {
  const space = data.indexOf(' ');
  if (space <= 0) throw new AnnSyntaxError(where, say('readers.brat.noType', { id }));
  const pieces = parsePieces(data.slice(space + 1), where);
  return { kind: 'T', where, id, type: data.slice(0, space), pieces, text: tail ?? '' };
}

function relation(id: string, data: string, where: string): RelationLine {
  const [type, ...args] = data.trim().split(/\s+/);
  const parsed = args.map((a) => /^([^:]+):(\S+)$/.exec(a));
  const [first, second] = parsed;
  if (type === undefined || parsed.length !== 2 || !first || !second)
    throw new AnnSyntaxError(where, say('readers.brat.relation', { id }));
  // Arg1 is the head wherever it stands; other names keep their order.
  const swap = second[1] === 'Arg1';
  const [head, child] = swap ? [second[2], first[2]] : [first[2], second[2]];
  return { kind: 'R', where, id, type, head: head ?? '', child: child ?? '' };
}

function attribute(id: string, data: string, where: string): AttributeLine {
  const words = data.trim().split(/\s+/);
  const [name, target, value] = words;
  if (name === undefined || target === undefined || words.length > 3)
    throw new AnnSyntaxError(where, say('readers.brat.attribute', { id }));
  return { kind: 'A', where, id, name, target, value: value ?? null };
}

function note(id: string, data: string, tail: string | null, where: string): NoteLine {
  const [type, target, ...rest] = data.trim().split(/\s+/);
  if (type === undefined || target === undefined || rest.length > 0)
    throw new AnnSyntaxError(where, say('readers.brat.note', { id }));
  return { kind: '#', where, id, type, target, text: tail ?? '' };
}

function parseLine(line: string, where: string): AnnLine {
  const [id = '', data, ...tailParts] = line.split('\t');
  if (data === undefined) throw new AnnSyntaxError(where, say('readers.brat.noTab'));
  const tail = tailParts.length > 0 ? tailParts.join('\t') : null;
  const prefix = id === '*' ? '*' : id.charAt(0);
  const unread = UNREAD[prefix];
  if (unread !== undefined) return { kind: 'unread', where, id, what: unread };
  switch (prefix) {
    case 'T':
      return textBound(id, data, tail, where);
    case 'R':
      return relation(id, data, where);
    case 'A':
    case 'M':
      return attribute(id, data, where);
    case '#':
      return note(id, data, tail, where);
    default:
      throw new AnnSyntaxError(where, say('readers.brat.unknownLine', { id }));
  }
}

/** Every line, or every syntax error; blank lines are skipped as brat skips them. */
export function parseAnn(text: string, path: string): { lines: AnnLine[]; errors: AnnSyntaxError[] } {
  const lines: AnnLine[] = [];
  const errors: AnnSyntaxError[] = [];
  const ids = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const where = `${path}:${i + 1}`;
    try {
      const parsed = parseLine(line, where);
      const earlier = ids.get(parsed.id);
      if (earlier !== undefined && parsed.id !== '*')
        throw new AnnSyntaxError(where, say('readers.brat.idTwice', { id: parsed.id, earlier }));
      ids.set(parsed.id, where);
      lines.push(parsed);
    } catch (e) {
      if (!(e instanceof AnnSyntaxError)) throw e;
      errors.push(e);
    }
  });
  return { lines, errors };
}
