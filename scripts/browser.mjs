// Launches Debian Chromium with the built extension (playwright-core; no browser download) and reads
// reports through the extension's own pages, exactly as the popup does.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const extensionDir = join(root, 'dist/chrome');
/** The Chrome build with a fixed id (manifest `key`), for managed-policy tests and enterprise roll-out. */
export const enterpriseDir = join(root, 'dist/enterprise');

export class UsageError extends Error {}

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new UsageError(
      `Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

/** `host=ip:port` (curl's --resolve, without the port on the left) → a Chromium host-resolver rule. */
export function resolverRule(entry) {
  const match = /^([^=:\s]+)(?::(\d+))?=([^:\s]+|\[[^\]]+\]):(\d+)$/.exec(entry);
  if (!match) throw new UsageError(`--resolve expects host=ip:port, got "${entry}"`);
  const [, host, fromPort, ip, port] = match;
  return `MAP ${host}:${fromPort ?? '443'} ${ip}:${port}`;
}

/** Chromium derives an unpacked extension's id from the SHA-256 of its absolute path. */
export function unpackedExtensionId(dir = extensionDir) {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * The extension's service worker. It can start before Playwright attaches and then go unreported, so
 * if none shows up soon an extension page is opened, which starts (and reports) a worker.
 */
async function extensionWorker(context, extensionId) {
  const live = () =>
    context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  const waited = Date.now();
  while (!live() && Date.now() - waited < 1500) await new Promise((r) => setTimeout(r, 50));
  if (live()) return live();
  const seen = context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/ui/options/options.html`).catch(() => undefined);
  const worker = live() ?? (await seen);
  await page.close();
  return worker;
}

/**
 * `dir` picks the build (dist/chrome by default); `extensionId` is needed when that build's id does not
 * follow from its path (dist/enterprise has a manifest key).
 */
export async function launchWithExtension({
  dir = extensionDir,
  extensionId: knownId,
  resolve = [],
  insecure = false,
  headless = true,
  lang,
  withExtension = true,
  fakeMedia = false,
  userDataDir,
} = {}) {
  const executablePath = chromiumPath();
  if (withExtension && !existsSync(join(dir, 'manifest.json'))) {
    throw new UsageError('The extension is not built: run `npm run build` first.');
  }
  const { chromium } = await import('playwright-core');
  // A given profile outlives this browser (to start the browser again on it); a fresh one does not.
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'mpl-profile-'));
  const args = [
    '--no-sandbox',
    ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--disable-quic',
    // Lets us press the toolbar button through CDP (Extensions.triggerAction), as a user would.
    '--enable-unsafe-extension-debugging',
  ];
  if (resolve.length > 0) args.push(`--host-resolver-rules=${resolve.map(resolverRule).join(', ')}`);
  if (insecure) args.push('--ignore-certificate-errors');
  // Fixture pages ask for camera and microphone: answer with Chromium's synthetic devices, no prompt.
  if (fakeMedia) args.push('--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream');
  if (lang) args.push(`--lang=${lang}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    args,
    ...(lang && { locale: lang }),
    viewport: { width: 1280, height: 800 },
  });
  const worker = withExtension ? await extensionWorker(context, knownId ?? unpackedExtensionId(dir)) : null;
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      if (!userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Presses the extension's toolbar button on the tab showing `url`, exactly as a user would: the popup
 * opens and `activeTab` lets the extension look at a page on a host it has no permission for.
 */
export async function pressToolbarButton(extension, url) {
  const cdp = await extension.context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab =
      targetInfos.find((t) => t.url === url) ??
      targetInfos.find((t) => t.url.startsWith(new URL(url).origin));
    if (!tab) throw new Error(`no tab shows ${url}`);
    await cdp.send('Extensions.triggerAction', { id: extension.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/** The background's view of a tab, read from storage.session. */
export async function storedTab(worker, tabId) {
  return worker.evaluate(
    async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null,
    tabId,
  );
}

/** The id of the one tab that is not an extension page. */
export async function meetingTabId(worker) {
  return worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const stored = Object.keys(await chrome.storage.session.get(null))
      .filter((k) => k.startsWith('tab:'))
      .map((k) => Number(k.slice(4)));
    return (
      tabs.find((t) => stored.includes(t.id))?.id ??
      tabs.find((t) => !t.url?.startsWith('chrome-extension:'))?.id
    );
  });
}

/** Asks the background for the report, from an extension page, as the popup does (for a role if given). */
export async function requestReport(extension, tabId, lang, role) {
  const page = await extension.context.newPage();
  try {
    await page.goto(`chrome-extension://${extension.extensionId}/ui/options/options.html`);
    return await page.evaluate(
      ([id, language, reader]) =>
        chrome.runtime.sendMessage({
          type: 'get-report',
          tabId: id,
          ...(language && { lang: language }),
          ...(reader && { role: reader }),
        }),
      [tabId, lang, role],
    );
  } finally {
    await page.close();
  }
}

/** Waits until the stored evidence of a tab has not changed for `quietMs`, or `maxMs` passed. */
export async function waitForSettled(worker, tabId, { quietMs = 800, maxMs = 10_000 } = {}) {
  const started = Date.now();
  let last = '';
  let stableSince = Date.now();
  while (Date.now() - started < maxMs) {
    const tab = await storedTab(worker, tabId);
    const snapshot = JSON.stringify(tab?.frames ?? null);
    if (snapshot !== last) {
      last = snapshot;
      stableSince = Date.now();
    } else if (tab && Date.now() - stableSince >= quietMs) {
      return tab;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return storedTab(worker, tabId);
}
