import { formatUsdMillions } from '../../i18n/format';
import type { Lang } from '../../lib/lang';
import type { SplitSegment } from './aidSelectors';

/** A split category's amount as its label, the table and the export write it (~ when approximate). */
export const amountText = (s: SplitSegment, lang: Lang) =>
  `${s.approximate ? '~' : ''}${formatUsdMillions(s.value, lang)}`;
