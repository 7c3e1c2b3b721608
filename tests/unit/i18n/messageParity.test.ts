import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
type Message = string | Variant[];

const read = (lang: string): Record<string, Message> => {
  const { $schema: _schema, ...messages } = JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<
    string,
    Message
  >;
  return messages;
};

/** Every {placeholder} a message can print, and the inputs it declares. */
function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
  const inputs =
    typeof message === 'string' ? [] : message.flatMap((v) => v.declarations.filter((d) => d.startsWith('input ')));
  const printed = texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`));
  return [...new Set([...printed, ...inputs])].sort();
}

/** The values of a choice over a data enum (not plural categories, which differ between languages). */
function choices(message: Message | undefined): string[] {
  if (typeof message === 'string' || message === undefined) return [];
  return message.flatMap((v) => (v.selectors.some((s) => s.endsWith('Plural')) ? [] : Object.keys(v.match)));
}

describe('messages/en.json and messages/es.json', () => {
  const en = read('en');
  const es = read('es');

  it('have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('give each message the same placeholders and inputs in both languages', () => {
    const differing = Object.keys(en).filter((key) => {
      const other = es[key];
      return other !== undefined && placeholders(en[key] as Message).join() !== placeholders(other).join();
    });
    expect(differing).toEqual([]);
  });

  it('name the same values of a data enum in both languages', () => {
    expect(Object.keys(en).filter((key) => choices(en[key]).join() !== choices(es[key]).join())).toEqual([]);
  });

  it('use snake_case keys that start with their feature', () => {
    expect(Object.keys(en).filter((k) => !/^[a-z]+(_[a-z0-9]+)+$/.test(k))).toEqual([]);
  });
});
