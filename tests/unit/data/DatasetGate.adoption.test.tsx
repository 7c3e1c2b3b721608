import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetGate } from '../../../src/data/DatasetGate';
import { sourcesQuery } from '../../../src/data/queries';
import { EMPTY_SOURCES } from '../../fixtures/adoption';

// Called on every draw of the view.
const drawn = vi.fn();
function View({ asOf }: { asOf: string }) {
  drawn();
  return <p id="as-of">as of {asOf}</p>;
}

const page = (client: QueryClient) => (
  <QueryClientProvider client={client}>
    <DatasetGate datasets={['sources']}>{(data) => <View asOf={data.sources.asOf} />}</DatasetGate>
  </QueryClientProvider>
);

const withSources = () => {
  const client = new QueryClient();
  client.setQueryData(sourcesQuery.queryKey, EMPTY_SOURCES);
  return client;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('a view adopted from the prerendered page', () => {
  it('is drawn once: the gate turning live afterwards does not redraw it', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(page(withSources()));
    document.body.append(container);
    const served = container.querySelector('#as-of');
    drawn.mockClear();
    const mismatches: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, page(withSources()), { onRecoverableError: (error) => mismatches.push(error) });
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(mismatches).toEqual([]);
    expect(container.querySelector('#as-of')).toBe(served);
    expect(served?.textContent).toBe('as of 2026-06-24');
    expect(drawn).toHaveBeenCalledTimes(1);
  });
});
