/**
 * README.md's shortcut tables, drawn from the key table (keys.ts): one table
 * per group. `npm run keys:readme` writes them into README.md, and
 * tests/unit/app/keys.test.ts checks that README.md still says the same.
 */
import { KEY_GROUPS, KEY_ROWS, rowKeysText } from './keys.ts';

export const README_SECTION = '### Keyboard shortcuts';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The body of README's shortcut section: its note and a table per group. */
export function readmeKeyTables(): string {
  const parts = [
    'Drawn from the key table in `src-main/ipc/keys.ts`, as the `?` overview and the menu are ' +
      '(`npm run keys:readme` writes this section). Ctrl is ⌘ on a Mac.',
  ];
  for (const group of KEY_GROUPS) {
    const rows = KEY_ROWS.filter(([, row]) => row.group === group).map(
      ([, row]) => `| ${cell(rowKeysText(row))} | ${cell(row.description)} |`,
    );
    parts.push(`**${group}**`, ['| keys | action |', '| --- | --- |', ...rows].join('\n'));
  }
  return parts.join('\n\n');
}

/** The rows of every markdown table in `markdown`, as trimmed cells, header and rule lines left out. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replaceAll('\\|', '|')),
    )
    .filter(([keys, action]) => !(keys === 'keys' && action === 'action'));
}

/** README's shortcut section: from its heading to the next heading of its level or above. */
export function readmeSection(readme: string): { start: number; end: number } | null {
  const start = readme.indexOf(`${README_SECTION}\n`);
  if (start === -1) return null;
  const body = start + README_SECTION.length + 1;
  const next = readme.slice(body).search(/^#{1,3} /m);
  return { start: body, end: next === -1 ? readme.length : body + next };
}
