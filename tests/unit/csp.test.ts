import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyFor } from '../../scripts/vite-plugin-csp';

describe('Content-Security-Policy', () => {
  it('is the same in the built meta tag and the nginx header', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const header = /set \$csp "([^"]+)";/.exec(conf)?.[1];
    expect(header).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds only the tile host to img-src when a build opts into raster tiles', () => {
    expect(policyFor(undefined)).toBe(CONTENT_SECURITY_POLICY);
    const withTiles = policyFor('https://{s}.tiles.example.org/{z}/{x}/{y}.png');
    expect(withTiles).toContain("img-src 'self' data: blob: https://*.tiles.example.org;");
    expect(policyFor('https://tiles.example.org/{z}/{x}/{y}.png')).toContain('blob: https://tiles.example.org;');
    expect(withTiles).toContain("connect-src 'self'");
  });

  it('allows no inline or third-party script and no request outside the origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });
});
