import type { Attributes } from '../../src-main/db/model.ts';

/** A span the rules propose, as the window draws and lists it. */
export interface SuggestionView {
  id: number;
  labelId: number;
  start: number;
  end: number;
  /** The rule that proposed it, e.g. `number.money`. */
  rule: string;
  /** The normalized values accepting it fills in. */
  attributes: Attributes;
}
