import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/data/reconciliation';
import type { Strike, StrikeTotal } from '../../../src/data/schema/strikes';
import { gradeHeadline } from '../../../src/data/strikeGrades';
import { Headline } from '../../../src/features/map/Headline';
import { LangProvider } from '../../../src/i18n/useLang';
import type { Lang } from '../../../src/lib/lang';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

const template = minimalDatasets().strikes.records[0] as Strike;
const strike = (over: Partial<Strike>): Strike => ({ ...template, ...over });
const total = (over: Partial<StrikeTotal>): StrikeTotal => ({
  id: 'total',
  asOf: '2025-10-01',
  strikes: null,
  boats: null,
  killed: null,
  presumedDead: null,
  survivors: null,
  method: 'including-presumed-dead',
  reporter: { en: 'AP', es: 'AP' },
  verification: 'confirmed',
  sourceIds: ['s'],
  ...over,
});

const strikes = [
  strike({ id: 'a', date: '2025-09-02', killed: 11, presumedDead: null, grade: 'confirmed' }),
  strike({ id: 'b', date: '2025-09-15', killed: 3, presumedDead: 2, grade: 'weak' }),
  strike({ id: 'c', date: '2025-09-20', killed: 4, presumedDead: null, grade: 'contested' }),
  strike({ id: 'd', date: '2025-09-21', killed: 9, counted: false, grade: 'discounted' }),
];
const totals = [
  total({ id: 'ap-oct', asOf: '2025-10-01', killed: 27 }),
  total({
    id: 'blog-nov',
    asOf: '2025-11-01',
    killed: 40,
    reporter: { en: 'Some blog (attributes it to AP)', es: 'Un blog (lo atribuye a AP)' },
    verification: 'unverified',
  }),
];

function renderHeadline(lang: Lang) {
  const { headline, gap, unverifiedGap } = reconcile(strikes, totals);
  return render(
    <LangProvider value={lang}>
      <Headline grades={gradeHeadline(strikes)} deaths={headline} gap={gap} unverifiedGap={unverifiedGap} />
    </LangProvider>,
  );
}

describe('the map headline', () => {
  it('counts strikes with the weak or contested among them, and deaths as killed outright + presumed dead', () => {
    renderHeadline('en');
    expect(screen.getByText('3 strikes, of which 2 weak or contested')).toBeInTheDocument();
    expect(screen.getByText('20 deaths: killed outright + presumed dead')).toBeInTheDocument();
    expect(screen.getByText(/18 killed outright, 2 presumed dead/)).toBeInTheDocument();
  });

  it('puts the deaths in a published total beyond the listed strikes on their own line, with its publisher and date', () => {
    const { container } = renderHeadline('en');
    expect(container.querySelector('[data-total="ap-oct"]')).toHaveTextContent(
      '7 deaths in published totals not attributed to a listed strike (AP, including presumed dead, Oct 1, 2025)',
    );
  });

  it('names a higher total resting on weak sources as unverified, and does not add it', () => {
    const { container } = renderHeadline('en');
    expect(container.querySelector('[data-total="blog-nov"]')).toHaveTextContent(
      /^Unverified: a later total \(Some blog \(attributes it to AP\), Nov 1, 2025\) would put 20 deaths outside the listed strikes/,
    );
  });

  it('says it all in Spanish', () => {
    const { container } = renderHeadline('es');
    expect(screen.getByText('3 ataques, de los cuales 2 débiles o disputados')).toBeInTheDocument();
    expect(screen.getByText('20 muertes: muertos en el acto + presuntos muertos')).toBeInTheDocument();
    expect(container.querySelector('[data-total="ap-oct"]')).toHaveTextContent(
      /^7 muertes en totales publicados no atribuidas a un ataque de la lista \(AP, incluye presuntos muertos,/,
    );
    // How the total reached us is part of the sentence: in Spanish too.
    expect(container.querySelector('[data-total="blog-nov"]')).toHaveTextContent(/\(Un blog \(lo atribuye a AP\), /);
  });
});

describe('the deaths line in Spanish', () => {
  it('agrees with one presumed dead', () => {
    const one = [strike({ id: 'a', killed: 2, presumedDead: 1 })];
    render(
      <LangProvider value="es">
        <Headline grades={gradeHeadline(one)} deaths={reconcile(one, []).headline} gap={null} unverifiedGap={null} />
      </LangProvider>,
    );
    expect(screen.getByText(/2 muertos en el acto, 1 presunto muerto/)).toBeInTheDocument();
  });
});
