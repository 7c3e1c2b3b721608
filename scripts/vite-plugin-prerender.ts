import { createServer, type Plugin } from 'vite';
import type { AllDatasets } from '../src/data/schema/registry.ts';
import { checkDatasets } from './vite-plugin-datasets.ts';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Pre-renders the page with its data (src/prerender.tsx) into the built index.html. Loaded through a Vite server
 * (no port: middleware mode), so the app's TypeScript and JSX need no second build, and the views' lazy chunks
 * load while the page renders (a one-shot module runner closes once its module is imported). The datasets are the validated ones the build
 * ships; a page that fails to render fails the build.
 */
export function prerenderPlugin(): Plugin {
  let root = '';
  return {
    name: 'sanctions-atlas-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html must contain ${EMPTY_ROOT} for the prerender`);
        const checked = checkDatasets(`${root}/data`);
        if ('error' in checked) throw new Error(checked.error);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const module = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            renderPage: (data: AllDatasets) => Promise<string>;
          };
          return html.replace(EMPTY_ROOT, `<div id="root">${await module.renderPage(checked.data)}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
