import type * as z from 'zod/mini';

/** One thing wrong with the data, named so a person can find it: file, record and field. */
export interface DataProblem {
  file: string;
  recordId: string | null;
  field: string;
  message: string;
}

export function formatProblem(p: DataProblem): string {
  const where = p.recordId === null ? p.file : `${p.file} › record "${p.recordId}"`;
  return `${where} › ${p.field}: ${p.message}`;
}

type PathKey = PropertyKey;

/** Walks a zod issue path back into the data to find the id of the record it sits in. */
function recordIdAt(data: unknown, path: readonly PathKey[]): { recordId: string | null; field: string } {
  let node: unknown = data;
  let recordId: string | null = null;
  let fieldStart = 0;
  path.forEach((key, i) => {
    if (node !== null && typeof node === 'object') {
      node = (node as Record<PropertyKey, unknown>)[key];
      if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
        const idValue = (node as Record<string, unknown>).id;
        if (typeof idValue === 'string' && typeof key === 'number') {
          recordId = idValue;
          fieldStart = i + 1;
        }
      }
    }
  });
  const rest = path.slice(fieldStart).map(String);
  const field = rest.length > 0 ? rest.join('.') : path.map(String).join('.') || '(root)';
  return { recordId, field };
}

export function problemsFromZod(file: string, data: unknown, error: z.core.$ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ file, ...recordIdAt(data, issue.path), message: issue.message }));
}
