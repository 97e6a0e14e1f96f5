/**
 * Translation with both locales bundled, so the report language can be chosen (popup role view, the
 * audit CLI's --lang, a managed policy) instead of following the browser UI language only.
 * Substitutions are written `{0}`, `{1}` in messages.json.
 */
import de from '../assets/_locales/de/messages.json';
import en from '../assets/_locales/en/messages.json';

export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

type Catalogue = Record<string, { message: string; description?: string }>;
const catalogues: Record<Lang, Catalogue> = { en, de };

export function hasMessage(key: string): boolean {
  return key in catalogues.en;
}

export function t(lang: Lang, key: string, ...subs: (string | number)[]): string {
  const entry = catalogues[lang][key] ?? catalogues.en[key];
  if (!entry) return key;
  return entry.message.replace(/\{(\d)\}/g, (_, index: string) => String(subs[Number(index)] ?? ''));
}

export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
