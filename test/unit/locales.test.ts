import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleKey } from '../../src/rules/evaluate';
import { RULES } from '../../src/rules/index';

type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../assets/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const en = load('en');
const de = load('de');

describe('locales', () => {
  it('en and de have the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty messages and valid key names', () => {
    for (const [lang, messages] of Object.entries({ en, de })) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key, `${lang} ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same substitutions in both languages', () => {
    for (const key of Object.keys(en)) {
      const subs = (m: string) => (m.match(/\{\d\}/g) ?? []).sort();
      expect(subs(de[key]?.message ?? ''), key).toEqual(subs(en[key]?.message ?? ''));
    }
  });

  it('has a title and advice for every audience of every rule', () => {
    for (const rule of RULES) {
      expect(en[ruleKey(rule.id, 'title')], rule.id).toBeDefined();
      for (const audience of rule.audience)
        expect(en[ruleKey(rule.id, `advice_${audience}`)], `${rule.id} ${audience}`).toBeDefined();
    }
  });

  it('differs between languages for rule texts (nothing left untranslated)', () => {
    const same = Object.keys(en).filter((k) => k.startsWith('rule_') && en[k]?.message === de[k]?.message);
    expect(same).toEqual([]);
  });
});
