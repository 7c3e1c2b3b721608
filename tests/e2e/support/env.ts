// Where the browser tests find Chromium, nginx and their ports. Shared by playwright.config.ts and the specs.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// No background traffic from the browser itself: "no request outside the origin" must be about the app.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 1);

export const NGINX = '/usr/sbin/nginx';
export const HAS_NGINX = existsSync(NGINX);
export const NGINX_MISSING =
  'nginx is not installed; skipping the production-serving tests. Install it with:\n' +
  '  sudo apt-get install --no-install-recommends nginx';
