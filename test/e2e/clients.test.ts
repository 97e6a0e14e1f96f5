/**
 * Issue 3 end to end: Microsoft Teams under its real host, a self-hosted BigBlueButton on an arbitrary
 * hostname checked on demand (toolbar button → activeTab), an unknown WebRTC app, a Jitsi meeting
 * embedded in another site, and single-page navigation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pressToolbarButton, requestReport, storedTab } from '../../scripts/browser.mjs';
import { fixturePath } from '../../scripts/fixture-server.mjs';
import type { Report } from '../../src/report';
import { type Harness, startHarness, waitForTab } from './harness';

const TEAMS = 'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjM2@thread.v2/0';
const TEAMS_GUESTS = 'https://teams.live.com/meet/9312345678901?p=AbCdEfGh123';
const BBB = 'https://bbb.example-uni.de/html5client/?sessionToken=abc123def456';
const UNKNOWN = 'https://video-chat.example.net/room/43';
const EMBED = 'https://www.bibliothek-musterstadt.example/events/reading-circle';
const WHEREBY_EMBED = 'https://www.brightpath-tutoring.example/lessons/4711';

const routes = {
  'teams.microsoft.com/v2/': { file: fixturePath('microsoft-teams', 'recording-en.html') },
  'teams.live.com/meet/9312345678901': { file: fixturePath('microsoft-teams', 'in-meeting-guests-en.html') },
  'bbb.example-uni.de/html5client/': { file: fixturePath('bigbluebutton', 'recording-en.html') },
  'video-chat.example.net/room/43': { file: fixturePath('generic-webrtc', 'join-on-click-en.html') },
  'www.bibliothek-musterstadt.example/events/reading-circle': {
    file: fixturePath('embedded', 'jitsi-embed-en.html'),
  },
  'meet.jit.si/PrivacyLensDemo': { file: fixturePath('jitsi-meet', 'prejoin-en.html') },
  'www.brightpath-tutoring.example/lessons/4711': { file: fixturePath('embedded', 'whereby-embed-en.html') },
  'example.whereby.com/demo': { file: fixturePath('whereby', 'prejoin-en.html') },
};
const HOSTS = [
  'teams.microsoft.com',
  'teams.live.com',
  'bbb.example-uni.de',
  'video-chat.example.net',
  'www.bibliothek-musterstadt.example',
  'meet.jit.si',
  'www.brightpath-tutoring.example',
  'example.whereby.com',
];

let harness: Harness;

/**
 * The tab id of `page`. Without host permission for a site its tabs hide their URL, so every other
 * page is closed first: the one tab left that is no extension page is this one.
 */
async function tabShowing(page: Page): Promise<number> {
  for (const other of harness.context.pages()) if (other !== page) await other.close();
  const url = page.url();
  const id = await harness.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? tabs.find((t) => !t.url?.startsWith('chrome-extension:'))?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

function reportFor(tabId: number): Promise<Report | null> {
  return requestReport(harness, tabId, 'en');
}

beforeAll(async () => {
  harness = await startHarness(routes, HOSTS);
});

afterAll(async () => {
  await harness?.close();
});

describe('Microsoft Teams', () => {
  it('reports the recording banner of a meeting on teams.microsoft.com', async () => {
    const page = await harness.context.newPage();
    await page.goto(TEAMS);
    const tabId = await tabShowing(page);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.recording.value === true);
    const report = await reportFor(tabId);
    expect(report?.client?.id).toBe('microsoft-teams');
    expect(report?.phase).toBe('in-meeting');
    expect(report?.findings.find((f) => f.ruleId === 'recording-announced')?.status).toBe('warn');
    await page.close();
  });

  it('names guests and a notetaker bot in the roster, and the passcode in the link', async () => {
    const page = await harness.context.newPage();
    await page.goto(TEAMS_GUESTS);
    const tabId = await tabShowing(page);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.botsPresent.value === true);
    const report = await reportFor(tabId);
    expect(report?.signals.guestsPresent.value).toBe(true);
    expect(report?.signals.botsPresent.detail?.join(' ')).toMatch(/Otter/);
    expect(report?.signals.passcodeInUrl.value).toBe(true);
    expect(report?.findings.find((f) => f.ruleId === 'notetaker-bots')?.status).toBe('warn');
    await page.close();
  });
});

