import { runnerImport, type Plugin } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Pre-renders the app shell (src/prerender.tsx) into the built index.html. Loaded through Vite's module
 * runner, so the app's TypeScript and JSX need no second build. A shell that fails to render fails the build.
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
        const { module } = await runnerImport<{ renderShell: () => string }>('/src/prerender.tsx', {
          root,
          configFile: false,
          logLevel: 'error',
        });
        return html.replace(EMPTY_ROOT, `<div id="root">${module.renderShell()}</div>`);
      },
    },
  };
}
