import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import type { ViewState } from '../../state/viewState';
import { defaultViewState, serialize } from '../../state/viewStateCodec';
import type { Deck } from './deckCodec';

const view = (patch: Partial<ViewState>) => serialize({ ...defaultViewState(), ...patch });

/** "Sanctioning a head of state: the Petro case in six views", told from the data. */
export function builtInDeck(lang: Lang): Deck {
  return {
    title: m.present_built_in_title({}, { locale: lang }),
    slides: [
      {
        title: m.present_built_in_1_title({}, { locale: lang }),
        note: m.present_built_in_1_note({}, { locale: lang }),
        view: view({ from: '2025-09-01', to: '2025-10-31', country: 'COL', event: null }),
        region: 'timeline',
      },
      {
        title: m.present_built_in_2_title({}, { locale: lang }),
        note: m.present_built_in_2_note({}, { locale: lang }),
        view: view({ from: '2025-09-01', to: '2026-06-30', layers: ['strikes', 'context'] }),
        region: 'map',
      },
      {
        title: m.present_built_in_3_title({}, { locale: lang }),
        note: m.present_built_in_3_note({}, { locale: lang }),
        view: view({
          measure: 'appropriation',
          scope: 'state-usaid',
          breakdown: 'total',
          year: 2024,
          from: '2025-09-01',
          to: '2025-10-31',
        }),
        region: 'aid',
      },
      {
        title: m.present_built_in_4_title({}, { locale: lang }),
        note: m.present_built_in_4_note({}, { locale: lang }),
        view: view({ compare: null, sort: 'date' }),
        region: 'precedents',
      },
      {
        title: m.present_built_in_5_title({}, { locale: lang }),
        note: m.present_built_in_5_note({}, { locale: lang }),
        view: view({ precedent: 'ven-maduro-2017', country: 'VEN', compare: ['ven-maduro-2017'] }),
        region: 'precedents',
      },
      {
        title: m.present_built_in_6_title({}, { locale: lang }),
        note: m.present_built_in_6_note({}, { locale: lang }),
        view: view({ sort: 'tenure' }),
        region: 'precedents',
      },
    ],
  };
}
