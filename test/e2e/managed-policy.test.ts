/**
 * The organisation's managed policy, end to end, the way an administrator on Linux sets it
 * (docs/admin.md): a JSON file in Chromium's managed-policy directory with a `3rdparty` block for the
 * extension's id. The enterprise build (dist/enterprise) has a fixed id, so the policy here is
 * addressed to that id only and cannot touch other Chromium runs on the machine (they load dist/chrome
 * under path-derived ids). The file is removed again after the test. Needs write access to
 * /etc/chromium/policies/managed (root, as in CI).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Extension,
  enterpriseDir,
  launchWithExtension,
  pressToolbarButton,
  requestReport,
  storedTab,
} from '../../scripts/browser.mjs';
import { ENTERPRISE_ID } from '../../scripts/enterprise-key.mjs';
import { type FixtureServer, fixturePath, startFixtureServer } from '../../scripts/fixture-server.mjs';
import type { Report } from '../../src/report';

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const policyFile = join(POLICY_DIR, `meeting-privacy-lens-e2e-${process.pid}-${Date.now()}.json`);

const ZOOM = 'https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=AbCdEf123';
const OWN_BBB = 'https://bbb.example-org.de/html5client/?sessionToken=policy';

const POLICY = {
  organisationName: 'Example Org',
  helpUrl: 'https://intranet.example-org.de/meetings',
  // "skype" is no client id: that entry alone must be reported; BigBlueButton stays approved.
  approvedClients: ['bigbluebutton', 'skype'],
  selfHostedInstances: ['https://bbb.example-org.de', 'http://old.example-org.de'],
  ruleOverrides: { 'recording-announced': 'low', 'passcode-in-url': 'off' },
  defaultRole: 'host',
  lockedSettings: ['defaultRole'],
};

function writePolicy(policy: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [ENTERPRISE_ID]: policy } } }));
}

const removePolicy = () => rmSync(policyFile, { force: true });

let server: FixtureServer;
let extension: Extension;

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 15_000) {
  const started = Date.now();
  let value = await read();
  while (!ok(value)) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** The tab of `page`; a site without host access hides its URL, so then the one non-extension tab. */
