// Merges the per-dataset source lists in .staging/sources/*.json into data/sources.json (deduplicated by id).
// Used only while the datasets are first transcribed; data/sources.json is the source of truth afterwards.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
const dir = '.staging/sources';
const byId = new Map();
if (existsSync('data/sources.json')) {
  for (const s of JSON.parse(readFileSync('data/sources.json', 'utf8')).records) byId.set(s.id, s);
}
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  for (const s of JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))) if (!byId.has(s.id)) byId.set(s.id, s);
}
const records = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
const out = {
  dataset: 'sources',
  asOf: '2026-11-28',
  title: { en: 'Sources', es: 'Fuentes' },
  notes: {
    en: 'Every source cited by the datasets, once. "Accessed" is the date the record was transcribed from the research notes, which were compiled from stored copies of the pages.',
    es: 'Todas las fuentes citadas por los conjuntos de datos, una vez. «Consultada» es la fecha en que el registro se transcribió de las notas de investigación, compiladas a partir de copias archivadas de las páginas.',
  },
  corrections: [],
  records,
};
writeFileSync('data/sources.json', JSON.stringify(out, null, 2) + '\n');
console.log(`data/sources.json: ${records.length} sources`);
