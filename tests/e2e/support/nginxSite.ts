// deploy/nginx.conf as the production-serving tests run it: root swapped for the build folder, listening on
// 127.0.0.1 at the test port only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function nginxSite(dist: string, port: number): string {
  return readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/root [^;]+;/, `root ${resolve(dist)};`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/\n\s*listen \[::\]:8080;/, '');
}

/** The Content-Security-Policy deploy/nginx.conf sends (its `set $csp "…";`). */
export function deployedCsp(): string | undefined {
  return /set \$csp "([^"]+)";/.exec(readFileSync('deploy/nginx.conf', 'utf8'))?.[1];
}