async function tabOf(page: Page): Promise<number> {
  for (const other of extension.context.pages()) if (other !== page) await other.close();
  const url = page.url();
  const id = await extension.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? tabs.find((t) => !t.url?.startsWith('chrome-extension:'))?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

function finding(report: Report | null, ruleId: string) {
  return report?.findings.find((f) => f.ruleId === ruleId);
}

beforeAll(async () => {
  // Removed even when the run is aborted, so no stale policy outlives the test.
  process.once('exit', removePolicy);
  writePolicy(POLICY);
  server = await startFixtureServer({
    'app.zoom.us/wc/81234567890/join': { file: fixturePath('zoom', 'recording-en.html') },
    'bbb.example-org.de/html5client/': { file: fixturePath('bigbluebutton', 'recording-en.html') },
  });
  extension = await launchWithExtension({
    dir: enterpriseDir,
    extensionId: ENTERPRISE_ID,
    resolve: [`app.zoom.us=127.0.0.1:${server.port}`, `bbb.example-org.de=127.0.0.1:${server.port}`],
    insecure: true,
    fakeMedia: true,
  });
});

afterAll(async () => {
  removePolicy();
  await extension?.close();
  await server?.close();
});

describe('a managed policy from /etc/chromium/policies/managed', () => {
  it('reaches the enterprise build under its fixed id', async () => {
    expect(extension.extensionId).toBe(ENTERPRISE_ID);
    const managed = await until(
      () => extension.worker.evaluate(() => chrome.storage.managed.get(null)),
      (value) => Object.keys(value).length > 0,
      'the managed policy',
    );
    // Chrome's schema check passes it whole: every value has the right type; the rest is ours to judge.
    expect(managed).toEqual(POLICY);
  });

  it('flags an unapproved service, applies the rule overrides and reports the malformed entries', async () => {
    const page = await extension.context.newPage();
    await page.goto(ZOOM);
    const tabId = await tabOf(page);
    await until(
      () => storedTab(extension.worker, tabId),
      (tab) => tab?.frames['0']?.signals.recording.value === true,
      'the recording signal',
    );
    const report = await requestReport(extension, tabId, 'en');
    expect(report?.client?.id).toBe('zoom');
    expect(finding(report, 'approved-client')).toMatchObject({ status: 'fail', severity: 'high' });
    expect(finding(report, 'approved-client')?.summary).toContain('not on your organisation');
    expect(finding(report, 'recording-announced')).toMatchObject({
      status: 'warn',
      severity: 'low',
      defaultSeverity: 'high',
    });
    expect(finding(report, 'passcode-in-url')).toBeUndefined();
    expect(report?.policy).toMatchObject({
      managed: true,
      organisationName: 'Example Org',
      helpUrl: 'https://intranet.example-org.de/meetings',
    });
    expect(report?.policy.errors).toEqual([
      'approvedClients[1] ("skype"): not a meeting service this extension knows',
      'selfHostedInstances[1] ("http://old.example-org.de"): not an https origin (https://host or https://host:port)',
    ]);
    // The popup links the organisation's guidance with every finding.
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${ENTERPRISE_ID}/ui/popup/popup.html?tabId=${tabId}&lang=en`);
    const toggles = popup.locator('.finding__toggle');
    await expect.poll(() => toggles.count()).toBeGreaterThan(0);
    for (const toggle of await toggles.all()) if (await toggle.isVisible()) await toggle.click();
    const opened = await popup.locator('.finding__panel:not([hidden])').count();
    expect(opened).toBeGreaterThan(0);
    expect(await popup.locator('.finding__panel:not([hidden]) .finding__help a').allTextContents()).toEqual(
      Array.from({ length: opened }, () => 'Guidance from Example Org'),
    );
    await popup.screenshot({ path: join(tmpdir(), 'mpl-popup-managed.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it("recognises the organisation's own instance on its hostname as approved", async () => {
    const page = await extension.context.newPage();
    await page.goto(OWN_BBB);
    await page.bringToFront();
    const tabId = await tabOf(page);
    await pressToolbarButton(extension, OWN_BBB);
    await until(
      () => storedTab(extension.worker, tabId),
      (tab) => tab?.frames['0']?.clientId === 'bigbluebutton',
      'the BigBlueButton page',
    );
    const report = await requestReport(extension, tabId, 'en');
    expect(report?.client).toMatchObject({ id: 'bigbluebutton', selfHosted: true });
    expect(finding(report, 'approved-client')).toMatchObject({
      status: 'pass',
      summary: "https://bbb.example-org.de is one of your organisation's own instances.",
    });
    await page.close();
  });

  it('shows on the options page what the organisation set, what it locked and what it ignored', async () => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${ENTERPRISE_ID}/ui/options/options.html?lang=en`);
    const organisation = page.locator('section.organisation');
    await expect.poll(() => organisation.textContent()).toContain('Example Org');
    const text = (await organisation.textContent()) ?? '';
    expect(text).toContain('Approved meeting services');
    expect(text).toContain('BigBlueButton');
    expect(await organisation.locator('.policy-issues li').allTextContents()).toEqual([
      'approvedClients[1] ("skype"): not a meeting service this extension knows',
      'selfHostedInstances[1] ("http://old.example-org.de"): not an https origin (https://host or https://host:port)',
    ]);
    // The enforced role is shown, not changeable; the language stays the user's to choose.
    await expect.poll(() => page.locator('input[value=host]').isChecked()).toBe(true);
    expect(await page.locator('input[value=host]').isDisabled()).toBe(true);
    expect(await page.locator('input[value=de]').isDisabled()).toBe(false);
    await page.screenshot({ path: join(tmpdir(), 'mpl-options-managed.png'), fullPage: true });
    await page.close();
  });

  it('applies a changed policy file while the browser runs', async () => {
    writePolicy({ ...POLICY, organisationName: 'Example Org (updated)', approvedClients: ['zoom'] });
    const managed = await until(
      () => extension.worker.evaluate(() => chrome.storage.managed.get('organisationName')),
      (value) => value.organisationName === 'Example Org (updated)',
      'the changed policy',
      60_000,
    );
    expect(managed.organisationName).toBe('Example Org (updated)');
    const page = await extension.context.newPage();
    await page.goto(ZOOM);
    const tabId = await tabOf(page);
    await until(
      () => storedTab(extension.worker, tabId),
      (tab) => tab?.frames['0']?.signals.recording.value === true,
      'the recording signal',
    );
    const report = await requestReport(extension, tabId, 'en');
    expect(finding(report, 'approved-client')?.status).toBe('pass');
    expect(report?.policy.organisationName).toBe('Example Org (updated)');
    expect(report?.policy.errors).toHaveLength(1);
    await page.close();
  }, 90_000);
});
