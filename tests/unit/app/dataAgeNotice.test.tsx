import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataAgeNotice, latestAsOf } from '../../../src/app/DataAgeNotice';
import { datasetQuery } from '../../../src/data/queries';
import { datasetNames } from '../../../src/data/schema/datasetNames';
import { formatAge, formatLongDate } from '../../../src/i18n/format';
import { LangProvider } from '../../../src/i18n/useLang';
import type { Lang } from '../../../src/lib/lang';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

describe('formatAge (the reader clock)', () => {
  const at = (iso: string) => new Date(`${iso}T12:00:00`);
  it('counts whole calendar months, then years, then days', () => {
    expect(formatAge('2026-06-22', at('2026-12-05'), 'en')).toBe('5 months ago');
    expect(formatAge('2026-06-22', at('2026-12-05'), 'es')).toBe('hace 5 meses');
    expect(formatAge('2026-06-22', at('2026-07-21'), 'en')).toBe('29 days ago');
    expect(formatAge('2026-06-22', at('2026-07-22'), 'en')).toBe('last month');
    expect(formatAge('2026-06-22', at('2028-06-21'), 'en')).toBe('last year');
    expect(formatAge('2026-06-22', at('2026-06-23'), 'es')).toBe('ayer');
  });
  it('reads a date after the reader today (a clock set back) as today', () => {
    expect(formatAge('2026-06-22', at('2026-06-01'), 'en')).toBe('today');
  });
  it('writes the date in full in each language', () => {
    expect(formatLongDate('2026-06-22', 'en')).toBe('June 22, 2026');
    expect(formatLongDate('2026-06-22', 'es')).toBe('22 de junio de 2026');
  });
});

describe('latestAsOf', () => {
  it('takes the latest date of those loaded', () => {
    expect(latestAsOf([undefined, '2026-02-05', '2026-06-24', '2026-06-22'])).toBe('2026-06-24');
    expect(latestAsOf([undefined])).toBeNull();
  });
});

describe('DataAgeNotice', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T10:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  function renderNotice(lang: Lang, embed = false, loaded: readonly string[] = datasetNames) {
    const client = new QueryClient();
    const data = minimalDatasets();
    for (const name of datasetNames) {
      if (!loaded.includes(name)) continue;
      const asOf = name === 'strikes' ? '2026-06-22' : name === 'events' ? '2026-06-24' : '2026-02-05';
      client.setQueryData(datasetQuery(name).queryKey, { ...data[name], asOf } as never);
    }
    return render(
      <QueryClientProvider client={client}>
        <LangProvider value={lang}>
          <DataAgeNotice embed={embed} />
        </LangProvider>
      </QueryClientProvider>,
    );
  }

  it('says when the data was last updated and how long ago, in English', () => {
    renderNotice('en');
    expect(screen.getByRole('status')).toHaveTextContent('Data last updated June 24, 2026 — 5 months ago');
    expect(screen.getByRole('button', { name: 'Data changelog' })).toBeInTheDocument();
  });

  it('says it in Spanish', () => {
    renderNotice('es');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Datos actualizados por última vez el 24 de junio de 2026 — hace 5 meses',
    );
  });

  it('in an embed, dates the datasets its view loaded, without the changelog link', () => {
    renderNotice('en', true, ['strikes']);
    expect(screen.getByRole('status')).toHaveTextContent('Data last updated June 22, 2026 — 5 months ago');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
