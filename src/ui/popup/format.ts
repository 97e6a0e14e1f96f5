import { type Lang, t } from '../../i18n';
import type { Finding, Ref } from '../../report';
import { certaintyGrade } from '../../report';

const CERTAINTY_KEYS = { established: 'ui_certainty_established', derived: 'ui_certainty_derived' } as const;

/** "Basis: derived (D)": the catalogue's certainty, which tells guidance text from our own reading. */
export function certaintyLine(lang: Lang, finding: Finding): string {
  return t(
    lang,
    'ui_certainty_label',
    t(lang, CERTAINTY_KEYS[certaintyGrade(finding.certainty)]),
    finding.certainty,
  );
}

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
