import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers: app → features → (state, data) → (ui, i18n, lib). A layer imports only layers below it (and
 * itself); a feature imports no other feature (features link through the view state); lib is the leaf.
 */
const LAYERS = [
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'state', pattern: 'src/state' },
  { type: 'data', pattern: 'src/data' },
  { type: 'ui', pattern: 'src/ui' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'lib', pattern: 'src/lib' },
];

/** The entry points (the browser's and the build-time prerender's), above the shell. */
const FILES = [{ category: 'entry', pattern: 'src/{main,prerender}.tsx' }];

const allow = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

const LAYER_POLICIES = [
  {
    from: { file: { categories: 'entry' } },
    allow: { to: { element: { types: { anyOf: ['app', 'feature', 'state', 'data', 'ui', 'i18n', 'lib'] } } } },
  },
  allow('app', ['app', 'feature', 'state', 'data', 'ui', 'i18n', 'lib']),
  allow('feature', ['state', 'data', 'ui', 'i18n', 'lib']),
  {
    from: { element: { type: 'feature' } },
    allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
  },
  allow('state', ['state', 'ui', 'i18n', 'lib']),
  allow('data', ['data', 'ui', 'i18n', 'lib']),
  allow('ui', ['ui', 'i18n', 'lib']),
  allow('i18n', ['i18n', 'lib']),
  allow('lib', ['lib']),
];

export default tseslint.config(
  {
    ignores: [
      'src/i18n/paraglide',
      'dist',
      'node_modules',
      'coverage',
      '.staging',
      'bench/results*',
      'lighthouse-*',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      // Without a resolver that knows .ts/.tsx, extension-less imports resolve to nothing and the rule is silent.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': LAYERS,
      'boundaries/files': FILES,
      // The datasets themselves (data/*.json) are not code: the data layer reads the domain policy from there.
      'boundaries/ignore': ['data/*.json'],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/dependencies': ['error', { default: 'disallow', policies: LAYER_POLICIES }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook; no React code lives here.
    files: ['tests/e2e/**/*.ts', 'playwright.config.ts'],
    rules: Object.fromEntries(Object.keys(reactHooks.configs.recommended.rules).map((rule) => [rule, 'off'])),
  },
  {
    files: ['**/*.{js,mjs}'],
    // Node scripts, plus the browser globals that page.evaluate() callbacks use.
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'URLSearchParams',
          'setTimeout',
          'clearTimeout',
          'fetch',
          'performance',
          'window',
          'document',
          'location',
          'history',
          'Event',
          'navigator',
          'getComputedStyle',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
);
