// One linter for the repo. Type-aware rules are left to `tsc`; this catches mistakes tsc does not
// (hooks misuse, unsafe DOM sinks, stray focused tests). scripts/check-no-html-sinks.mjs adds a
// plain-text scan for the HTML sinks so even code eslint cannot parse is covered.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const htmlSinks = [
  { object: 'document', property: 'write', message: 'Never write markup into the page.' },
  { object: 'document', property: 'writeln', message: 'Never write markup into the page.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-e2e/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'data/**/*.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'lib/**', 'utils/**'],
    rules: {
      'no-restricted-properties': ['error', ...htmlSinks],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Page text is rendered as text only: no innerHTML.',
        },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='outerHTML']",
          message: 'No outerHTML assignment.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No insertAdjacentHTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No Function constructor.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'No network calls in extension code: page text never leaves the browser.' },
        { name: 'XMLHttpRequest', message: 'No network calls in extension code.' },
        { name: 'WebSocket', message: 'No network calls in extension code.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Use lib/zod.ts (zod/mini): the classic build uses new Function.' },
            { name: 'compromise', message: "Use 'compromise/one' (bundle budget)." },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['tests/**', 'cli/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
