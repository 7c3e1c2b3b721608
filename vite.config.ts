import { paraglideVitePlugin } from '@inlang/paraglide-js';
import babel from '@rolldown/plugin-babel';
import react, { reactCompilerPreset } from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { datapackagePlugin } from './scripts/vite-plugin-datapackage.ts';
import { datasetsPlugin } from './scripts/vite-plugin-datasets.ts';
import { messageFormattersPlugin } from './scripts/vite-plugin-message-formatters.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';

/** The same options as `npm run messages` (package.json), which tsc and eslint need before Vite runs. */
const PARAGLIDE = {
  project: './project.inlang',
  outdir: './src/i18n/paraglide',
  strategy: ['baseLocale' as const],
  emitTsDeclarations: true,
};

/**
 * The React Compiler memoises the views' components and hooks at build time (its Babel plugin: the reference
 * implementation, the one eslint-plugin-react-hooks checks against), so they carry no hand-written memo, useMemo
 * or useCallback. The shell in the entry chunk (src/app, state, i18n, lib, the dataset gate) is left out: compiled,
 * it put the entry at 92.2 KB gzip, over its 90 KB budget (bench/sizes.mjs); it renders once per change of the view
 * state, its views behind memo() (src/app/Regions.tsx).
 */
const reactCompiler = reactCompilerPreset();
reactCompiler.rolldown.filter = {
  ...reactCompiler.rolldown.filter,
  id: {
    exclude: [/\/src\/(app|state|i18n|lib)\//, /\/src\/(ui\/DatasetErrorMessage|ui\/WhenVisible|data\/DatasetGate)\./],
  },
};

/**
 * Offline after the first visit (issue 18): a Workbox service worker precaches the shell, every lazy chunk, the
 * basemap and every dataset, so the app reloads with no network and any deep link (view state lives in the query
 * string) opens from the cached index.html. 'prompt': a new build's worker waits until the reader chooses to reload
 * (src/app/pwa); registered from app code after first paint (injectRegister false), so no inline script and no
 * entry weight. The data package zip is a download, not something the app reads: left out (half a megabyte).
 */
function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,woff2}', 'data/*.json', 'geo/*.json'],
      globIgnores: ['**/sanctions-atlas-data.zip'],
      navigateFallback: 'index.html',
      // Files that exist (datasets, geometry, the zip) are never answered with the page.
      navigateFallbackDenylist: [/^\/(data|geo|assets)\//, /\.(json|zip|txt|js|css|svg)$/],
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig({
  plugins: [
    react(),
    babel({ presets: [reactCompiler] }),
    // Under Vitest the data plugins are left out: unit tests build fixtures of their own.
    // Compiles messages/*.json to typed message functions in src/i18n/paraglide (generated, not in git), and
    // again whenever a message file changes in dev. Not under Vitest: its runs would rewrite the folder under a
    // dev server or another run (npm test and postinstall generate it first).
    ...(process.env.VITEST === undefined
      ? [paraglideVitePlugin(PARAGLIDE), datasetsPlugin(), datapackagePlugin(), prerenderPlugin()]
      : []),
    messageFormattersPlugin(),
    cspPlugin(),
    offlinePlugin(),
  ],
  // The dataset worker (src/data/datasetWorker.ts) loads zod on demand: an ES module worker can split chunks.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Browsers without <link rel=modulepreload> (Safari before 17) still load every module when it is imported,
    // only without the head start: the polyfill would cost every visitor 0.4 KB of entry script.
    modulePreload: { polyfill: false },
    // One stylesheet, linked from index.html: a view's CSS injected when its chunk loads made the browser
    // restyle the whole page in the middle of the first render (about 30 ms of a slow phone's main thread).
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Heavy libraries in their own long-cached chunks, loaded only by the views that need them.
        codeSplitting: {
          groups: [
            // The compiler's runtime goes with the compiled views: the entry (the shell) is not compiled.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/](?!(cjs[\\/]react-)?compiler-runtime)/,
            },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    css: false,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
