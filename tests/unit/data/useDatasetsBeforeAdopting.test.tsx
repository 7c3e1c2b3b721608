import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, Suspense, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourcesQuery } from '../../../src/data/queries';
import { useDatasetsBeforeAdopting } from '../../../src/data/useDatasetsBeforeAdopting';
import { EMPTY_SOURCES } from '../../fixtures/adoption';

// The sources dataset arrives when the test says so: the page is adopted while it is on its way.
let arrive: (data: unknown) => void = () => undefined;
vi.mock('../../../src/data/loadDataset', () => ({
  loadDataset: () =>
    new Promise((resolve) => {
      arrive = resolve;
    }),
}));

function AsOf({ waits }: { waits: boolean }) {
  useDatasetsBeforeAdopting(waits ? ['sources'] : []);
  const { data } = useQuery(sourcesQuery);
  return <p id="as-of">{data === undefined ? 'loading' : `as of ${data.asOf}`}</p>;
}

function Page({ waits }: { waits: boolean }) {
  const [pressed, setPressed] = useState(false);
  return (
    <>
      <button type="button" aria-pressed={pressed} onClick={() => setPressed(true)}>
        Share
      </button>
      <Suspense fallback={null}>
        <AsOf waits={waits} />
      </Suspense>
    </>
  );
}

/** The build's HTML (every dataset at hand), then the browser's adoption of it with no dataset loaded yet. */
async function adopt(waits: boolean) {
  const built = new QueryClient();
  built.setQueryData(sourcesQuery.queryKey, EMPTY_SOURCES);
  const container = document.createElement('div');
  container.innerHTML = renderToString(
    <QueryClientProvider client={built}>
      <Page waits={waits} />
    </QueryClientProvider>,
  );
  document.body.append(container);
  const served = container.querySelector('#as-of');
  const mismatches: unknown[] = [];
  const browser = new QueryClient();
  await act(async () => {
    hydrateRoot(
      container,
      <QueryClientProvider client={browser}>
        <Page waits={waits} />
      </QueryClientProvider>,
      { onRecoverableError: (error) => mismatches.push(error) },
    );
  });
  return { container, served, mismatches };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('adopting the prerendered page before the datasets arrive', () => {
  it('makes the shell live at once and keeps the served text until the data is here', async () => {
    const { container, served, mismatches } = await adopt(true);
    const button = container.querySelector('button');
    await act(async () => button?.click());
    expect(button?.getAttribute('aria-pressed'), 'a click before the data is not lost').toBe('true');
    expect(container.querySelector('#as-of')?.textContent).toBe('as of 2026-06-24');

    await act(async () => arrive(EMPTY_SOURCES));
    expect(container.querySelector('#as-of'), 'the served paragraph itself, adopted').toBe(served);
    expect(served?.textContent).toBe('as of 2026-06-24');
    expect(mismatches).toEqual([]);
  });

  it('without waiting, the part drawn from the data no longer matches and is redrawn (what the hook prevents)', async () => {
    const { container, served, mismatches } = await adopt(false);
    expect(container.querySelector('#as-of')?.textContent).toBe('loading');
    expect(container.querySelector('#as-of')).not.toBe(served);
    expect(mismatches).not.toEqual([]);
  });
});
