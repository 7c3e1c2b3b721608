/** Dataset names without the schemas, so the entry chunk can list them without loading zod. */
export const datasetNames = ['sources', 'events', 'sanctions', 'aid', 'strikes', 'precedents'] as const;
