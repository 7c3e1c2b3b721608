import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Points the compiled messages' `import * as registry from '../registry.js'` at src/i18n/messageFormatters.ts,
 * which keeps its Intl formatters instead of building one per call. The generated folder is rewritten by every
 * `npm run messages`, so it is redirected here rather than edited.
 */
export function messageFormattersPlugin(): Plugin {
  let generated = resolve('src/i18n/paraglide');
  let cached = resolve('src/i18n/messageFormatters.ts');
  return {
    name: 'sanctions-atlas:message-formatters',
    enforce: 'pre',
    configResolved(config) {
      generated = resolve(config.root, 'src/i18n/paraglide');
      cached = resolve(config.root, 'src/i18n/messageFormatters.ts');
    },
    resolveId(source, importer) {
      if (importer === undefined || !source.endsWith('/registry.js')) return null;
      return importer.startsWith(generated + '/') ? cached : null;
    },
  };
}
