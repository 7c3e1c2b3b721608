import type fc from 'fast-check';

export declare const hostileQuery: fc.Arbitrary<string>;
export declare function sampleHostileQueries(count: number, seed?: number): string[];
