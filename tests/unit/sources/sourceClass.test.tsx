import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceClassLabel, SourceList } from '../../../src/features/sources/SourceList';
import type { Source } from '../../../src/data/schema/sources';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

const template = minimalDatasets().sources.records[0] as Source;

describe('each source shows its class', () => {
  it('names a weak source category, in both languages', () => {
    const { container, rerender } = render(<SourceClassLabel url="https://www.antiguatribune.com/news/x" lang="en" />);
    expect(container).toHaveTextContent('Weak: AI aggregator');
    rerender(<SourceClassLabel url="https://www.aa.com.tr/en/x" lang="es" />);
    expect(container).toHaveTextContent('Débil: medio estatal');
  });

  it('leaves an ordinary source unmarked', () => {
    const { container } = render(<SourceClassLabel url="https://apnews.com/article/x" lang="en" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists sources with a legend of the classes, weak ones labelled', () => {
    const sources = [
      { ...template, id: 'ap', url: 'https://apnews.com/article/x', title: 'AP story' },
      { ...template, id: 'copy', url: 'https://admin.mondaq.com/x', title: 'Copied story' },
    ];
    render(<SourceList sources={sources} citations={new Map()} filter="" onFilter={() => {}} lang="en" />);
    expect(screen.getByText(/^Source classes:/)).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).not.toHaveTextContent('Weak');
    expect(items[1]).toHaveTextContent('Weak: copy site');
  });
});
