import { type Lang, t } from '../../i18n';
import type { Ref } from '../../report';

export function formatRef(lang: Lang, ref: Ref): string {
  return ref.source === 'dsk-oh-2020'
    ? t(lang, 'ui_ref_dsk', ref.section)
    : t(lang, 'ui_ref_gdpr', ref.article);
}

export function formatRefs(lang: Lang, refs: Ref[]): string {
  return refs.map((ref) => formatRef(lang, ref)).join('; ');
}

export function formatTime(lang: Lang, iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

/** Country codes become names in the reader's language ("US" → "Vereinigte Staaten"). */
export function countryName(lang: Lang, code: string | null): string {
  if (!code) return t(lang, 'ui_network_countryUnknown');
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
