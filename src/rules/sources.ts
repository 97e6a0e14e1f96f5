import type { Ref } from '../report';

/**
 * Guidance sections we cite. Only headings verified in the table of contents of the DSK
 * "Orientierungshilfe Videokonferenzsysteme" (Stand 23.10.2020) are used (docs/dsk-requirements.md §1.1).
 */
export const DSK_SECTIONS = {
  '3.4.5': 'Teilnahme aus Privatwohnungen',
  '3.4.6': 'Verarbeitungen durch Anbieter zu eigenen Zwecken',
  '3.4.8': 'Transparenz, Aufzeichnungen von Videokonferenzen',
  '3.5.2': 'Auftragsverarbeitungsvertrag',
  '3.5.5': 'Datenschutz-Folgenabschätzung',
  '3.5.6': 'Besonderheiten bei Übermittlungen an Drittländer',
  '4.1': 'Sicherheit der Übertragung',
  '4.2.1': 'Nutzerauthentifizierung – normale Risiken',
  '4.2.4': 'Gastteilnahme',
  '4.5': 'Datensparsamkeit',
} as const;

export type DskSection = keyof typeof DSK_SECTIONS;

export function dsk(section: DskSection): Ref {
  return { source: 'dsk-oh-2020', section };
}

export function gdpr(article: string): Ref {
  return { source: 'gdpr', article };
}
