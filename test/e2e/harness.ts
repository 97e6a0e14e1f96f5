import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, storedTab } from '../../scripts/browser.mjs';
import { startFixtureServer } from '../../scripts/fixture-server.mjs';

export interface Harness {
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  requests: string[];
  close(): Promise<void>;
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
  return {
    server,
    context: extension.context,
    // After a service-worker restart the old handle is gone; the newest live worker is the one to ask.
    get worker() {
      return (extension.context.serviceWorkers().at(-1) ?? extension.worker) as Worker;
    },
    extensionId: extension.extensionId,
    requests,
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
