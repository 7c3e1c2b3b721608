import { changelogDataset, type ChangelogDataset } from './changelog.ts';
import { bannedCitationsInRaw } from './citationChecks.ts';
import { crossCheck } from './crossChecks.ts';
import { domainPolicy } from './domainClass.ts';
import { domainPolicyFile } from './domainPolicy.ts';
import { problemsFromZod, type DataProblem } from './problems.ts';
import { datasetNames, datasetSchemas, type AllDatasets, type DatasetName } from './registry.ts';

/** Files the build ships beside the app's datasets: the data changelog. */
export const auxiliaryFiles = ['changelog'] as const;
export type AuxiliaryFile = (typeof auxiliaryFiles)[number];
export type RawFiles = Partial<Record<DatasetName | AuxiliaryFile, string>>;

function parseJson(file: string, text: string, problems: DataProblem[]): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (err) {
    problems.push({ file, recordId: null, field: '(file)', message: `is not valid JSON: ${(err as Error).message}` });
    return { ok: false };
  }
}

/** The domain policy is imported by the schema module itself; its shape and uniqueness are checked here. */
function policyProblems(): DataProblem[] {
  const file = 'data/domain-policy.json';
  const result = domainPolicyFile.safeParse(domainPolicy);
  if (!result.success) return problemsFromZod(file, domainPolicy, result.error);
  const seen = new Set<string>();
  return result.data.domains.flatMap((d) => {
    const dup = seen.has(d.domain);
    seen.add(d.domain);
    return dup ? [{ file, recordId: null, field: 'domains', message: `${d.domain} is listed twice` }] : [];
  });
}

/** Parses and validates every dataset file; used by the build (Vite plugin) and by the data check script. */
export function validateAll(
  files: RawFiles,
  options: { partial?: boolean } = {},
): { problems: DataProblem[]; data: AllDatasets | null; changelog: ChangelogDataset | null } {
  const problems: DataProblem[] = policyProblems();
  const parsed: Partial<Record<DatasetName, unknown>> = {};
  const rawJson: Partial<Record<DatasetName, unknown>> = {};
  for (const name of datasetNames) {
    const file = `data/${name}.json`;
    const text = files[name];
    if (text === undefined) {
      if (options.partial === true) continue;
      problems.push({ file, recordId: null, field: '(file)', message: 'file is missing' });
      continue;
    }
    const read = parseJson(file, text, problems);
    if (!read.ok) continue;
    rawJson[name] = read.json;
    const result = datasetSchemas[name].safeParse(read.json);
    if (result.success) parsed[name] = result.data;
    else problems.push(...problemsFromZod(file, read.json, result.error));
  }
  const changelog = validateChangelog(files.changelog, options, problems);
  // Schema errors stop the cross-file checks, but banned citations are still named record by record.
  if (problems.length > 0) return { problems: [...problems, ...bannedCitationsInRaw(rawJson)], data: null, changelog };
  const crossProblems = [...crossCheck(parsed as Partial<AllDatasets>), ...changelogRefProblems(changelog, parsed)];
  const complete = datasetNames.every((n) => parsed[n] !== undefined);
  return {
    problems: crossProblems,
    data: crossProblems.length === 0 && complete ? (parsed as AllDatasets) : null,
    changelog,
  };
}

function validateChangelog(
  text: string | undefined,
  options: { partial?: boolean },
  problems: DataProblem[],
): ChangelogDataset | null {
  const file = 'data/changelog.json';
  if (text === undefined) {
    if (options.partial !== true) problems.push({ file, recordId: null, field: '(file)', message: 'file is missing' });
    return null;
  }
  const read = parseJson(file, text, problems);
  if (!read.ok) return null;
  const result = changelogDataset.safeParse(read.json);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file, read.json, result.error));
  return null;
}

/** Every record a changelog entry names exists in its dataset. */
function changelogRefProblems(
  changelog: ChangelogDataset | null,
  parsed: Partial<Record<DatasetName, unknown>>,
): DataProblem[] {
  if (changelog === null) return [];
  const ids = new Map<DatasetName, Set<string>>();
  const idsOf = (name: DatasetName): Set<string> | null => {
    const dataset = parsed[name];
    if (dataset === undefined || dataset === null) return null;
    let set = ids.get(name);
    if (set === undefined) {
      set = new Set(
        Object.entries(dataset)
          .filter(([key, value]) => key !== 'corrections' && Array.isArray(value))
          .flatMap(([, value]) => (value as { id?: unknown }[]).map((r) => String(r.id))),
      );
      ids.set(name, set);
    }
    return set;
  };
  return changelog.entries.flatMap((entry) =>
    entry.records.flatMap((ref, i) => {
      const known = idsOf(ref.dataset);
      return known === null || known.has(ref.id)
        ? []
        : [
            {
              file: 'data/changelog.json',
              recordId: entry.id,
              field: `records.${i}`,
              message: `names "${ref.id}", which is not in data/${ref.dataset}.json: fix the id or drop the reference`,
            },
          ];
    }),
  );
}
