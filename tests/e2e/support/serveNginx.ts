// Playwright's webServer for the "nginx" project: Debian's nginx in the foreground, with deploy/nginx.conf
// serving the build folder (argv[2], default dist) on E2E_NGINX_PORT, everything else in a temporary prefix.
// Usage: tsx tests/e2e/support/serveNginx.ts [dist]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX, NGINX_PORT } from './env.ts';
import { nginxSite } from './nginxSite.ts';

const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
writeFileSync(
  join(prefix, 'nginx.conf'),
  `daemon off;\nworker_processes 1;\nuser root;\npid ${prefix}/nginx.pid;\nerror_log stderr;\n` +
    `events { worker_connections 64; }\nhttp {\n include /etc/nginx/mime.types;\n access_log off;\n` +
    ` client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fcgi;\n` +
    ` uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;\n${nginxSite(process.argv[2] ?? 'dist', NGINX_PORT)}\n}\n`,
);

const server = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
const stop = () => server.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
