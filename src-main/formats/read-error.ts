/** How a reader says a part of its input cannot be read: in English for the CLI, as data for the window. */
import type { ReadResult } from './types.ts';
import { english, type MainText } from '../text/messages/say.ts';

/** Thrown inside a reader for what it cannot read; the reader reports it at `file:line`. */
export class ReadError extends Error {
  readonly text: MainText;
  constructor(text: MainText) {
    super(english(text));
    this.text = text;
  }
}

/** A read error at `where`, composed from the catalogue. */
export const errorAt = (where: string, text: MainText): ReadResult => ({
  kind: 'error',
  where,
  reason: english(text),
  text,
});
