import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadPanel } from '../../../src/ui/DownloadPanel';
import { LicenceNote } from '../../../src/ui/LicenceNote';

const csv = vi.fn(() => ({
  table: { columns: ['Date', 'Sea'], rows: [{ Date: '2025-09-02', Sea: '=Caribbean' }] },
  preamble: [['Sanctions Atlas — Map']],
}));
const cite = () => [{ heading: 'This view: Map', apa: 'APA text https://atlas.example/?a=1', bibtex: '@misc{x}' }];

function renderPanel(lang: 'en' | 'es' = 'en') {
  return render(
    <DownloadPanel lang={lang} view="Map" fileName="sanctions-atlas-strikes" rowCount={1} csv={csv} cite={cite} />,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  csv.mockClear();
});

describe('the Download panel', () => {
  it('builds nothing while closed; opened, it offers the CSV, the package, the licence and Cite this', async () => {
    renderPanel();
    expect(screen.queryByRole('button', { name: /CSV/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Download and cite'));
    // The open panel is a chunk of its own, loaded on opening.
    expect(await screen.findByRole('button', { name: "This view's data: 1 row (CSV)" })).toBeInTheDocument();
    const pkg = screen.getByRole('link', { name: 'Full data package (ZIP)' });
    expect(pkg).toHaveAttribute('href', '/sanctions-atlas-data.zip');
    expect(pkg).toHaveAttribute('download', 'sanctions-atlas-data.zip');
    expect(screen.getByText(/each source keeps its own rights/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cite this' })).toBeInTheDocument();
    expect(csv).not.toHaveBeenCalled();
  });

  it('writes the CSV through src/lib/csv.ts (BOM, CRLF, formula neutralised) and hands it to the browser', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:x');
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPanel();
    await userEvent.click(screen.getByText('Download and cite'));
    await userEvent.click(await screen.findByRole('button', { name: /CSV/ }));
    await waitFor(
      () => expect(screen.getAllByRole('status')[0]).toHaveTextContent('Downloaded sanctions-atlas-strikes.csv.'),
      { timeout: 10_000 },
    );
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]!.text();
    // The file's bytes begin with a UTF-8 byte order mark (for Excel).
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.replace(/^\uFEFF/, '')).toBe('Sanctions Atlas — Map\r\n\r\nDate,Sea\r\n2025-09-02,"\'=Caribbean"\r\n');
  });

  it('copies a citation, or says how to copy it by hand when the clipboard is refused', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderPanel();
    await userEvent.click(screen.getByText('Download and cite'));
    const entry = await screen.findByRole('region', { name: 'This view: Map' });
    await userEvent.click(within(entry).getByRole('button', { name: 'Copy APA citation' }));
    expect(writeText).toHaveBeenCalledWith('APA text https://atlas.example/?a=1');
    expect(screen.getByText('Copied to the clipboard.')).toBeInTheDocument();
    writeText.mockRejectedValueOnce(new Error('denied'));
    await userEvent.click(within(entry).getByRole('button', { name: 'Copy BibTeX' }));
    expect(screen.getByText('Could not copy: select the text and copy it by hand.')).toBeInTheDocument();
  });

  it('speaks Spanish to a Spanish reader', async () => {
    renderPanel('es');
    await userEvent.click(screen.getByText('Descargar y citar'));
    expect(await screen.findByRole('button', { name: 'Los datos de esta vista: 1 fila (CSV)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Paquete de datos completo (ZIP)' })).toBeInTheDocument();
  });
});

describe('the licence note', () => {
  it('states both licences, that sources keep their rights, and links each licence text over https', () => {
    const { container, rerender } = render(<LicenceNote lang="en" />);
    expect(container.textContent).toBe(
      'Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights. Code: MIT.',
    );
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    rerender(<LicenceNote lang="es" />);
    expect(container.textContent).toBe(
      'Datos: CC BY 4.0 — colaboradores de Sanctions Atlas; cada fuente conserva sus propios derechos. Código: MIT.',
    );
    expect(screen.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/deed.es',
    );
  });
});
