import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'resources'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core must stay runnable without Electron (CLI, tests, workers).
    files: [
      'src-main/db/**',
      'src-main/corpus/**',
      'src-main/scheme/**',
      'src-main/text/**',
      'src-main/cli/**',
      'src-main/ipc/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only src-main/app and src-main/preload may import electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Effects here start IPC loads whose setState runs after an await; the rule
      // cannot tell those from synchronous cascades.
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3'],
              message: 'The renderer reaches the main process only through window.annotator.',
            },
          ],
        },
      ],
      // Lexical's `_` members are its internals (`__` fields are a node's own, by its convention).
      'no-restricted-syntax': [
        'error',
        ...['property.name', 'property.value'].map((key) => ({
          selector: `MemberExpression[${key}=/^_[^_]/]`,
          message: 'A private member: use public API, see src-renderer/editor/README.md.',
        })),
      ],
    },
  },
  {
    files: ['tests/e2e/**', 'tests/bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
