/**
 * One article two annotators annotated, for the agreement and curation specs:
 * anna and bob agree on an event, its agent and the agent's link; not on the
 * number, and only bob has Irak.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TWO_LAYER_TEXT = 'De VS hebben 2.500 militairen in Irak.';

const at = (part: string) => TWO_LAYER_TEXT.indexOf(part);
const span = (id: string, part: string, label: string, annotator: string) => ({
  id,
  start: at(part),
  end: at(part) + part.length,
  label,
  text: part,
  annotator,
});

/** Writes the article as a one-line JSONL file in `dir` and returns its path. */
export function writeTwoLayerFile(dir: string): string {
  const file = join(dir, 'team.jsonl');
  const record = {
    id: 'team',
    text: TWO_LAYER_TEXT,
    spans: [
      span('A1', 'De VS', 'ACTOR', 'anna'),
      span('E1', 'hebben', 'EVENT', 'anna'),
      span('N1', '2.500', 'NUMBER', 'anna'),
      span('A2', 'De VS', 'ACTOR', 'bob'),
      span('E2', 'hebben', 'EVENT', 'bob'),
      span('N2', '2.500 militairen', 'NUMBER', 'bob'),
      span('P2', 'Irak', 'ACTOR', 'bob'),
    ],
    relations: [
      { head: 'E1', child: 'A1', label: 'agent' },
      { head: 'E2', child: 'A2', label: 'agent' },
    ],
  };
  writeFileSync(file, `${JSON.stringify(record)}\n`);
  return file;
}
