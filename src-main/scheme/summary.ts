/** What a scheme import did, in one line for the CLI and the app. */
import { counted } from '../text/plural.ts';
import type { SchemeImportResult } from './import.ts';
import type { Tally } from './merge.ts';

const listed = (names: string[]): string => (names.length ? ` (${names.join(', ')})` : '');

function part(tally: Tally, one: string): string {
  return [
    `${counted(tally.added.length, one)} added${listed(tally.added)}`,
    `${tally.updated.length} updated${listed(tally.updated)}`,
    `${tally.unchanged.length} unchanged`,
  ].join(', ');
}

export function describeSchemeImport(result: SchemeImportResult): string {
  const kept = [
    [result.labels.kept, 'label'],
    [result.attributes.kept, 'attribute'],
    [result.roles.kept, 'role'],
  ] as const;
  const keptText = kept
    .filter(([names]) => names.length > 0)
    .map(([names, one]) => `${counted(names.length, one)}${listed(names)}`)
    .join(', ');
  return [
    `scheme imported: ${part(result.labels, 'label')}`,
    part(result.attributes, 'attribute'),
    part(result.roles, 'role'),
    keptText ? `kept, not in the file: ${keptText}` : 'nothing in the database was left out of the file',
  ].join('; ');
}
