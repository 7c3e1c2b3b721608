import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy, in one place: the built index.html gets it as a meta tag, and
 * deploy/nginx.conf sends the same policy as a header (plus frame-ancestors, which a meta tag cannot carry).
 * Not applied in dev, where Vite's React refresh needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy for a build. A deployment that opts into raster tiles (VITE_TILE_URL) must let the browser load
 * images from the tile host, so that origin alone is added to img-src; deploy/nginx.conf then needs the same.
 */
export function policyFor(tileUrl: string | undefined): string {
  if (tileUrl === undefined || tileUrl === '') return CONTENT_SECURITY_POLICY;
  const parsed = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a'));
  // A "{s}" subdomain template ({s}.tile.example.org) needs every subdomain: a CSP host wildcard.
  const host = tileUrl.includes('//{s}.') ? parsed.host.replace(/^a\./, '*.') : parsed.host;
  const origin = `${parsed.protocol}//${host}`;
  return CONTENT_SECURITY_POLICY.replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${origin}`);
}

export function cspPlugin(): Plugin {
  return {
    name: 'sanctions-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(process.env.VITE_TILE_URL) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
