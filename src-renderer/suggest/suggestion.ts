import type { Suggestion } from '../../src-main/db/suggestion-rows.ts';

/** A span the rules propose, as the window draws and lists it (its rule and the values accepting fills in). */
export type SuggestionView = Pick<Suggestion, 'id' | 'labelId' | 'start' | 'end' | 'rule' | 'attributes'>;
