/**
 * Issue 5 end to end: the host's settings pages under their real hostnames — the Zoom web portal's Meeting and
 * Recording tabs and the Teams meeting options page — read by the built extension in Chromium and judged as host
 * findings. Settings are defaults, so they raise no live alert.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestReport, root, waitForSettled } from '../../scripts/browser.mjs';
import { fixturePath } from '../../scripts/fixture-server.mjs';
import type { Report } from '../../src/report';
import { type Harness, startHarness, tabIdOf, waitForTab } from './harness';

const ZOOM_MEETING_TAB = 'https://zoom.us/profile/setting?tab=meeting';
const ZOOM_RECORDING_TAB = 'https://us05web.zoom.us/profile/setting?tab=recording';
const TEAMS_OPTIONS =
  'https://teams.microsoft.com/meetingOptions/?organizerId=a1b2c3d4-0000-4000-8000-000000000001&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&threadId=19_meeting_NjM2ZjQ0MmQt@thread.v2&messageId=0&language=en-US';

const routes = {
  'zoom.us/profile/setting': { file: fixturePath('zoom', 'settings-en.html') },
  'us05web.zoom.us/profile/setting': { file: fixturePath('zoom', 'settings-recording-de.html') },
  'teams.microsoft.com/meetingOptions/': { file: fixturePath('microsoft-teams', 'meeting-options-en.html') },
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(routes, ['zoom.us', 'us05web.zoom.us', 'teams.microsoft.com']);
});

afterAll(async () => {
  await harness?.close();
});

/** Opens the page and waits until its settings were read. */
async function openSettings(url: string): Promise<number> {
  const page = await harness.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(harness, page);
  await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.phase === 'settings');
  return tabId;
}

/** The report of a settings page as a host sees it. */
async function hostReportOf(url: string, lang: 'en' | 'de' = 'en'): Promise<Report> {
  const report = await requestReport(harness, await openSettings(url), lang, 'host');
  if (!report) throw new Error(`no report for ${url}`);
  return report;
}

function statusOf(report: Report, ruleId: string): string | undefined {
  return report.findings.find((f) => f.ruleId === ruleId)?.status;
}

describe('settings pages in Chromium', () => {
  it('Zoom web portal, Meeting tab: lobby, passcode, encryption default and data-centre regions', async () => {
    const report = await hostReportOf(ZOOM_MEETING_TAB);
    expect(report.client?.id).toBe('zoom');
    expect(report.phase).toBe('settings');
    expect(statusOf(report, 'lobby-admission')).toBe('pass');
    // Join before host is off; Zoom has no "everyone a moderator" setting to show, so roles stay unknown.
    expect(statusOf(report, 'role-separation')).toBe('unknown');
    expect(statusOf(report, 'e2ee')).toBe('warn');
    expect(statusOf(report, 'data-centre-regions')).toBe('warn');
    const regions = report.findings.find((f) => f.ruleId === 'data-centre-regions');
    expect(regions?.summary).toMatch(/US/);
    expect(regions?.advice).toBe(regions?.adviceByAudience.host);
    expect(report.url).not.toContain('tab=');
  });

  it('Zoom web portal, German Recording tab on a regional host: automatic recording fails', async () => {
    const report = await hostReportOf(ZOOM_RECORDING_TAB, 'de');
    expect(statusOf(report, 'recording-defaults')).toBe('fail');
    const finding = report.findings.find((f) => f.ruleId === 'recording-defaults');
    expect(finding?.summary).toBe('Konferenzen werden automatisch aufgezeichnet, sobald sie beginnen.');
    expect(finding?.evidence.map((e) => e.source).join(' ')).toMatch(/"Automatische Aufzeichnung" is on/);
  });

  it('follows a host who switches automatic recording off on the page', async () => {
    const page = await harness.context.newPage();
    // Its own query string: the tab of an earlier test shows the same page.
    await page.goto(`${ZOOM_RECORDING_TAB}&edit=1`);
    const tabId = await tabIdOf(harness, page);
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.autoRecording.value === true);
    // Reads the page's own late loads (its favicon) may cause are over before the host acts.
    await waitForSettled(harness.worker, tabId);
    // A checkbox's state is a property: unchecking it changes no attribute the observer could see.
    await page.getByLabel('Automatische Aufzeichnung').uncheck();
    await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.autoRecording.value === false);
    const report = await requestReport(harness, tabId, 'en', 'host');
    expect(report?.findings.find((f) => f.ruleId === 'recording-defaults')?.status).toBe('warn');
    await page.close();
  });

  it('Teams meeting options: open lobby and Copilot allowed, automatic recording off', async () => {
    const report = await hostReportOf(TEAMS_OPTIONS);
    expect(report.client?.id).toBe('microsoft-teams');
    expect(statusOf(report, 'lobby-admission')).toBe('warn');
    expect(statusOf(report, 'ai-defaults')).toBe('warn');
    expect(statusOf(report, 'recording-defaults')).toBe('pass');
    expect(statusOf(report, 'chat-persistence')).toBe('pass');
  });

  it('prints the host review in German (screenshot in .cache/ for reading)', async () => {
    const tabId = await openSettings(ZOOM_RECORDING_TAB);
    const page = await harness.context.newPage();
    const query = new URLSearchParams({ tabId: String(tabId), lang: 'de', role: 'host' });
    await page.goto(`chrome-extension://${harness.extensionId}/ui/report/report.html?${query}`);
    await page.locator('.printable').waitFor();
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Voreinstellungen für Aufzeichnungen');
    expect(text).toContain('Schalten Sie automatisches Aufzeichnen aus.');
    await page.screenshot({ path: join(root, '.cache/report-settings-de.png'), fullPage: true });
    await page.screenshot({ path: join(root, '.cache/report-settings-de-top.png') });
    await page.close();
  });

  it('shows the Teams options review in the popup in German and exports it as Markdown in English', async () => {
    const tabId = await openSettings(TEAMS_OPTIONS);
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${harness.extensionId}/ui/popup/popup.html?tabId=${tabId}&lang=de`);
    await popup.locator('[data-rule-id="ai-defaults"]').waitFor();
    await popup.screenshot({ path: join(root, '.cache/popup-settings-de.png'), fullPage: true });
    expect(await popup.locator('body').textContent()).toContain(
      'Voreinstellungen für KI-Assistenten und Transkription',
    );
    await popup.close();
    const page = await harness.context.newPage();
    const query = new URLSearchParams({ tabId: String(tabId), lang: 'en', role: 'host' });
    await page.goto(`chrome-extension://${harness.extensionId}/ui/report/report.html?${query}`);
    await page.locator('.printable').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Markdown/ }).click(),
    ]);
    const path = join(root, '.cache/report-settings-en.md');
    await download.saveAs(path);
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toContain('AI assistant and transcription defaults');
    expect(markdown).not.toContain('tenantId');
    await page.close();
  });

  it('raises no live alert and makes no request of its own', async () => {
    const shown = await harness.worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(shown)).toEqual([]);
    expect(harness.ownRequests).toEqual([]);
  });
});
