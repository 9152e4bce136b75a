import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Layers import only downward (README, "Layers"): app → ui → canvas → editor → session → store →
 * persistence → document → model, with files (import/export) and i18n beside them, and protocol
 * (shared with the sync server) under all. Tests may reach anywhere.
 */
const layer = (folder, banned, message) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: banned.map((b) => `**/${b}/**`), message }] }] },
});

const NO_REACT = 'src/editor holds no React: commands run from a key, a button or a test alike.';

export default tseslint.config(
  { ignores: ['dist', 'server/dist', 'node_modules', 'test-results', 'playwright-report', '.reports'] },
  {
    // The sync server, scripts and benchmark: plain JavaScript for Node, type-checked through
    // JSDoc (tsconfig.server.json, tsconfig.scripts.json) and linted like the app.
    extends: [js.configs.recommended],
    files: ['server/**/*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  // The benchmark's scenarios also run in the page (page.evaluate): the browser's globals there.
  { files: ['bench/**/*.mjs'], languageOptions: { globals: { ...globals.browser } } },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The model is pure: no React, no DOM, no storage, no store (design.md §1).
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@xyflow/*', 'zustand*', 'dexie*', 'i18next*'], message: 'src/model must stay pure.' },
            {
              group: [
                '**/store/**',
                '**/persistence/**',
                '**/canvas/**',
                '**/editor/**',
                '**/ui/**',
                '**/app/**',
                '**/files/**',
                '**/session/**',
                '**/i18n/**',
              ],
              message: 'src/model depends on nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  layer('ui', ['app'], 'src/ui is below the app shell.'),
  layer(
    'canvas',
    ['ui', 'app', 'session', 'files', 'persistence'],
    "src/canvas draws the store's board: model, store and i18n only (ask the editor page for dialogs).",
  ),
  {
    files: ['src/editor/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/ui/**', '**/app/**', '**/canvas/**', '**/files/**'], message: 'src/editor is below every component.' },
            { group: ['react-*'], message: NO_REACT },
          ],
          paths: ['react', 'zustand', '@xyflow/react'].map((name) => ({ name, allowTypeImports: true, message: NO_REACT })),
        },
      ],
    },
  },
  layer('session', ['ui', 'app', 'canvas', 'editor', 'files'], 'src/session sits below the UI.'),
  layer('store', ['ui', 'app', 'canvas', 'editor', 'session', 'files'], 'src/store never imports components or the session.'),
  layer('persistence', ['ui', 'app', 'canvas', 'editor', 'session', 'store', 'files'], 'src/persistence stores documents: document and model only.'),
  layer(
    'document',
    ['ui', 'app', 'canvas', 'editor', 'session', 'store', 'persistence', 'files', 'i18n'],
    'src/document maps boards to Y.Docs: model only.',
  ),
  layer(
    'protocol',
    ['ui', 'app', 'canvas', 'editor', 'session', 'store', 'persistence', 'document', 'files', 'i18n', 'model'],
    'src/protocol is what the app and the sync server say to each other: it imports nothing.',
  ),
  layer(
    'files',
    ['ui', 'app', 'canvas', 'editor', 'session', 'store', 'persistence'],
    'src/files (import and export) works on documents: model only.',
  ),
  layer('i18n', ['ui', 'app', 'canvas', 'editor', 'session', 'store', 'persistence', 'files'], 'src/i18n holds words: model only.'),
);
