import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-plugin-csp';

describe('Content-Security-Policy', () => {
  it('is the same in the built meta tag and the nginx header', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const header = /set \$csp "([^"]+)";/.exec(conf)?.[1];
    expect(header).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no inline or third-party script and no request outside the origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });
});
