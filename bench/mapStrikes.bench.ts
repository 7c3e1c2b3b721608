// Time to filter 10,000 synthetic strikes by window and sea and aggregate them into zones (what the map
// redraws on every filter change; the layer itself is one shape per area). Prints one JSON line last.
import { groupByArea, strikesInWindow, tally } from '../src/features/map/strikeSelectors';
import type { StrikesDataset } from '../src/data/schema/strikes';
import { syntheticStrikesDataset } from './syntheticStrikes.mjs';

const data = JSON.parse(syntheticStrikesDataset(10000)) as StrikesDataset;
const windows = [
  { from: null, to: null, sea: null },
  { from: '2025-09-01', to: '2025-12-31', sea: null },
  { from: '2026-01-01', to: '2026-06-30', sea: 'eastern-pacific' as const },
  { from: '2025-10-01', to: '2026-02-28', sea: 'caribbean' as const },
];
const times: number[] = [];
for (let i = 0; i < 400; i++) {
  const w = windows[i % windows.length] ?? windows[0];
  if (w === undefined) break;
  const t0 = performance.now();
  const inWindow = strikesInWindow(data.records, w);
  const groups = groupByArea(data.areas, inWindow);
  tally(inWindow);
  if (groups.zones.length === 0) throw new Error('no zones');
  times.push(performance.now() - t0);
}
const sorted = times.slice(50).sort((a, b) => a - b);
const pick = (q: number) =>
  Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2));
console.log(
  `filter + aggregate 10,000 strikes into ${data.areas.length} zones: median ${pick(0.5)} ms, p95 ${pick(0.95)} ms`,
);
console.log(
  JSON.stringify({ strikes: data.records.length, zones: data.areas.length, medianMs: pick(0.5), p95Ms: pick(0.95) }),
);
