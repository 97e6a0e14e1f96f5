/**
 * Per-tab evidence in storage.session: in memory only, cleared with the browser session, and it
 * survives service-worker restarts. Updates of one tab run one after another, so no write is lost.
 */
import browser from 'webextension-polyfill';
import type { NetworkHostEvidence, PageEvidence, TabEvidence } from '../evidence';

const MAX_HOSTS = 300;
const MAX_IPS_PER_HOST = 8;
const queues = new Map<number, Promise<unknown>>();

export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

export function emptyTab(tabId: number, now: string): TabEvidence {
  return { tabId, frames: {}, network: { hosts: [] }, updatedAt: now };
}

export async function readTab(tabId: number): Promise<TabEvidence | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabEvidence | undefined) ?? null;
}

/** Runs `change` on the stored state of a tab, after any earlier change of the same tab. */
export function updateTab(
  tabId: number,
  change: (tab: TabEvidence | null) => TabEvidence | null,
): Promise<TabEvidence | null> {
  const run = async () => {
    const next = change(await readTab(tabId));
    if (next) await browser.storage.session.set({ [tabKey(tabId)]: next });
    else await browser.storage.session.remove(tabKey(tabId));
    return next;
  };
  const queued = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  queues.set(tabId, queued);
  return queued;
}

/** A new meeting in the top frame starts a fresh state; other frames replace their own entry. */
export function withPageEvidence(
  tab: TabEvidence | null,
  tabId: number,
  frameId: number,
  evidence: PageEvidence,
): TabEvidence {
  const top = tab?.frames['0'];
  const newMeeting = frameId === 0 && top !== undefined && top.meetingKey !== evidence.meetingKey;
  const base = !tab || newMeeting ? emptyTab(tabId, evidence.observedAt) : tab;
  return { ...base, frames: { ...base.frames, [String(frameId)]: evidence }, updatedAt: evidence.observedAt };
}

export function withNetworkHit(
  tab: TabEvidence | null,
  tabId: number,
  host: string,
  ip: string | undefined,
  type: string,
  now: string,
): TabEvidence {
  const base = tab ?? emptyTab(tabId, now);
  const hosts = base.network.hosts.map((h) => ({ ...h }));
  let entry: NetworkHostEvidence | undefined = hosts.find((h) => h.host === host);
  if (!entry) {
    if (hosts.length >= MAX_HOSTS) return base;
    entry = { host, ips: [], types: [] };
    hosts.push(entry);
  }
  if (ip && !entry.ips.includes(ip) && entry.ips.length < MAX_IPS_PER_HOST) entry.ips.push(ip);
  if (!entry.types.includes(type)) entry.types.push(type);
  return { ...base, network: { hosts }, updatedAt: now };
}
