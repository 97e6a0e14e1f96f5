import { type Lang, t } from '../../i18n';
import type { DataSource, Finding, Ref, Report, ReportHost, ReportMedia } from '../../report';
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

export function serverLine(lang: Lang, host: ReportHost): string {
  if (host.serverCountries.length === 0) return t(lang, 'ui_network_serversUnknown');
  const countries = host.serverCountries.map((code) => countryName(lang, code)).join(', ');
  return `${t(lang, 'ui_network_servers', countries)} (${host.ips.join(', ')})`;
}

export function mediaLine(lang: Lang, route: ReportMedia): string {
  const address = route.ip === '' ? t(lang, 'ui_network_addressHidden') : route.ip;
  const kind = t(lang, `ui_network_media_${route.basis.replace(/-/g, '_')}`);
  return `${kind}: ${address} · ${countryName(lang, route.country)}`;
}

export function proxyText(lang: Lang, network: Report['network']): string | null {
  return network.proxyReason ? t(lang, `ui_network_proxy_${network.proxyReason.replace(/-/g, '_')}`) : null;
}

/** Third-party categories in the reader's language. */
export function categoryName(lang: Lang, category: string | null): string {
  return category
    ? t(lang, `ui_category_${category.replace(/-/g, '_')}`)
    : t(lang, 'ui_network_categoryUnknown');
}

/** "IP → country (package), as of date, licence: …" — the attribution CC BY 4.0 data asks for. */
export function dataSourceLine(lang: Lang, source: DataSource): string {
  const label = t(lang, `ui_source_${source.id.replace(/-/g, '_')}`);
  return t(lang, 'ui_about_sourceNamed', label, source.name, source.dataDate, source.licence);
}
