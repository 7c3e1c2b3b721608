import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { minimalDatasets } from '../fixtures/minimalDatasets';
import { renderApp, stubDatasets } from '../fixtures/renderApp';

afterEach(() => vi.unstubAllGlobals());

// The views are lazily loaded chunks (Leaflet, Recharts): on a busy 2-core CI machine they take seconds in jsdom.
// Every view loads its chunk and data in jsdom: on a shared two-core machine that can take tens of seconds.
const SLOW = { timeout: 30_000 };

describe('app shell', { timeout: 60_000 }, () => {
  it('shows each dataset with its record count and as-of date', async () => {
    stubDatasets(minimalDatasets());
    renderApp();
    // Its own chunk: out of the entry script (its HTML is in the prerendered page).
    const strip = await screen.findByLabelText('Datasets', { selector: 'dl' }, SLOW);
    await waitFor(() => expect(within(strip).getAllByText('1 record')).toHaveLength(5), SLOW);
    expect(within(strip).getAllByText('2 records')).toHaveLength(1);
    expect(strip.querySelectorAll('time[datetime="2026-01-31"]')).toHaveLength(6);
  });

  it('leaves <html lang> alone when the page is already in the reader’s language, and sets it on a change', async () => {
    // Setting it at all, even to the value it has, restyles every element: a long task on a phone, at load.
    stubDatasets(minimalDatasets());
    document.documentElement.lang = 'en';
    const changes: string[] = [];
    const observer = new MutationObserver((records) =>
      changes.push(...records.map(() => document.documentElement.lang)),
    );
    observer.observe(document.documentElement, { attributeFilter: ['lang'] });
    renderApp();
    await screen.findByLabelText('Datasets', { selector: 'dl' }, SLOW);
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'es');
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(changes).toEqual(['es']);
  });

  it('blanks only the views whose dataset failed, with the reason and a Retry that recovers', async () => {
    const data = minimalDatasets();
    let failStrikes = true;
    stubDatasets(data, (name) =>
      name === 'strikes' && failStrikes
        ? new Response('boom', { status: 503 })
        : new Response(JSON.stringify(data[name])),
    );
    renderApp();
    const map = screen.getByRole('region', { name: 'Map' });
    const alert = await within(map).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The Strikes data could not be loaded. The server answered with status 503.');
    // The aid view needs no strike data and keeps working.
    const aid = screen.getByRole('region', { name: 'US aid to Colombia' });
    await waitFor(() => expect(within(aid).queryByText(/^Loading/)).not.toBeInTheDocument(), SLOW);
    expect(within(aid).queryByRole('alert')).not.toBeInTheDocument();

    failStrikes = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(map).queryByRole('alert')).not.toBeInTheDocument(), SLOW);
  });

  it('explains a dataset that does not match the schema, naming record and field', async () => {
    const data = minimalDatasets();
    const broken = { ...data.strikes, records: [{ ...data.strikes.records[0], killed: -1 }] };
    stubDatasets(data, (name) => new Response(JSON.stringify(name === 'strikes' ? broken : data[name])));
    renderApp();
    const alert = await within(screen.getByRole('region', { name: 'Map' })).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('data/strikes.json › record "strike-1" › killed: must be a non-negative integer');
  });

  it('opens on the default view from a garbage link and lists what it ignored until dismissed', async () => {
    stubDatasets(minimalDatasets());
    renderApp('?zz=1&year=abc&country=<b>x</b>');
    // The notice is its own chunk (only damaged links need it): it appears once that has loaded.
    const notice = await screen.findByRole('status', { name: 'Part of this link could not be used' }, SLOW);
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['zz=1 — unknown parameter', 'year=abc — not a valid value', 'country=<b>x</b> — not a valid value']);
    expect(notice.querySelector('b')).toBeNull();
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Part of this link could not be used' })).not.toBeInTheDocument();
  });

  it('opens the sources panel from the header and lists what cites each source', async () => {
    stubDatasets(minimalDatasets());
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Sources' }));
    expect(window.location.search).toBe('?v=1&panel=sources');
    const panel = await screen.findByRole('dialog', { name: 'Sources' }, SLOW);
    const link = await within(panel).findByRole('link', { name: 'Press release' }, SLOW);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await waitFor(() => expect(panel).toHaveTextContent('Strikes › strike-1'), SLOW);
    window.history.back();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
  });
});
