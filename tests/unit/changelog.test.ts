import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/schema/problems';
import { validateAll } from '../../src/data/schema/validate';
import { asFiles, minimalChangelog, minimalDatasets } from '../fixtures/minimalDatasets';

const messages = (files: Parameters<typeof validateAll>[0]) => validateAll(files).problems.map(formatProblem);

describe('data changelog (data/changelog.json)', () => {
  it('is validated and handed back with the datasets', () => {
    const { problems, changelog } = validateAll(asFiles(minimalDatasets()));
    expect(problems).toEqual([]);
    expect(changelog?.entries[0]?.records).toEqual([{ dataset: 'strikes', id: 'strike-1' }]);
  });

  it('rejects an entry without a Spanish summary', () => {
    const log = minimalChangelog();
    log.entries[0] = { ...log.entries[0]!, summary: { en: 'First', es: '' } };
    expect(messages(asFiles(minimalDatasets(), log))).toContain(
      'data/changelog.json › record "first" › summary.es: must not be empty',
    );
  });

  it('rejects a reference to a dataset that does not exist', () => {
    const files = asFiles(minimalDatasets());
    const log = JSON.parse(files.changelog) as { entries: { records: { dataset: string }[] }[] };
    log.entries[0]!.records[0]!.dataset = 'weather';
    files.changelog = JSON.stringify(log);
    expect(messages(files)).toContain(
      'data/changelog.json › record "strike-1" › dataset: must be one of sources, events, sanctions, aid, strikes, precedents',
    );
  });

  it('rejects a reference to a record that is not in its dataset', () => {
    const log = minimalChangelog();
    log.entries[0] = { ...log.entries[0]!, records: [{ dataset: 'strikes', id: 'strike-99' }] };
    expect(messages(asFiles(minimalDatasets(), log))).toEqual([
      'data/changelog.json › record "first" › records.0: names "strike-99", which is not in data/strikes.json: fix the id or drop the reference',
    ]);
  });

  it('is required by the build', () => {
    const files: Partial<ReturnType<typeof asFiles>> = asFiles(minimalDatasets());
    delete files.changelog;
    expect(messages(files)).toContain('data/changelog.json › (file): file is missing');
  });
});
