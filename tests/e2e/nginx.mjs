// Serves dist/ with Debian's nginx using deploy/nginx.conf (root and port swapped in), checks the headers
// production depends on, then runs the shell journeys against it. Prints "nginx: N passed, N failed".
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = '/usr/sbin/nginx';
const PORT = Number(process.env.NGINX_PORT ?? 4188);
const base = `http://127.0.0.1:${PORT}/`;

if (!existsSync(NGINX)) {
  console.log(
    `nginx is not installed; skipping the production-serving test. Install it with:\n  sudo apt-get install --no-install-recommends nginx`,
  );
  console.log('nginx: 0 passed, 0 failed');
  process.exit(0);
}

const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
const site = readFileSync('deploy/nginx.conf', 'utf8')
  .replace(/root [^;]+;/, `root ${resolve('dist')};`)
  .replace(/listen 8080;/, `listen 127.0.0.1:${PORT};`)
  .replace(/\n\s*listen \[::\]:8080;/, '');
writeFileSync(
  join(prefix, 'nginx.conf'),
  `daemon off;\nworker_processes 1;\nuser root;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\n` +
    `events { worker_connections 64; }\nhttp {\n include /etc/nginx/mime.types;\n access_log off;\n` +
    ` client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fcgi;\n` +
    ` uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;\n${site}\n}\n`,
);

const server = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
let passed = 0;
let failed = 0;
const check = async (name, fn) => {
  try {
    await fn();
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (err) {
    failed += 1;
    console.log(`  ✗ ${name}\n    ${String(err?.message ?? err)}`);
  }
};

try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const csp = /set \$csp "([^"]+)";/.exec(site)?.[1];
  await check('nginx serves index.html with the CSP header and no-cache', async () => {
    const res = await fetch(base);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), csp);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
  });
  await check('hashed assets are cached for a year, immutable', async () => {
    const html = await (await fetch(base)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(asset, 'index.html references a hashed script');
    const res = await fetch(new URL(asset, base));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
  });
  await check('datasets are revalidated and deep links fall back to the app', async () => {
    const data = await fetch(new URL('data/strikes.json', base));
    assert.equal(data.status, 200);
    assert.equal(data.headers.get('cache-control'), 'no-cache');
    const deep = await fetch(new URL('some/deep/link?country=COL', base));
    assert.equal(deep.status, 200);
  });
  const e2e = spawnSync('node', ['tests/e2e/run.mjs', 'loads with no console error'], {
    env: { ...process.env, E2E_BASE_URL: base },
    encoding: 'utf8',
  });
  process.stdout.write(e2e.stdout);
  const m = /e2e: (\d+) passed, (\d+) failed/.exec(e2e.stdout);
  passed += Number(m?.[1] ?? 0);
  failed += Number(m?.[2] ?? 1);
} finally {
  server.kill();
}
console.log(`nginx: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
