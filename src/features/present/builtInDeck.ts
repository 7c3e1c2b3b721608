import type { Translate } from '../../i18n/translate';
import type { ViewState } from '../../state/viewState';
import { defaultViewState, serialize } from '../../state/viewStateCodec';
import type { Deck } from './deckCodec';

const view = (patch: Partial<ViewState>) => serialize({ ...defaultViewState(), ...patch });

/** "Sanctioning a head of state: the Petro case in six views", told from the data. */
export function builtInDeck(t: Translate): Deck {
  return {
    title: t('present.builtIn.title'),
    slides: [
      {
        title: t('present.builtIn.1.title'),
        note: t('present.builtIn.1.note'),
        view: view({ from: '2025-09-01', to: '2025-10-31', country: 'COL', event: null }),
        region: 'timeline',
      },
      {
        title: t('present.builtIn.2.title'),
        note: t('present.builtIn.2.note'),
        view: view({ from: '2025-09-01', to: '2026-06-30', layers: ['strikes', 'context'] }),
        region: 'map',
      },
      {
        title: t('present.builtIn.3.title'),
        note: t('present.builtIn.3.note'),
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
        title: t('present.builtIn.4.title'),
        note: t('present.builtIn.4.note'),
        view: view({ compare: null, sort: 'date' }),
        region: 'precedents',
      },
      {
        title: t('present.builtIn.5.title'),
        note: t('present.builtIn.5.note'),
        view: view({ precedent: 'ven-maduro-2017', country: 'VEN', compare: ['ven-maduro-2017'] }),
        region: 'precedents',
      },
      {
        title: t('present.builtIn.6.title'),
        note: t('present.builtIn.6.note'),
        view: view({ sort: 'tenure' }),
        region: 'precedents',
      },
    ],
  };
}
