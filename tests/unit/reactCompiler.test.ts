// The views are built by the React Compiler (vite.config.ts) in the build and here under Vitest alike: their
// hand-written memo(), useMemo and useCallback are gone, so without it every filter change would redraw them whole.
import { describe, expect, it } from 'vitest';
import { AidTable } from '../../src/features/aid/AidTable';
import { MapLabel } from '../../src/features/map/MapLabel';
import { TimelineChart } from '../../src/features/timeline/TimelineChart';
import { SourceLinks } from '../../src/ui/SourceLinks';

// A compiled component starts by taking its memo cache from react/compiler-runtime: `const $ = c(n)`.
const COMPILED = /^function \w+\(\w+\) \{\s*const \$ = /;

describe('React Compiler', () => {
  it.each([
    ['TimelineChart', TimelineChart],
    ['MapLabel', MapLabel],
    ['AidTable', AidTable],
    ['SourceLinks', SourceLinks],
  ])('compiles %s', (_, component) => {
    expect(String(component)).toMatch(COMPILED);
  });
});
