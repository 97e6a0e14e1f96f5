/**
 * Self-hosted instances (Jitsi, BigBlueButton, Nextcloud Talk, OpenTalk on any domain) and unknown
 * WebRTC pages, without broad host permissions:
 * - on demand: when the user opens the popup, `activeTab` lets us inject the content script into the
 *   current tab once;
 * - persistently: for origins the user or the organisation's policy lists, once the optional host
 *   permission for that origin is granted, the content scripts are registered for it.
 */
import browser from 'webextension-polyfill';
import { instanceOrigins } from '../policy/instances';

const ISOLATED_ID = 'self-hosted-isolated';
const MAIN_ID = 'self-hosted-main';

/** `https://bbb.example.org` → `https://bbb.example.org/*` (the match pattern for the whole origin). */
export function originPattern(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

async function grantedPatterns(origins: string[]): Promise<string[]> {
  const patterns: string[] = [];
  for (const origin of origins) {
    const pattern = originPattern(origin);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  return patterns;
}

/** Registers the content scripts for exactly the listed origins we hold a permission for. */
export async function syncRegistrations(): Promise<string[]> {
  const patterns = await grantedPatterns(await instanceOrigins());
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ISOLATED_ID, MAIN_ID] });
  if (registered.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: registered.map((r) => r.id) });
  if (patterns.length === 0) return [];
  await browser.scripting.registerContentScripts([
    {
      id: MAIN_ID,
      matches: patterns,
      js: ['page-world.js'],
      runAt: 'document_start',
      allFrames: true,
      world: 'MAIN',
    },
    { id: ISOLATED_ID, matches: patterns, js: ['content.js'], runAt: 'document_start', allFrames: true },
  ]);
  return patterns;
}

/**
 * Injects the content scripts into a tab the user just opened the popup on. Without `activeTab` (or a
 * host permission) for the tab this fails, which only means there is nothing we may look at.
 */
export async function inspectTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: ['page-world.js'],
      world: 'MAIN',
    });
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['content.js'] });
    return true;
  } catch {
    return false;
  }
}
