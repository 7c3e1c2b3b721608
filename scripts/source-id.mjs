// Prints the canonical source id for each URL given: "<host-slug>-<8 hex of sha1(url)>".
// The same URL always gets the same id, so datasets transcribed separately share their sources.
import { createHash } from 'node:crypto';
export function sourceId(url) {
  const host = new URL(url).hostname
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()
    .slice(0, 24)
    .replace(/-+$/, '');
  return `${host}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;
}
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) console.log(`${sourceId(url)}\t${url}`);
}
