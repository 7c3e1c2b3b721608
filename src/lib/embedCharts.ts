/**
 * The charts an embed can show on their own (?embed=1&chart=…). Each is drawn by a view inside an element with
 * data-chart="…", the name the image exports find it by too.
 */
export const EMBED_CHARTS = ['map', 'aid-series', 'aid-flow', 'outcomes', 'timeline'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];
