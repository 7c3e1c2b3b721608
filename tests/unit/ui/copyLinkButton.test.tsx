import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../../../src/ui/CopyLinkButton';

const URL = 'https://atlas.example/?v=1&strike=strike-2025-09-02';

afterEach(() => vi.restoreAllMocks());

describe('CopyLinkButton', () => {
  it('copies the link and confirms it in a status message', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<CopyLinkButton link={() => URL} name="2 Sep 2025 · Caribbean" />);
    await user.click(screen.getByRole('button', { name: 'Copy link: 2 Sep 2025 · Caribbean' }));
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('shows the link, selected, to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyLinkButton link={() => URL} name="x" />);
    await user.click(screen.getByRole('button', { name: 'Copy link: x' }));
    const input = await screen.findByLabelText(/Could not copy/);
    expect(input).toHaveValue(URL);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
