/**
 * The built extension in Debian Chromium, on fixture pages served over local HTTPS under the real
 * hostnames of Jitsi Meet, Google Meet and Zoom.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestReport, root, storedTab } from '../../scripts/browser.mjs';
import { fixturePath } from '../../scripts/fixture-server.mjs';
import type { Report } from '../../src/report';
import { badgeText, type Harness, startHarness, tabIdOf, waitForTab } from './harness';

const JITSI_URL = 'https://meet.jit.si/PrivacyLensDemo';
const JITSI_OTHER_URL = 'https://meet.jit.si/AnotherRoom';
const MEET_URL = 'https://meet.google.com/abc-defg-hij';
const ZOOM_URL = 'https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=AbCdEf123';
const HOSTS = ['meet.jit.si', 'meet.google.com', 'app.zoom.us'];

const routes = {
  'meet.jit.si/PrivacyLensDemo': { file: fixturePath('jitsi-meet', 'in-meeting-en.html') },
  'meet.jit.si/AnotherRoom': { file: fixturePath('jitsi-meet', 'prejoin-en.html') },
  'meet.google.com/abc-defg-hij': { file: fixturePath('google-meet', 'prejoin-en.html') },
  'app.zoom.us/wc/81234567890/join': { file: fixturePath('zoom', 'wc-shell-en.html') },
  'app.zoom.us/wc/81234567890/in-meeting-en.html': { file: fixturePath('zoom', 'in-meeting-en.html') },
};

function bodyOf(file: string): string {
  const html = readFileSync(file, 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}

let harness: Harness;

async function openReport(tabId: number, lang: 'en' | 'de'): Promise<Page> {
  const popup = await harness.context.newPage();
  await popup.goto(
    `chrome-extension://${harness.extensionId}/ui/popup/popup.html?tabId=${tabId}&lang=${lang}`,
  );
  return popup;
}

function reportFor(tabId: number, lang: 'en' | 'de' = 'en'): Promise<Report | null> {
  return requestReport(harness, tabId, lang);
}

beforeAll(async () => {
  harness = await startHarness(routes, HOSTS);
});

afterAll(async () => {
  await harness?.close();
});

describe('Jitsi Meet in a live page', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await harness.context.newPage();
    await page.goto(JITSI_URL);
    tabId = await tabIdOf(harness, page);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.phase === 'in-meeting');
  });

  it('recognises the client and phase and stores them per tab', async () => {
    const tab = await storedTab(harness.worker, tabId);
    expect(tab?.frames['0']?.clientId).toBe('jitsi-meet');
    expect(tab?.frames['0']?.meetingKey).toBe('jitsi-meet:privacylensdemo@meet.jit.si');
    expect(tab?.frames['0']?.signals.recording.value).not.toBe(true);
  });

  it('updates the badge and the stored report when a recording indicator appears', async () => {
    const problems = (report: Report | null) =>
      report?.findings.filter((f) => f.status === 'warn' || f.status === 'fail').length ?? 0;
    const before = problems(await reportFor(tabId));
    await page.evaluate(
      (html) => {
        document.body.innerHTML = html;
      },
      bodyOf(fixturePath('jitsi-meet', 'recording-en.html')),
    );
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.recording.value === true);
    const report = await reportFor(tabId);
    const recording = report?.findings.find((f) => f.ruleId === 'recording-announced');
    expect(recording?.status).toBe('warn');
    // Two more findings: the recording itself, and that it started while the user was in the meeting.
    expect(report?.findings.find((f) => f.ruleId === 'recording-mid-meeting')?.status).toBe('warn');
    expect(problems(report)).toBe(before + 2);
    // The badge counts them (it is set after each stored update, so wait for the last one).
    await expect.poll(() => badgeText(harness, tabId)).toBe(String(problems(report)));
  });

  it('renders the findings in the popup, in English and German', async () => {
    const en = await openReport(tabId, 'en');
    await en
      .getByRole('heading', { name: /Jitsi Meet/ })
      .first()
      .waitFor();
    expect(await en.locator('body').textContent()).toContain('Recording started during the meeting');
    await en.screenshot({ path: join(root, '.cache/popup-en.png') });
    await en.close();
    const de = await openReport(tabId, 'de');
    await de.getByText('Aufzeichnung während der Konferenz gestartet').first().waitFor();
    expect(await de.locator('html').getAttribute('lang')).toBe('de');
    await de.screenshot({ path: join(root, '.cache/popup-de.png') });
    await de.close();
  });

  async function stopServiceWorker(): Promise<void> {
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }

  it('keeps the state across a service-worker restart', async () => {
    await stopServiceWorker();
    // The extension page's message wakes a new worker, which has only storage.session to go on.
    const report = await reportFor(tabId);
    expect(report?.findings.find((f) => f.ruleId === 'recording-announced')?.status).toBe('warn');
    if (harness.context.serviceWorkers().length === 0) await harness.context.waitForEvent('serviceworker');
  });

  it('keeps following the meeting when the worker stops while the page changes', async () => {
    const before = await storedTab(harness.worker, tabId);
    await stopServiceWorker();
    // The content script's next message has to wake a worker that starts from storage.session alone.
    await page.evaluate(
      (html) => {
        document.body.innerHTML = html;
      },
      bodyOf(fixturePath('jitsi-meet', 'transcription-en.html')),
    );
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.transcription.value === true);
    const after = await storedTab(harness.worker, tabId);
    expect(after?.frames['0']?.meetingKey).toBe(before?.frames['0']?.meetingKey);
    expect(after?.network.hosts.map((h) => h.host)).toEqual(
      expect.arrayContaining(before?.network.hosts.map((h) => h.host) ?? []),
    );
    const report = await reportFor(tabId);
    expect(report?.findings.find((f) => f.ruleId === 'transcription-ai')?.status).toBe('warn');
  });

  it('starts afresh when the tab moves to another meeting', async () => {
    await page.goto(JITSI_OTHER_URL);
    await waitForTab(
      harness,
      tabId,
      (tab) => tab?.frames['0']?.meetingKey === 'jitsi-meet:anotherroom@meet.jit.si',
    );
    const tab = await storedTab(harness.worker, tabId);
    expect(tab?.frames['0']?.phase).toBe('prejoin');
    expect(tab?.frames['0']?.signals.recording.value).toBeNull();
  });
});

describe('Google Meet pre-join', () => {
  it('reports the green room and the camera and microphone state', async () => {
    const page = await harness.context.newPage();
    await page.goto(MEET_URL);
    const tabId = await tabIdOf(harness, page);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.phase === 'prejoin');
    const report = await reportFor(tabId);
    expect(report?.client?.id).toBe('google-meet');
    expect(report?.signals.cameraOnAtJoin.value).not.toBeNull();
    expect(report?.signals.micOnAtJoin.value).not.toBeNull();
    await page.close();
  });
});

describe('Zoom web client', () => {
  it('reads the meeting inside iframe#webclient and reports it for the tab', async () => {
    const page = await harness.context.newPage();
    await page.goto(ZOOM_URL);
    const tabId = await harness.worker.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://app.zoom.us/wc/*' }))[0]?.id,
    );
    expect(tabId).toBeDefined();
    await waitForTab(harness, tabId as number, (tab) =>
      Object.values(tab?.frames ?? {}).some((frame) => frame.phase === 'in-meeting'),
    );
    const report = await reportFor(tabId as number);
    expect(report?.client?.id).toBe('zoom');
    expect(report?.phase).toBe('in-meeting');
    expect(report?.signals.passcodeInUrl.value).toBe(true);
    expect(report?.findings.find((f) => f.ruleId === 'passcode-in-url')?.status).toBe('warn');
    expect(report?.url).not.toContain('pwd');
    await page.close();
  });
});

describe('the audit CLI', () => {
  it('prints the same report as JSON', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [
        join(root, 'scripts/audit.mjs'),
        JITSI_URL,
        '--resolve',
        `meet.jit.si=127.0.0.1:${harness.server.port}`,
        '--insecure',
        '--json',
        '--wait',
        '300',
      ],
      { cwd: root },
    ).catch((error) => error as { stdout: string; code?: number });
    const report = JSON.parse(stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.client?.id).toBe('jitsi-meet');
    expect(report.phase).toBe('in-meeting');
    expect(report.findings.map((f) => f.ruleId)).toContain('recording-announced');
    expect(report.network.hosts.map((h) => h.host)).toContain('meet.jit.si');
  });
});

describe('privacy of the extension itself', () => {
  it('made no network request of its own', async () => {
    const fixtureHosts = new Set(HOSTS);
    const foreign = harness.requests.filter((url) => {
      const parsed = new URL(url);
      return (
        parsed.protocol !== 'chrome-extension:' &&
        parsed.protocol !== 'data:' &&
        !fixtureHosts.has(parsed.hostname)
      );
    });
    expect(foreign).toEqual([]);
    // From the network log of the service worker (across its restarts above) and of the popup pages.
    expect(harness.ownRequests).toEqual([]);
    const workerFetches = await harness.worker.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => !name.startsWith('chrome-extension:')),
    );
    expect(workerFetches).toEqual([]);
    // Every request the server saw was a page load or a resource of a fixture page.
    for (const request of harness.server.requests) expect(fixtureHosts.has(request.host)).toBe(true);
  });
});
