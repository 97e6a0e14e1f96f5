import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { launchWithExtension, storedTab } from '../../scripts/browser.mjs';
import { startFixtureServer } from '../../scripts/fixture-server.mjs';

export interface Harness {
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  requests: string[];
  /** Requests the extension itself made that left the browser (see recordOwnRequests). */
  ownRequests: string[];
  close(): Promise<void>;
}

function initiatorOf(request: Request): string | null {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    // A request of a frame that is gone: not one of ours to judge.
    return null;
  }
}

/**
 * Records every request the extension's service worker or its own pages (popup, options) make, from
 * the browser's network log (Playwright follows the service worker through CDP, restarts included),
 * except loads of the extension's own files: `chrome-extension://<id>/…` never touches the network.
 */
export function recordOwnRequests(context: BrowserContext, extensionId: string): string[] {
  const own: string[] = [];
  const ownFiles = `chrome-extension://${extensionId}/`;
  context.on('request', (request) => {
    const url = request.url();
    if (!initiatorOf(request)?.startsWith('chrome-extension://')) return;
    if (url.startsWith(ownFiles) || url.startsWith('data:') || url.startsWith('blob:')) return;
    own.push(url);
  });
  return own;
}

/** The fixture server under the real hostnames, and Chromium with the built extension pointed at it. */
export async function startHarness(
  routes: Record<string, { file: string } | { html: string }>,
  hosts: string[],
): Promise<Harness> {
  const server = await startFixtureServer(routes);
  const extension = await launchWithExtension({
    resolve: hosts.map((host) => `${host}=127.0.0.1:${server.port}`),
    insecure: true,
    fakeMedia: true,
  });
  const requests: string[] = [];
  extension.context.on('request', (request) => requests.push(request.url()));
  const ownRequests = recordOwnRequests(extension.context, extension.extensionId);
  return {
    server,
    context: extension.context,
    // After a service-worker restart the old handle is gone; the newest live worker is the one to ask.
    get worker() {
      return (extension.context.serviceWorkers().at(-1) ?? extension.worker) as Worker;
    },
    extensionId: extension.extensionId,
    requests,
    ownRequests,
    async close() {
      await extension.close();
      await server.close();
    },
  };
}

export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await harness.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

export async function badgeText(harness: Harness, tabId: number): Promise<string> {
  return harness.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls until `check` holds for the stored tab evidence, and returns how long it took. */
export async function waitForTab(
  harness: Harness,
  tabId: number,
  check: (tab: Awaited<ReturnType<typeof storedTab>>) => boolean,
  timeoutMs = 10_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (check(await storedTab(harness.worker, tabId))) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  const state = await harness.worker.evaluate(async () => ({
    stored: Object.entries(await chrome.storage.session.get(null))
      .filter(([k]) => k.startsWith('tab:'))
      .map(
        ([k, v]) =>
          `${k}: ${JSON.stringify(Object.entries((v as { frames: Record<string, { clientId: string; phase: string; url: string }> }).frames).map(([f, e]) => [f, e.clientId, e.phase, e.url]))}`,
      ),
    tabs: (await chrome.tabs.query({})).map(
      (t) => `${t.id} ${t.active ? 'active' : ''} ${t.url ?? '(url hidden)'}`,
    ),
  }));
  throw new Error(
    `stored evidence of tab ${tabId} did not reach the expected state in ${timeoutMs} ms: ${JSON.stringify(state)}`,
  );
}
