// "The next deploy", without a second 30-second build: a copy of dist/ where one dataset changed, and sw.js's
// precache manifest carries that file's new revision, exactly as `vite build` writes it (Workbox's revision is
// the MD5 of the file). Code is unchanged, so every hashed asset is the same; only the data and sw.js differ.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function secondBuild(dist: string, dataset: string, change: (data: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-next-build-'));
  cpSync(dist, dir, { recursive: true });
  const file = join(dir, 'data', `${dataset}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(data);
  const text = JSON.stringify(data);
  writeFileSync(file, text);
  const revision = createHash('md5').update(text).digest('hex');
  const swFile = join(dir, 'sw.js');
  const sw = readFileSync(swFile, 'utf8');
  const entry = new RegExp(`(url:"data/${dataset}\\.json",revision:")[0-9a-f]+(")`);
  if (!entry.test(sw)) throw new Error(`sw.js does not precache data/${dataset}.json`);
  writeFileSync(swFile, sw.replace(entry, `$1${revision}$2`));
  return dir;
}
