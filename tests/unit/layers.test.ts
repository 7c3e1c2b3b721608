import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/**
 * Lints a file that is not on disk as if it were at `filePath`: its imports resolve against the real tree, so
 * the layer rule sees real targets. The rule only fires when imports resolve, so each forbidden case is
 * paired with an allowed one that differs only in the target.
 */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

const importing = (path: string) => `import * as m from '${path}';\nexport const x = m;\n`;

describe('layers (lint)', () => {
  it('forbids a feature importing another feature, and allows its own files', async () => {
    expect(await layerErrors('src/features/map/Probe.ts', importing('../aid/AidView'))).toEqual([
      expect.stringContaining('"feature"'),
    ]);
    expect(await layerErrors('src/features/map/Probe.ts', importing('./MapView'))).toEqual([]);
  });

  it('forbids ui importing data or state, and allows lib and i18n', async () => {
    expect(await layerErrors('src/ui/Probe.tsx', importing('../data/queries'))).toEqual([
      expect.stringContaining('from elements of type "ui" to elements of type "data"'),
    ]);
    expect(await layerErrors('src/ui/Probe.tsx', importing('../state/urlStore'))).toHaveLength(1);
    expect(await layerErrors('src/ui/Probe.tsx', importing('../lib/lang'))).toEqual([]);
    expect(await layerErrors('src/ui/Probe.tsx', importing('../i18n/format'))).toEqual([]);
  });

  it('keeps lib a leaf and stops lower layers reaching up', async () => {
    expect(await layerErrors('src/lib/Probe.ts', importing('../ui/ExternalLink'))).toHaveLength(1);
    expect(await layerErrors('src/state/Probe.ts', importing('../features/map/MapView'))).toHaveLength(1);
    expect(await layerErrors('src/data/Probe.ts', importing('../app/App'))).toHaveLength(1);
    expect(await layerErrors('src/i18n/Probe.ts', importing('../state/urlStore'))).toHaveLength(1);
  });

  it('lets the shell and the entry points compose every layer', async () => {
    expect(await layerErrors('src/app/Probe.ts', importing('../features/map/MapView'))).toEqual([]);
    expect(await layerErrors('src/main.tsx', importing('./features/map/MapView'))).toEqual([]);
  });
});
