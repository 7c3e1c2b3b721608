import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageFormattersPlugin } from '../../../scripts/vite-plugin-message-formatters';
import { datetime, number, plural, relativetime } from '../../../src/i18n/messageFormatters';

const generated = resolve('src/i18n/paraglide/messages/map_sea_marker_detail.js');

describe('the compiled messages’ formatters', () => {
  it('write what a new Intl formatter writes, options included, whatever was asked before', () => {
    expect(number('en', 1234.5, {})).toBe('1,234.5');
    expect(number('en', 1234.5, { style: 'currency', currency: 'USD' })).toBe('$1,234.50');
    expect(number('es', 1234.5, { style: 'currency', currency: 'USD' })).toBe(
      new Intl.NumberFormat('es', { style: 'currency', currency: 'USD' }).format(1234.5),
    );
    expect(plural('en', 2, {})).toBe('other');
    expect(plural('en', 2, { type: 'ordinal' })).toBe('two');
    expect(plural('es', '1')).toBe('one');
    expect(datetime('en', '2026-06-24T00:00:00Z', { timeZone: 'UTC', dateStyle: 'medium' })).toBe('Jun 24, 2026');
    expect(relativetime('en', -5, { unit: 'months', numeric: 'auto' })).toBe('5 months ago');
  });

  it('build one formatter per language and options, not one per call', () => {
    const Original = Intl.NumberFormat;
    let built = 0;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built += 1;
      }
    }
    Intl.NumberFormat = Counting as typeof Intl.NumberFormat;
    try {
      for (let i = 0; i < 50; i++) number('en', i, { maximumFractionDigits: 3 });
      number('es', 1, { maximumFractionDigits: 3 });
    } finally {
      Intl.NumberFormat = Original;
    }
    expect(built).toBe(2);
  });
});

describe('messageFormattersPlugin', () => {
  const resolveId = messageFormattersPlugin().resolveId;
  const resolve = (source: string, importer?: string) =>
    typeof resolveId === 'function' ? resolveId.call({} as never, source, importer, {} as never) : undefined;

  it('gives the generated messages the caching registry', () => {
    expect(resolve('../registry.js', generated)).toMatch(/src\/i18n\/messageFormatters\.ts$/);
  });

  it('leaves every other registry.js alone', () => {
    expect(resolve('../registry.js', '/elsewhere/node_modules/lib/index.js')).toBeNull();
    expect(resolve('../registry.js')).toBeNull();
  });
});
