/**
 * The messages between the extension's parts and the functions that send them. Their validation lives
 * in message-schemas.ts, which only the background bundles.
 */
import browser from 'webextension-polyfill';
import type { PageEvidence } from './evidence';
import type { Lang } from './i18n';
import type { Audience, Report } from './report';

export type Message =
  | { type: 'page-evidence'; evidence: PageEvidence }
  | { type: 'get-report'; tabId: number; lang?: Lang; role?: Audience }
  | { type: 'inspect-tab'; tabId: number }
  /** Background → the tab's top frame: live-alert texts for the in-page banner, already translated. */
  | { type: 'show-alert'; texts: string[]; closeLabel: string };

export async function requestReport(tabId: number, lang?: Lang, role?: Audience): Promise<Report | null> {
  const message: Message = { type: 'get-report', tabId, ...(lang && { lang }), ...(role && { role }) };
  return ((await browser.runtime.sendMessage(message)) as Report | null) ?? null;
}

/** Asks the background to look at a tab the user opened the popup on (uses `activeTab`). */
export async function requestInspection(tabId: number): Promise<boolean> {
  const message: Message = { type: 'inspect-tab', tabId };
  return (await browser.runtime.sendMessage(message)) === true;
}
