import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/schema/problems';
import { validateAll } from '../../src/data/schema/validate';
import { asFiles, minimalDatasets } from '../fixtures/minimalDatasets';

const messages = (files: Parameters<typeof validateAll>[0]) => validateAll(files).problems.map(formatProblem);

describe('dataset validation (build and run time share it)', () => {
  it('accepts the minimal valid datasets', () => {
    const { problems, data } = validateAll(asFiles(minimalDatasets()));
    expect(problems).toEqual([]);
    expect(data?.strikes.records).toHaveLength(1);
  });

  it.each([
    ['http:', 'http://home.treasury.gov/x'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
  ])('rejects an %s source URL, naming file, record and field', (_, url) => {
    const d = minimalDatasets();
    d.sources.records[0] = { ...d.sources.records[0]!, url };
    expect(messages(asFiles(d))).toContain('data/sources.json › record "treasury-1" › url: must be an https:// URL');
  });

  it('rejects a record without sources', () => {
    const d = minimalDatasets();
    d.events.records[0] = { ...d.events.records[0]!, sourceIds: [] };
    expect(messages(asFiles(d))).toContain(
      'data/events.json › record "ev-1" › sourceIds: every record needs at least one source (or, when only uncitable copies exist, an "uncitedSources" description and verification "unverified")',
    );
  });

  it('accepts a record resting only on uncitable copies when they are described and it is unverified', () => {
    const d = minimalDatasets();
    const uncitedSources = { en: 'CBS text on an http-only mirror', es: 'Texto de CBS en un espejo sin https' };
    d.events.records[0] = { ...d.events.records[0]!, sourceIds: [], uncitedSources };
    expect(messages(asFiles(d))).toEqual([
      'data/events.json › record "ev-1" › verification: rests only on uncitable sources ("uncitedSources"): mark it "unverified"',
    ]);
    d.events.records[0] = { ...d.events.records[0]!, verification: 'unverified' };
    expect(messages(asFiles(d))).toEqual([]);
  });

  it('rejects a negative count', () => {
    const d = minimalDatasets();
    d.strikes.records[0] = { ...d.strikes.records[0]!, killed: -1 };
    expect(messages(asFiles(d))).toContain(
      'data/strikes.json › record "strike-1" › killed: must be a non-negative integer',
    );
  });

  it('rejects a fractional count', () => {
    const d = minimalDatasets();
    d.strikes.records[0] = { ...d.strikes.records[0]!, boats: 1.5 };
    expect(messages(asFiles(d)).some((m) => m.startsWith('data/strikes.json › record "strike-1" › boats:'))).toBe(true);
  });

  it('rejects an impossible date', () => {
    const d = minimalDatasets();
    d.events.records[0] = { ...d.events.records[0]!, date: '2025-02-30' };
    expect(messages(asFiles(d))).toContain('data/events.json › record "ev-1" › date: is not a real calendar date');
  });

  it('rejects a date outside the product range', () => {
    const d = minimalDatasets();
    d.events.records[0] = { ...d.events.records[0]!, date: '1850-01-01' };
    expect(messages(asFiles(d)).some((m) => m.includes('record "ev-1" › date: must lie between'))).toBe(true);
  });

  it('rejects a duplicate id', () => {
    const d = minimalDatasets();
    d.events.records.push({ ...d.events.records[0]! });
    expect(messages(asFiles(d))).toContain('data/events.json › record "ev-1" › id: duplicate id in records');
  });

  it('rejects an unknown sourceId', () => {
    const d = minimalDatasets();
    d.sanctions.designations[0] = { ...d.sanctions.designations[0]!, sourceIds: ['nowhere-1'] };
    expect(messages(asFiles(d))).toContain(
      'data/sanctions.json › record "petro" › sourceIds.0: unknown sourceId "nowhere-1"',
    );
  });

  it('rejects broken JSON, naming the file', () => {
    const files = asFiles(minimalDatasets());
    files.aid = files.aid.slice(0, 40);
    const [first] = messages(files);
    expect(first).toMatch(/^data\/aid\.json › \(file\): is not valid JSON/);
  });

  it('rejects a record resting only on weak domains unless marked unverified', () => {
    const d = minimalDatasets();
    d.events.records[0] = { ...d.events.records[0]!, sourceIds: ['spam-1'] };
    expect(messages(asFiles(d))).toEqual([
      'data/events.json › record "ev-1" › sourceIds: rests only on weak domains (particle.news): add a source on an ordinary domain, or mark the record "unverified"',
    ]);
    d.events.records[0] = { ...d.events.records[0]!, verification: 'unverified' };
    expect(messages(asFiles(d))).toEqual([]);
  });

  it('accepts a weak source beside an ordinary one', () => {
    const d = minimalDatasets();
    d.events.records[0] = { ...d.events.records[0]!, sourceIds: ['spam-1', 'treasury-1'], verification: 'confirmed' };
    expect(messages(asFiles(d))).toEqual([]);
  });

  it('rejects a banned source, naming the source and every record citing it, even in a conflict', () => {
    const d = minimalDatasets();
    d.sources.records.push({ ...d.sources.records[0]!, id: 'scraper-1', url: 'https://8657085.xyz/post/5214' });
    d.strikes.records[0] = {
      ...d.strikes.records[0]!,
      sourceIds: ['treasury-1', 'scraper-1'],
      conflicts: [
        {
          field: 'killed',
          values: [
            { value: 11, sourceIds: ['treasury-1'] },
            { value: 12, sourceIds: ['scraper-1'] },
          ],
        },
      ],
    };
    const found = messages(asFiles(d));
    expect(found).toContain(
      'data/sources.json › record "scraper-1" › url: 8657085.xyz is banned (scraper): remove this source and every citation of it, or replace it with the original outlet\'s page',
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^data\/strikes\.json › record "strike-1" › sourceIds\.1: "scraper-1": 8657085\.xyz is banned \(scraper\) — remove it, or replace it/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^data\/strikes\.json › record "strike-1" › conflicts\.0\.values\.1\.sourceIds\.0: "scraper-1": 8657085\.xyz is banned/,
      ),
    );
  });

  it('matches a banned domain on its subdomains (www. and others)', () => {
    const d = minimalDatasets();
    d.sources.records[0] = { ...d.sources.records[0]!, url: 'https://www.news.8657085.xyz/x' };
    expect(messages(asFiles(d))[0]).toMatch(/record "treasury-1" › url: 8657085\.xyz is banned \(scraper\)/);
  });

  it("requires an evidence grade on every strike, from the rubric's five", () => {
    const d = minimalDatasets();
    const { grade: _omit, ...withoutGrade } = d.strikes.records[0]!;
    const files = asFiles(d);
    files.strikes = JSON.stringify({ ...d.strikes, records: [withoutGrade] });
    expect(messages(files).some((m) => m.startsWith('data/strikes.json › record "strike-1" › grade:'))).toBe(true);
    files.strikes = JSON.stringify({ ...d.strikes, records: [{ ...withoutGrade, grade: 'probable' }] });
    expect(messages(files).some((m) => m.startsWith('data/strikes.json › record "strike-1" › grade:'))).toBe(true);
  });

  it('keeps "discounted" for strikes that are not counted, and only for them', () => {
    const d = minimalDatasets();
    d.strikes.records[0] = { ...d.strikes.records[0]!, grade: 'discounted' };
    expect(messages(asFiles(d))[0]).toMatch(/record "strike-1" › grade: is "discounted" but the strike is counted/);
    d.strikes.records[0] = { ...d.strikes.records[0]!, counted: false, grade: 'weak' };
    expect(messages(asFiles(d))[0]).toMatch(/record "strike-1" › grade: the strike is not counted/);
  });

  it('requires trueAsOf on a leader marked in office', () => {
    const d = minimalDatasets();
    const { trueAsOf: _omit, ...undated } = d.precedents.cases[0]!;
    d.precedents.cases[0] = undated;
    expect(messages(asFiles(d))).toContain(
      'data/precedents.json › record "col-petro" › trueAsOf: "in-office" is true only as of a date: add trueAsOf (the last date sources confirmed it)',
    );
  });

  it('rejects a figure whose measure differs from its series', () => {
    const d = minimalDatasets();
    d.aid.figures[0] = { ...d.aid.figures[0]!, measure: 'request' };
    expect(messages(asFiles(d))[0]).toMatch(
      /record "fy2020" › measure: is "request" but series "approp" holds "appropriation"/,
    );
  });

  it('rejects a figure whose agency, sector or account has no Spanish name', () => {
    const d = minimalDatasets();
    d.aid.figures[0] = { ...d.aid.figures[0]!, sector: 'Counternarcotics' };
    expect(messages(asFiles(d))).toContain(
      'data/aid.json › record "fy2020" › sector: "Counternarcotics" has no entry in categoryNames',
    );
    d.aid.categoryNames.push({ en: 'Counternarcotics', es: 'Antinarcóticos' });
    expect(messages(asFiles(d))).toEqual([]);
  });

  it('rejects a strike in an unknown area', () => {
    const d = minimalDatasets();
    d.strikes.records[0] = { ...d.strikes.records[0]!, areaId: 'atlantis' };
    expect(messages(asFiles(d))).toContain('data/strikes.json › record "strike-1" › areaId: unknown area "atlantis"');
  });

  it('reports a missing file', () => {
    const files: Partial<ReturnType<typeof asFiles>> = asFiles(minimalDatasets());
    delete files.precedents;
    expect(messages(files)).toContain('data/precedents.json › (file): file is missing');
  });
});
