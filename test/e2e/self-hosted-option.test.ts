/**
 * A self-hosted BigBlueButton on an arbitrary hostname, added on the options page: the user grants
 * access to that one site in Chromium's real permission prompt, and from then on the page is read
 * without pressing the toolbar button. The prompt is browser UI that no page API can answer, so this
 * test runs Chromium headed on a private Xvfb display and answers with real key presses (xdotool), as
 * a user would (Debian packages xvfb and xdotool, installed by .ci/run).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchWithExtension, storedTab } from '../../scripts/browser.mjs';
import { type FixtureServer, fixturePath, startFixtureServer } from '../../scripts/fixture-server.mjs';
import { recordOwnRequests } from './harness';

const BBB = 'https://bbb.example-uni.de/html5client/?sessionToken=optioned';
const PATTERN = 'https://bbb.example-uni.de/*';

let xvfb: ChildProcess;
let display: string;
let server: FixtureServer;
let extension: Extension;
let ownRequests: string[];

/** Starts Xvfb on a free display and returns its name, e.g. ":1". */
function startXvfb(): Promise<string> {
  return new Promise((resolve, reject) => {
    xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    xvfb.on('error', (error) =>
      reject(new Error(`Xvfb is needed for this test (apt-get install -y xvfb): ${error.message}`)),
    );
    xvfb.stdout?.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
  });
}

function pressKeys(...keys: string[]): void {
  execFileSync('xdotool', ['key', '--delay', '100', ...keys], { env: { ...process.env, DISPLAY: display } });
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < 10_000) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function optionsPage(): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/ui/options/options.html?lang=en`);
  return page;
}

beforeAll(async () => {
  display = await startXvfb();
  process.env.DISPLAY = display;
  server = await startFixtureServer({
    'bbb.example-uni.de': { file: fixturePath('bigbluebutton', 'recording-en.html') },
  });
  extension = await launchWithExtension({
    resolve: [`bbb.example-uni.de=127.0.0.1:${server.port}`],
    insecure: true,
    headless: false,
  });
  ownRequests = recordOwnRequests(extension.context, extension.extensionId);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
  xvfb?.kill();
});

describe('a self-hosted instance added on the options page', () => {
  it('asks for access to that one site and registers the content scripts once granted', async () => {
    const page = await optionsPage();
    await page.getByLabel(/Instance address/i).fill('https://bbb.example-uni.de');
    await page.getByRole('button', { name: /^Add$/ }).click();
    // Chromium's prompt focuses "Deny"; Tab moves to "Allow".
    await page.waitForTimeout(1000);
    pressKeys('Tab', 'Return');
    await until(
      () => page.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), PATTERN),
      (granted) => granted,
      'the permission for the instance',
    );
    const registered = await until(
      () => extension.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()),
      (scripts) => scripts.length === 2,
      'the content-script registration',
    );
    expect(registered.map((s) => s.matches)).toEqual([[PATTERN], [PATTERN]]);
    await page.close();
  });

  it('reads the instance without the toolbar button from then on', async () => {
    const page = await extension.context.newPage();
    await page.goto(BBB);
    const tabId = await extension.worker.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://bbb.example-uni.de/*' }))[0]?.id,
    );
    expect(tabId).toBeDefined();
    const tab = await until(
      () => storedTab(extension.worker, tabId as number),
      (state) => state?.frames['0']?.clientId === 'bigbluebutton',
      'the BigBlueButton evidence',
    );
    expect(tab?.frames['0']?.selfHosted).toBe(true);
    expect(tab?.frames['0']?.signals.recording.value).toBe(true);
    await page.close();
  });

  it('forgets the registration when the instance is removed', async () => {
    const page = await optionsPage();
    await page
      .getByRole('button', { name: /Remove/ })
      .first()
      .click();
    await until(
      () => extension.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()),
      (scripts) => scripts.length === 0,
      'the registration to be removed',
    );
    await page.close();
  });
});

describe('the extension on the network', () => {
  it('made no network request of its own during this run, permission prompt included', () => {
    expect(ownRequests).toEqual([]);
  });
});
