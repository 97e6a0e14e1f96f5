import browser from 'webextension-polyfill';
import { LANGS, type Lang, toLang } from '../../i18n';

function isLang(value: string | null): value is Lang {
  return value !== null && (LANGS as readonly string[]).includes(value);
}

/** `?lang=de|en` wins (tests, screenshots, a policy-chosen language); otherwise the browser's UI language. */
export function chooseLang(search: string): Lang {
  const requested = new URLSearchParams(search).get('lang');
  return isLang(requested) ? requested : toLang(browser.i18n.getUILanguage());
}

/** Screen readers pick their voice from `<html lang>`, so it must follow the language actually shown. */
export function applyDocumentLang(lang: Lang, title: string): void {
  document.documentElement.lang = lang;
  document.title = title;
}
