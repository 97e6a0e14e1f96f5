import type { Ref } from '../report';

/**
 * Guidance sections we cite. Only headings verified in the table of contents of the DSK
 * "Orientierungshilfe Videokonferenzsysteme" (Stand 23.10.2020) are used (docs/dsk-requirements.md §1.1).
 */
export const DSK_SECTIONS = {
  '2.1': 'Selbst betriebener Dienst',
  '2.2': 'Betrieb durch einen externen IT-Dienstleister',
  '2.3': 'Online-Dienst',
  '3.4': 'Rechtsgrundlage für den Verantwortlichen und Zweckbindung',
  '3.4.2': 'Einwilligung',
  '3.4.3': 'Arbeitgeber als Verantwortliche',
  '3.4.5': 'Teilnahme aus Privatwohnungen',
  '3.4.6': 'Verarbeitungen durch Anbieter zu eigenen Zwecken',
  '3.4.7': 'Verarbeitung von Daten Dritter',
  '3.4.8': 'Transparenz, Aufzeichnungen von Videokonferenzen',
  '3.5.1': 'Informationspflichten und Betroffenenrechte',
  '3.5.2': 'Auftragsverarbeitungsvertrag',
  '3.5.3': 'Verarbeitungsverzeichnis',
  '3.5.5': 'Datenschutz-Folgenabschätzung',
  '3.5.6': 'Besonderheiten bei Übermittlungen an Drittländer',
  '4.1': 'Sicherheit der Übertragung',
  '4.2.1': 'Nutzerauthentifizierung – normale Risiken',
  '4.2.4': 'Gastteilnahme',
  '4.4': 'Rollentrennung',
  '4.5': 'Datensparsamkeit',
} as const;

export type DskSection = keyof typeof DSK_SECTIONS;

export function dsk(section: DskSection): Ref {
  return { source: 'dsk-oh-2020', section };
}

/** GDPR articles we cite, with their official English headings (Regulation (EU) 2016/679). */
export const GDPR_ARTICLES = {
  '5': 'Principles relating to processing of personal data',
  '6': 'Lawfulness of processing',
  '7': 'Conditions for consent',
  '13': 'Information to be provided where personal data are collected from the data subject',
  '25': 'Data protection by design and by default',
  '28': 'Processor',
  '30': 'Records of processing activities',
  '32': 'Security of processing',
  '35': 'Data protection impact assessment',
  '44': 'General principle for transfers',
  '46': 'Transfers subject to appropriate safeguards',
  '88': 'Processing in the context of employment',
} as const;

export type GdprArticle = keyof typeof GDPR_ARTICLES;

/** Does a reference name a section or article listed above? */
export function resolvesRef(ref: Ref): boolean {
  return ref.source === 'dsk-oh-2020'
    ? Object.hasOwn(DSK_SECTIONS, ref.section)
    : Object.hasOwn(GDPR_ARTICLES, ref.article);
}

export function gdpr(article: GdprArticle): Ref {
  return { source: 'gdpr', article };
}
