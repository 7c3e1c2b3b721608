import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { dirname, relative, resolve, sep } from 'node:path';
import tseslint from 'typescript-eslint';

/**
 * A feature never imports another feature: linking goes through the view state.
 * Features may import src/data, src/state, src/lib, src/ui and src/i18n.
 */
const noCrossFeatureImport = {
  meta: {
    type: 'problem',
    messages: { cross: 'Feature "{{from}}" must not import feature "{{to}}": link them through ViewState.' },
  },
  create(context) {
    const featuresDir = resolve(context.cwd, 'src/features');
    const featureOf = (path) => {
      const rel = relative(featuresDir, path);
      return rel.startsWith('..') || rel === '' ? null : rel.split(sep)[0];
    };
    const from = featureOf(context.filename);
    if (from === null) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = featureOf(resolve(dirname(context.filename), source));
      if (to !== null && to !== from) context.report({ node, messageId: 'cross', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : null),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
    };
  },
};

export default tseslint.config(
  { ignores: ['src/i18n/paraglide', 'dist', 'node_modules', 'coverage', '.staging', 'bench/results*', 'lighthouse-*'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, atlas: { rules: { 'no-cross-feature-import': noCrossFeatureImport } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'atlas/no-cross-feature-import': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
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
