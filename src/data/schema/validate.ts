import { crossCheck } from './crossChecks.ts';
import { problemsFromZod, type DataProblem } from './problems.ts';
import { datasetNames, datasetSchemas, type AllDatasets, type DatasetName } from './registry.ts';

export type RawFiles = Partial<Record<DatasetName, string>>;

/** Parses and validates every dataset file; used by the build (Vite plugin) and by the data check script. */
export function validateAll(
  files: RawFiles,
  options: { partial?: boolean } = {},
): { problems: DataProblem[]; data: AllDatasets | null } {
  const problems: DataProblem[] = [];
  const parsed: Partial<Record<DatasetName, unknown>> = {};
  for (const name of datasetNames) {
    const file = `data/${name}.json`;
    const text = files[name];
    if (text === undefined) {
      if (options.partial === true) continue;
      problems.push({ file, recordId: null, field: '(file)', message: 'file is missing' });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      problems.push({ file, recordId: null, field: '(file)', message: `is not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const result = datasetSchemas[name].safeParse(json);
    if (result.success) parsed[name] = result.data;
    else problems.push(...problemsFromZod(file, json, result.error));
  }
  if (problems.length > 0) return { problems, data: null };
  const crossProblems = crossCheck(parsed as Partial<AllDatasets>);
  const complete = datasetNames.every((n) => parsed[n] !== undefined);
  return { problems: crossProblems, data: crossProblems.length === 0 && complete ? (parsed as AllDatasets) : null };
}
