// 10,000 synthetic strikes built from the real dataset's shape, for scale measurements only (never shipped).
import { readFileSync } from 'node:fs';

export function syntheticStrikesDataset(count = 10000, seed = 42) {
  const real = JSON.parse(readFileSync('data/strikes.json', 'utf8'));
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.parse('2025-09-02T00:00:00Z');
  const span = Date.parse('2026-06-22T00:00:00Z') - start;
  const areaIds = [...real.areas.map((a) => a.id), null];
  const records = Array.from({ length: count }, (_, i) => {
    const template = real.records[i % real.records.length];
    const areaId = areaIds[Math.floor(rand() * areaIds.length)];
    const area = real.areas.find((a) => a.id === areaId);
    return {
      ...template,
      id: `synthetic-${i}`,
      date: new Date(start + Math.floor((rand() * span) / 86400000) * 86400000).toISOString().slice(0, 10),
      areaId,
      sea: area?.sea ?? template.sea,
      locationPrecision: areaId === null ? 'sea-only' : 'named-area',
      killed: Math.floor(rand() * 6),
      revisions: [],
    };
  });
  return JSON.stringify({ ...real, records });
}
