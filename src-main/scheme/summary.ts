/** What a scheme import did, in one line for the CLI and the app. */
import { english, type MainText, type Param, say } from '../text/messages/say.ts';
import type { SchemeImportResult } from './import.ts';
import type { Tally } from './merge.ts';

type Part = 'label' | 'attribute' | 'role';

/** " (A, B)" after a count, or nothing: the names are the scheme's own. */
const listed = (names: string[]): Param =>
  names.length ? say('schemeImport.names', { names: names.join(', ') }) : '';

function part(tally: Tally, one: Part): MainText {
  return say('schemeImport.part', {
    added: say(`schemeImport.added.${one}`, { count: tally.added.length, names: listed(tally.added) }),
    updated: tally.updated.length,
    updatedNames: listed(tally.updated),
    unchanged: tally.unchanged.length,
  });
}

/** Sentences as "a, b, c". */
function list(items: readonly MainText[]): Param {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length === 0 ? first : say('schemeImport.list', { first, rest: list(rest) });
}

/** The summary as data, for the window's language. */
export function schemeImportText(result: SchemeImportResult): MainText {
  const kept = (
    [
      [result.labels.kept, 'label'],
      [result.attributes.kept, 'attribute'],
      [result.roles.kept, 'role'],
    ] as const
  )
    .filter(([names]) => names.length > 0)
    .map(([names, one]) =>
      say(`schemeImport.keptPart.${one}`, { count: names.length, names: listed(names) }),
    );
  return say('schemeImport.summary', {
    labels: part(result.labels, 'label'),
    attributes: part(result.attributes, 'attribute'),
    roles: part(result.roles, 'role'),
    kept: kept.length > 0 ? say('schemeImport.kept', { list: list(kept) }) : say('schemeImport.nothingKept'),
  });
}

/** The summary in English, as the CLI prints it. */
export const describeSchemeImport = (result: SchemeImportResult): string => english(schemeImportText(result));
