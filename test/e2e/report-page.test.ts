/**
 * The printable report in real Chromium, in English and German: a Zoom meeting with a recording, opened
 * with the passcode in its link. Screenshots and the downloaded Markdown go to .cache/ for reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/browser.mjs';
import { fixturePath } from '../../scripts/fixture-server.mjs';
import { type Harness, startHarness, tabIdOf, waitForTab } from './harness';

const SECRET = 'AbCdEf123';
const ZOOM_URL = `https://app.zoom.us/wc/81234567890/join?pwd=${SECRET}`;

let harness: Harness;
let tabId: number;

beforeAll(async () => {
  harness = await startHarness(
    { 'app.zoom.us/wc/81234567890/join': { file: fixturePath('zoom', 'recording-en.html') } },
    ['app.zoom.us'],
  );
  const meeting = await harness.context.newPage();
  await meeting.goto(ZOOM_URL);
  tabId = await tabIdOf(harness, meeting);
  await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.signals.recording.value === true);
});

afterAll(async () => {
  await harness?.close();
});

async function openReportPage(lang: 'en' | 'de', role: string): Promise<Page> {
  const page = await harness.context.newPage();
  const query = new URLSearchParams({ tabId: String(tabId), lang, role });
  await page.goto(`chrome-extension://${harness.extensionId}/ui/report/report.html?${query}`);
  await page.locator('.printable').waitFor();
  return page;
}

async function downloadMarkdown(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Markdown/ }).click(),
  ]);
  const path = join(root, '.cache', name);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('the checklist', () => {
  it('is answered in the popup and kept for the provider', async () => {
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/ui/popup/popup.html?tabId=${tabId}&lang=en`);
    await popup.getByText('Checklist: what no page can show').click();
    await popup.getByLabel(/complete processor contract/).selectOption('unsure');
    await popup.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await popup.screenshot({ path: join(root, '.cache/popup-checklist-en.png'), fullPage: true });
    const stored = await harness.worker.evaluate(async () => {
      const answers = (await chrome.storage.local.get('checklist.answers'))['checklist.answers'];
      return answers as Record<string, Record<string, { answer: string }>>;
    });
    expect(stored.zoom?.['processor-contract']?.answer).toBe('unsure');
    await popup.close();
  });
});

describe('the printable report', () => {
  it('shows the findings, checklist and sources in English, without the passcode', async () => {
    const page = await openReportPage('en', 'host');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Meeting privacy report');
    expect(text).toContain('https://app.zoom.us/wc/81234567890/join');
    expect(text).toContain('This meeting is being recorded.');
    expect(text).toContain('Checklist: what no page can show');
    expect(text).toMatch(/processor contract[\s\S]*Unsure/);
    expect(text).toContain('October 23, 2020');
    expect(text).not.toContain(SECRET);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.screenshot({ path: join(root, '.cache/report-en.png'), fullPage: true });
    await page.screenshot({ path: join(root, '.cache/report-en-top.png') });
    await page.locator('.checklist').screenshot({ path: join(root, '.cache/report-en-checklist.png') });
    const markdown = await downloadMarkdown(page, 'report-en.md');
    expect(markdown).toContain('# ');
    expect(markdown).not.toContain(SECRET);
    await page.close();
  });

  it('is written in German when asked', async () => {
    const page = await openReportPage('de', 'participant');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Datenschutzbericht zum Meeting');
    expect(text).toContain('Diese Konferenz wird aufgezeichnet.');
    expect(text).toContain('23. Oktober 2020');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.screenshot({ path: join(root, '.cache/report-de.png'), fullPage: true });
    await page.screenshot({ path: join(root, '.cache/report-de-top.png') });
    const markdown = await downloadMarkdown(page, 'report-de.md');
    expect(markdown).toContain('Checkliste');
    await page.close();
  });
});
