export declare function syntheticStrikesDataset(count?: number, seed?: number): string;
