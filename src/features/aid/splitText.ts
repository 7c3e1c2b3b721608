import { formatUsdMillions } from '../../i18n/format';
import type { Lang } from '../../lib/lang';
import type { SplitSegment } from './aidSelectors';

/** A split category's amount as its label, the table and the export write it (~ when approximate). */
export const amountText = (s: SplitSegment, lang: Lang) =>
  `${s.approximate ? '~' : ''}${formatUsdMillions(s.value, lang)}`;

/** The split chart's margins and row height: the chart draws with them, AidSplit reserves its height. */
export const SPLIT_MARGIN = { top: 40, right: 8, bottom: 4, left: 8 };
export const SPLIT_ROW = 46;
export const splitChartHeight = (rows: number) => SPLIT_MARGIN.top + rows * SPLIT_ROW + SPLIT_MARGIN.bottom;
