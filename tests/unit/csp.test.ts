import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cspPlugin } from '../../scripts/vite-plugin-csp';

/** The tags the plugin writes into the built index.html, as the build calls it. */
async function emittedTags(): Promise<HtmlTagDescriptor[]> {
  const hook = cspPlugin().transformIndexHtml;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  if (handler === undefined) throw new Error('the CSP plugin has no index.html hook');
  const ctx = { path: '/index.html', filename: 'index.html' } as IndexHtmlTransformContext;
  const result = await handler.call(undefined as never, '<html><head></head></html>', ctx);
  return Array.isArray(result) ? result : [];
}

/** The policy the build writes, as directive → sources. */
async function builtPolicy(): Promise<Map<string, string[]>> {
  const meta = (await emittedTags()).filter(
    (t) => t.tag === 'meta' && t.attrs?.['http-equiv'] === 'Content-Security-Policy',
  );
  expect(meta).toHaveLength(1);
  expect(meta[0]?.injectTo).toBe('head-prepend');
  return directives(String(meta[0]?.attrs?.content));
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name ?? '', sources]),
  );

describe('Content-Security-Policy the build writes', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('allows scripts and requests from the origin only, and no plugins', async () => {
    const policy = await builtPolicy();
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  it('is the policy deploy/nginx.conf sends as a header', async () => {
    const header = /set \$csp "([^"]+)";/.exec(readFileSync('deploy/nginx.conf', 'utf8'))?.[1] ?? '';
    expect(directives(header)).toEqual(await builtPolicy());
  });

  it('adds only the tile host to img-src when a build opts into raster tiles', async () => {
    const without = await builtPolicy();
    vi.stubEnv('VITE_TILE_URL', 'https://{s}.tiles.example.org/{z}/{x}/{y}.png');
    const withTiles = await builtPolicy();
    expect(withTiles.get('img-src')).toEqual([...(without.get('img-src') ?? []), 'https://*.tiles.example.org']);
    expect(new Map([...withTiles].filter(([d]) => d !== 'img-src'))).toEqual(
      new Map([...without].filter(([d]) => d !== 'img-src')),
    );
    vi.stubEnv('VITE_TILE_URL', 'https://tiles.example.org/{z}/{x}/{y}.png');
    expect((await builtPolicy()).get('img-src')?.at(-1)).toBe('https://tiles.example.org');
  });
});
