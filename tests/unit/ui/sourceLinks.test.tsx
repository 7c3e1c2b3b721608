import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SourceLinks, type LinkedSource } from '../../../src/ui/SourceLinks';

const sources = new Map<string, LinkedSource>(
  Array.from({ length: 6 }, (_, i) => [
    `s${i}`,
    { url: `https://example.org/${i}`, publisher: `Publisher ${i}`, published: null },
  ]),
);
const ids = [...sources.keys()];
const links = () => screen.queryAllByRole('link').map((a) => a.textContent);

describe('SourceLinks', () => {
  it('shows the first few, and "+N more sources" shows the rest in place and hides them again', async () => {
    const user = userEvent.setup();
    render(<SourceLinks ids={ids} sources={sources} limit={2} />);
    expect(links()).toEqual(['Publisher 0', 'Publisher 1']);
    const more = screen.getByRole('button', { name: '+4 more sources' });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    expect(links()).toEqual(ids.map((_, i) => `Publisher ${i}`));
    const fewer = screen.getByRole('button', { name: 'Show fewer sources' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(fewer.getAttribute('aria-controls') ?? '')).toHaveTextContent('Publisher 5');

    // The keyboard path: the same button, Enter and Space.
    fewer.focus();
    await user.keyboard('{Enter}');
    expect(links()).toHaveLength(2);
    expect(screen.getByRole('button', { name: '+4 more sources' })).toHaveFocus();
    await user.keyboard(' ');
    expect(links()).toHaveLength(6);
  });

  it('counts only the sources it can show, and needs no button when all fit', () => {
    render(<SourceLinks ids={['s0', 'missing', 's1', 's2']} sources={sources} limit={2} />);
    expect(screen.getByRole('button', { name: '+1 more source' })).toBeInTheDocument();
  });

  it('has no button when every source is shown', () => {
    render(<SourceLinks ids={['s0', 's1']} sources={sources} limit={2} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(links()).toHaveLength(2);
  });
});
