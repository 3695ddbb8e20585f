/**
 * Writes README.md's shortcut section from the key table
 * (src-main/ipc/keys.ts), then lets Prettier align the tables.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { readmeKeyTables, readmeSection } from '../src-main/ipc/keys-readme.ts';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const section = readmeSection(readme);
if (!section) {
  console.error('README.md has no "### Keyboard shortcuts" section to write.');
  process.exit(1);
}
writeFileSync(
  path,
  `${readme.slice(0, section.start)}\n${readmeKeyTables()}\n\n${readme.slice(section.end)}`,
);
execFileSync('npx', ['prettier', '--write', 'README.md'], { stdio: 'inherit' });