describe('a self-hosted BigBlueButton on an arbitrary hostname', () => {
  it('is looked at once the user presses the toolbar button, and recognised by its page markers', async () => {
    const page = await harness.context.newPage();
    await page.goto(BBB);
    await page.bringToFront();
    const tabId = await tabShowing(page);
    // No host permission for this site: nothing has been read before the user asks.
    expect(await storedTab(harness.worker, tabId)).toBeNull();
    await pressToolbarButton(harness, BBB);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.clientId === 'bigbluebutton');
    const report = await reportFor(tabId);
    expect(report?.client).toMatchObject({ id: 'bigbluebutton', selfHosted: true });
    expect(report?.phase).toBe('in-meeting');
    expect(report?.signals.recording.value).toBe(true);
    expect(report?.url).not.toContain('sessionToken');
    await page.close();
  });
});

describe('an unknown WebRTC app', () => {
  it('is reported as generic-webrtc once it captures media and opens a peer connection', async () => {
    const page = await harness.context.newPage();
    await page.goto(UNKNOWN);
    await page.bringToFront();
    const tabId = await tabShowing(page);
    await pressToolbarButton(harness, UNKNOWN);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0'] !== undefined);
    expect((await storedTab(harness.worker, tabId))?.frames['0']?.clientId).toBeNull();
    await page.click('#join');
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.clientId === 'generic-webrtc');
    const report = await reportFor(tabId);
    expect(report?.client?.id).toBe('generic-webrtc');
    expect(report?.network.hosts.map((h) => h.host)).toContain('stun.example.org');
    await page.close();
  });
});

describe('a Jitsi meeting embedded in another site', () => {
  it('is read in its iframe and reported for the tab', async () => {
    const page = await harness.context.newPage();
    await page.goto(EMBED);
    await page.bringToFront();
    const tabId = await tabShowing(page);
    await waitForTab(harness, tabId, (tab) =>
      Object.values(tab?.frames ?? {}).some((f) => f.clientId === 'jitsi-meet'),
    );
    const report = await reportFor(tabId);
    expect(report?.client?.id).toBe('jitsi-meet');
    expect(report?.phase).toBe('prejoin');
    await page.close();
  });
});

describe('a Whereby room embedded in another site', () => {
  it('is read in its iframe and reported for the tab', async () => {
    const page = await harness.context.newPage();
    await page.goto(WHEREBY_EMBED);
    const tabId = await tabShowing(page);
    await waitForTab(harness, tabId, (tab) =>
      Object.values(tab?.frames ?? {}).some((f) => f.clientId === 'whereby'),
    );
    const report = await reportFor(tabId);
    expect(report?.client?.id).toBe('whereby');
    expect(report?.phase).toBe('prejoin');
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('starts afresh when the page moves to another meeting without reloading', async () => {
    const page = await harness.context.newPage();
    await page.goto(TEAMS);
    const tabId = await tabShowing(page);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.recording.value === true);
    await page.evaluate(() => {
      history.pushState({}, '', '/v2/?meetingjoin=true#/l/meetup-join/19:meeting_OTHER@thread.v2/0');
      document.querySelector('[role="alert"]')?.remove();
      document.querySelector('.recording-pill')?.remove();
    });
    await waitForTab(
      harness,
      tabId,
      (tab) => tab?.frames['0']?.meetingKey.includes('meeting_other') === true,
    );
    expect((await storedTab(harness.worker, tabId))?.frames['0']?.signals.recording.value).not.toBe(true);
    await page.evaluate(() => {
      history.pushState({}, '', '/v2/');
      document.body.innerHTML = '<main><h1>Teams</h1></main>';
    });
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.phase === 'unknown');
    const report = await reportFor(tabId);
    expect(report?.findings.find((f) => f.ruleId === 'recording-announced')?.status).toBe('unknown');
    await page.close();
  });
});

describe('the extension on the network', () => {
  it('made no network request of its own during this run', () => {
    expect(harness.ownRequests).toEqual([]);
  });
});
