/**
 * Live alerts in real Chromium: a recording indicator inserted into a live Jitsi meeting raises exactly
 * one system notification, also when the page keeps changing; the banner shows when the user chose it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/browser.mjs';
import { fixturePath } from '../../scripts/fixture-server.mjs';
import { type Harness, startHarness, tabIdOf, waitForTab } from './harness';

const routes = {
  'meet.jit.si/AlertRoom': { file: fixturePath('jitsi-meet', 'in-meeting-en.html') },
  'meet.jit.si/BannerRoom': { file: fixturePath('jitsi-meet', 'in-meeting-en.html') },
};

function bodyOf(client: string, file: string): string {
  const html = readFileSync(fixturePath(client, file), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}

let harness: Harness;

function notifications(): Promise<Record<string, unknown>> {
  return harness.worker.evaluate(() => chrome.notifications.getAll());
}

async function settle(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

async function openMeeting(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await harness.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(harness, page);
  await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.phase === 'in-meeting');
  return { page, tabId };
}

async function startRecording(page: Page): Promise<void> {
  await page.evaluate(
    (html) => {
      document.body.innerHTML = html;
    },
    bodyOf('jitsi-meet', 'recording-en.html'),
  );
}

beforeAll(async () => {
  harness = await startHarness(routes, ['meet.jit.si']);
});

afterAll(async () => {
  await harness?.close();
});

describe('live alerts', () => {
  it('raise exactly one notification when a recording starts, and none again for the same state', async () => {
    const { page, tabId } = await openMeeting('https://meet.jit.si/AlertRoom');
    expect(Object.keys(await notifications())).toEqual([]);
    await startRecording(page);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.recording.value === true);
    const deadline = Date.now() + 5_000;
    while (Object.keys(await notifications()).length === 0 && Date.now() < deadline) await settle(50);
    expect(Object.keys(await notifications())).toEqual([`mpl-alert:${tabId}:recording`]);
    // Cleared, so that a second alert for the same state would show up as a new notification.
    await harness.worker.evaluate((id) => chrome.notifications.clear(id), `mpl-alert:${tabId}:recording`);

    // The page keeps changing while recording goes on: no second alert.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'x' })),
    );
    await startRecording(page);
    await settle(1_000);
    const alerted = await harness.worker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key],
      `alerts:${tabId}`,
    );
    expect(alerted).toEqual({ meetingKey: 'jitsi-meet:alertroom@meet.jit.si', active: ['recording'] });
    expect(Object.keys(await notifications())).toEqual([]);
    await page.close();
  });

  it('shows the in-page banner in a closed shadow root when the user turned it on', async () => {
    await harness.worker.evaluate(() =>
      chrome.storage.local.set({ 'settings.alerts': { notifications: false, banner: true } }),
    );
    const { page } = await openMeeting('https://meet.jit.si/BannerRoom');
    await startRecording(page);
    const host = page.locator('meeting-privacy-lens-alert');
    await host.waitFor({ state: 'attached' });
    // Closed: the page cannot reach into it.
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    expect(Object.keys(await notifications())).toEqual([]);
    await page.screenshot({ path: join(root, '.cache/alert-banner-en.png') });
    await page.close();
    await harness.worker.evaluate(() => chrome.storage.local.remove('settings.alerts'));
  });
});
