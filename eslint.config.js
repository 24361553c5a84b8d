// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * ESLint for the TypeScript sources: typescript-eslint's strict and stylistic type-checked sets. Layout is
 * Prettier's (`npm run format`). A rule is turned off or tuned only where it fights a deliberate pattern of the
 * project, with one line saying which; never with a disable comment at a file's top.
 */
export default defineConfig(
  {
    ignores: ['.output/', '.wxt/', '.cache/', 'node_modules/', 'demo-output/', 'public/', 'tests/fixtures/', 'tests/e2e/pages/*.js'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // noUncheckedIndexedAccess makes every indexed read optional: `!` marks the reads the code has just checked.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Hooks return plain objects of closures, typed with method syntax; none of them uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      // `async` on functions that implement a Promise-returning contract, so a throw becomes a rejection.
      '@typescript-eslint/require-await': 'off',
      // The DOM types promise more than hostile pages and older engines give (no <body>, a missing API): checked anyway.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // execCommand is the only undoable insertion into framework editors; keyCode 229 marks IME input in every engine.
      '@typescript-eslint/no-deprecated': 'off',
      // ANSI colour codes (CLI tests) and a private separator character (message HTML) are matched on purpose.
      'no-control-regex': 'off',
      // Counts and indexes are written into messages and ids on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(true)}`: Preact handlers return nothing, the shorthand reads best.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // runtime.onMessage listeners answer by returning a promise (webextension-polyfill); Preact handlers may be async.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // An empty string read from a page is as missing as null: `||` is meant.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
      // `_name` marks what a destructuring leaves out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Preact's act() runs a synchronous callback synchronously; its promise carries nothing then.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'act', package: 'preact' }] },
      ],
      // Typed look-ups (`field<HTMLSelectElement>(…)`, `readJson<Catalog>(…)`) name the caller's type once.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // French replies use no-break spaces before « : ; ! ? » on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    files: ['tests/**', 'scripts/bench/**'],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.stringMatching...) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Page scripts are strings: what evaluate() returns is asserted to the shape the script builds.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
);
