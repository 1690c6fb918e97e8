// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * Boundaries between contexts (Dark Reader's rule): the core knows nothing of the extension,
 * and injected code never pulls in the popup or options UI.
 */
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'tests/fixtures', 'public', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'no-unsanitized': noUnsanitized },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text and user data render as text, never as HTML.',
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': restrict(
        [
          '**/entrypoints/**',
          '**/extension/**',
          '**/content/**',
          '**/components/**',
          'wxt/*',
          'webextension-polyfill',
          'preact*',
        ],
        'lib/ is the pure core: no extension APIs, no UI.',
      ),
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['content/**', 'entrypoints/content/**'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/entrypoints/popup/**', '**/entrypoints/options/**', '**/background/**'],
        'Injected code stays small: no popup, options or background code.',
      ),
    },
  },
);
