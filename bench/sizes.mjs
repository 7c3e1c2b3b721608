// JS sizes (gzip) of the built site: what the entry needs (its script + modulepreloads) and every chunk.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const gzipKb = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

export function entrySizes(dist = 'dist') {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const files = [
    ...[...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)].map((m) => m[1]),
  ];
  const unique = [...new Set(files)];
  const entryKb = unique.reduce((sum, f) => sum + gzipKb(`${dist}/${f}`), 0);
  const chunks = readdirSync(`${dist}/assets`)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, gzipKb: gzipKb(`${dist}/assets/${f}`) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return { entryFiles: unique, entryKb, chunks, totalKb: chunks.reduce((s, c) => s + c.gzipKb, 0) };
}
