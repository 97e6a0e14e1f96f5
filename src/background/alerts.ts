/**
 * Live alerts: when recording, transcription, AI notes, a live stream or a notetaker bot appears in a
 * meeting, tell the user once — by system notification and, if chosen, an in-page banner. What has been
 * alerted is kept per tab in storage.session, so neither a worker restart nor a second frame repeats it.
 */
import browser from 'webextension-polyfill';
import type { SignalName, Signals, TabEvidence } from '../evidence';
import { type Lang, t } from '../i18n';
import type { Message } from '../messages';
import { effectiveSettings } from '../policy/settings';
import { buildRuleInput } from '../rules/input';

export const ALERT_FEATURES = [
  'recording',
  'transcription',
  'aiAssistant',
  'liveStream',
  'botsPresent',
] as const satisfies readonly SignalName[];
export type AlertFeature = (typeof ALERT_FEATURES)[number];

const ALERT_KEYS: Record<AlertFeature, string> = {
  recording: 'alert_recording',
  transcription: 'alert_transcription',
  aiAssistant: 'alert_aiAssistant',
  liveStream: 'alert_liveStream',
  botsPresent: 'alert_botsPresent',
};

export interface AlertState {
  meetingKey: string;
  /** Features that were on at the last check and have been alerted. */
  active: AlertFeature[];
}

export function activeFeatures(signals: Signals): AlertFeature[] {
  return ALERT_FEATURES.filter((name) => signals[name].value === true);
}

/**
 * Which features to alert now: those on now that were not on before in the same meeting. A feature that
 * went off and comes on again is a new start and is alerted again.
 */
export function nextAlerts(
  previous: AlertState | null,
  meetingKey: string,
  active: AlertFeature[],
): { alert: AlertFeature[]; state: AlertState } {
  const before = previous?.meetingKey === meetingKey ? previous.active : [];
  return { alert: active.filter((f) => !before.includes(f)), state: { meetingKey, active } };
}

export function alertKey(tabId: number): string {
  return `alerts:${tabId}`;
}

/** `mpl-alert:<tab>:<feature>`: one notification per tab and feature; a new one replaces the old. */
export function notificationId(tabId: number, feature: AlertFeature): string {
  return `mpl-alert:${tabId}:${feature}`;
}

export function tabOfNotification(id: string): number | null {
  const match = /^mpl-alert:(\d+):/.exec(id);
  return match ? Number(match[1]) : null;
}

export function alertText(lang: Lang, feature: AlertFeature, clientName: string): string {
  return t(lang, ALERT_KEYS[feature], clientName);
}

async function notify(tabId: number, texts: [AlertFeature, string][], lang: Lang): Promise<void> {
  for (const [feature, message] of texts) {
    await browser.notifications.create(notificationId(tabId, feature), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t(lang, 'alert_title'),
      message,
    });
  }
}

async function showBanner(tabId: number, texts: string[], lang: Lang): Promise<void> {
  const message: Message = { type: 'show-alert', texts, closeLabel: t(lang, 'alert_bannerClose') };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

const queues = new Map<number, Promise<unknown>>();

async function checkNow(tabId: number, tab: TabEvidence, lang: Lang): Promise<AlertFeature[]> {
  const input = buildRuleInput(tab, new Date().toISOString());
  const meetingKey = tab.frames['0']?.meetingKey;
  if (!input?.client || !meetingKey) return [];
  const key = alertKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as AlertState | undefined;
  const { alert, state } = nextAlerts(stored ?? null, meetingKey, activeFeatures(input.signals));
  await browser.storage.session.set({ [key]: state });
  if (alert.length === 0) return [];
  // The user's choice merged with the organisation's policy (defaults, or enforced when locked).
  const settings = (await effectiveSettings()).alerts;
  const texts = alert.map((f): [AlertFeature, string] => [f, alertText(lang, f, input.client?.name ?? '')]);
  // A closed tab or a page without our content script must not stop the notification, nor the other way.
  if (settings.notifications) await notify(tabId, texts, lang).catch(() => undefined);
  if (settings.banner)
    await showBanner(
      tabId,
      texts.map(([, text]) => text),
      lang,
    ).catch(() => undefined);
  return alert;
}

/** Checks a tab after new evidence; checks of one tab run one after another, so none alerts twice. */
export function checkAlerts(tabId: number, tab: TabEvidence | null, lang: Lang): Promise<AlertFeature[]> {
  if (!tab) return Promise.resolve([]);
  const run = () => checkNow(tabId, tab, lang);
  const queued = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  queues.set(tabId, queued);
  return queued;
}

export async function forgetAlerts(tabId: number): Promise<void> {
  await browser.storage.session.remove(alertKey(tabId));
}
