/**
 * Background (Chrome service worker / Firefox event page). All listeners are registered synchronously
 * at top level, and every piece of state lives in storage.session, so a restarted worker picks up
 * where the last one stopped.
 */

import type { Runtime, Tabs, WebRequest } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import { toLang } from '../i18n';
import { parseMessage } from '../message-schemas';
import type { Message } from '../messages';
import { USER_INSTANCES_KEY } from '../policy/instances';
import {
  adviceLang,
  effectiveSettings,
  type PolicyState,
  policyReadSettled,
  readPolicy,
} from '../policy/settings';
import type { Report } from '../report';
import { buildReport } from '../rules/evaluate';
import { checkAlerts, forgetAlerts, tabOfNotification } from './alerts';
import { showBadge } from './badge';
import { ensureIpTables } from './ip-tables';
import { inspectTab, syncRegistrations } from './self-hosted';
import { readTab, updateTab, withNetworkHit, withPageEvidence } from './tab-state';

/** The language of advice: the user's or organisation's choice, else the browser's. */
async function adviceLanguage() {
  const browserLang = browser.i18n.getUILanguage();
  try {
    return adviceLang((await effectiveSettings()).language, browserLang);
  } catch {
    return toLang(browserLang);
  }
}

let lateReadWatched = false;

/**
 * The organisation's policy for a report. When the browser is slow to deliver it (the first read after
 * a browser start), the report goes out without it and, once it arrives, the badges are redone and the
 * open popups reload (they listen to storage.session).
 */
async function currentPolicy(): Promise<PolicyState> {
  const policy = await readPolicy();
  if (policy.pending && !lateReadWatched) {
    lateReadWatched = true;
    void policyReadSettled().then(async () => {
      lateReadWatched = false;
      await browser.storage.session.set({ 'policy.deliveredAt': Date.now() });
      const stored = await browser.storage.session.get(null);
      for (const key of Object.keys(stored)) {
        if (key.startsWith('tab:')) await refreshBadge(Number(key.slice(4)));
      }
    });
  }
  return policy;
}

async function refreshBadge(tabId: number): Promise<void> {
  const tab = await readTab(tabId);
  if (tab) await ensureIpTables();
  // Read on every use, not cached: a changed managed policy applies from the next event on.
  const report = tab
    ? buildReport(tab, await adviceLanguage(), new Date().toISOString(), undefined, await currentPolicy())
    : null;
  await showBadge(tabId, report).catch(() => {
    // The tab may have closed meanwhile.
  });
}

async function onPageEvidence(
  message: Extract<Message, { type: 'page-evidence' }>,
  sender: Runtime.MessageSender,
) {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return false;
  const tab = await updateTab(tabId, (tab) =>
    withPageEvidence(tab, tabId, sender.frameId ?? 0, message.evidence),
  );
  await refreshBadge(tabId);
  await checkAlerts(tabId, tab, await adviceLanguage());
  return true;
}

async function onGetReport(message: Extract<Message, { type: 'get-report' }>): Promise<Report | null> {
  const [tab, lang, policy] = await Promise.all([
    readTab(message.tabId),
    message.lang ?? adviceLanguage(),
    currentPolicy(),
    ensureIpTables(),
  ]);
  return tab ? buildReport(tab, lang, new Date().toISOString(), message.role, policy) : null;
}

/** The popup, options page or an extension page opened in a tab; never a content script. */
function isOwnExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  if (message.type === 'page-evidence') return onPageEvidence(message, sender);
  // Reports are for the extension's own pages (popup, options), not for content scripts.
  if (message.type === 'get-report' && isOwnExtensionPage(sender)) return onGetReport(message);
  if (message.type === 'inspect-tab' && isOwnExtensionPage(sender)) return onInspectTab(message.tabId);
  return undefined;
});

/** The popup opened on a tab: if nothing there reported yet, look at it once (activeTab). */
async function onInspectTab(tabId: number): Promise<boolean> {
  // Network hits alone (webRequest) can create a tab entry; only a reporting frame means we look already.
  const tab = await readTab(tabId);
  if (tab && Object.keys(tab.frames).length > 0) return true;
  return inspectTab(tabId);
}

const resync = () => void syncRegistrations().catch(() => undefined);
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
/** Badges of every tab we hold evidence for, after the policy or a setting changed. */
async function refreshAllBadges(): Promise<void> {
  const stored = await browser.storage.session.get(null);
  const tabIds = Object.keys(stored)
    .filter((key) => key.startsWith('tab:'))
    .map((key) => Number(key.slice(4)));
  await Promise.all(tabIds.map(refreshBadge));
}

browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  // Chrome reports policy changes live (area "managed"); Firefox reads policies at start-up only.
  if (area === 'managed') void refreshAllBadges().catch(() => undefined);
  if (area === 'managed' || (area === 'local' && USER_INSTANCES_KEY in changes)) resync();
});

function onRequestCompleted(details: WebRequest.OnCompletedDetailsType): void {
  if (details.tabId < 0) return;
  let host: string;
  try {
    host = new URL(details.url).hostname;
  } catch {
    return;
  }
  const now = new Date().toISOString();
  void updateTab(details.tabId, (tab) =>
    withNetworkHit(tab, details.tabId, host, details.ip, details.type, now),
  );
}

browser.webRequest.onCompleted.addListener(onRequestCompleted, { urls: ['<all_urls>'] });

browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
  // A full navigation or reload: whatever the tab showed before no longer applies. (Without the "tabs"
  // permission `change.url` is hidden for most sites, but `status` is not.)
  if (change.status !== 'loading') return;
  void updateTab(tabId, () => null).then(() => refreshBadge(tabId));
  void forgetAlerts(tabId);
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  void updateTab(tabId, () => null);
  void forgetAlerts(tabId);
});

// A click on a live alert brings its meeting tab to the front.
browser.notifications.onClicked.addListener((id: string) => {
  const tabId = tabOfNotification(id);
  if (tabId !== null) void browser.tabs.update(tabId, { active: true }).catch(() => undefined);
});
