import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('feature boundaries (lint)', () => {
  it('forbids a feature importing another feature', async () => {
    const ids = await ruleIdsFor(
      'src/features/map/Probe.ts',
      "import AidView from '../aid/AidView';\nexport const x = AidView;\n",
    );
    expect(ids).toContain('atlas/no-cross-feature-import');
  });

  it('allows a feature to import shared plumbing and its own files', async () => {
    const code =
      "import { useViewState } from '../../state/useViewState';\nimport { en } from '../../i18n/en';\nexport const x = [useViewState, en];\n";
    expect(await ruleIdsFor('src/features/map/Probe.ts', code)).not.toContain('atlas/no-cross-feature-import');
  });

  it('allows the app shell to compose features', async () => {
    const code = "export const load = () => import('../features/map/MapView');\n";
    expect(await ruleIdsFor('src/app/Probe.ts', code)).not.toContain('atlas/no-cross-feature-import');
  });
});
