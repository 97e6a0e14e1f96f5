// The background service worker's JavaScript heap, in real Chromium, read from the worker's own
// DevTools target (Runtime.getHeapUsage after a forced garbage collection): idle, and after it has
// followed a busy meeting tab. Whatever the background loads when it starts or on its first request
// (such as data tables) is included.
import { launchWithExtension } from '../browser.mjs';
import { startFixtureServer } from '../fixture-server.mjs';
import { busyPage, jitsiTabId } from './shared.mjs';

const MB = 1024 * 1024;

export const title = 'service-worker memory';

/**
 * A DevTools session on the extension's service worker. Playwright opens sessions only on pages, so
 * this goes through the browser session's Target.sendMessageToTarget.
 */
async function workerSession(extension) {
  const browser = await extension.context.browser().newBrowserCDPSession();
  const { targetInfos } = await browser.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extension.extensionId}/`),
  );
  if (!worker) throw new Error('the extension has no running service worker');
  const { sessionId } = await browser.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  const pending = new Map();
  let lastId = 0;
  browser.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message);
  });
  return {
    send(method, params = {}) {
      const id = ++lastId;
      const reply = new Promise((resolve) => pending.set(id, resolve));
      void browser.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
      return reply.then((message) => {
        if (message.error) throw new Error(`${method}: ${message.error.message}`);
        return message.result;
      });
    },
    detach: () => browser.detach(),
  };
}

async function heapUsed(extension) {
  const session = await workerSession(extension);
  try {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await session.detach();
  }
}

export async function measure() {
  const server = await startFixtureServer({ 'meet.jit.si': { html: busyPage() } });
  const extension = await launchWithExtension({
    resolve: [`meet.jit.si=127.0.0.1:${server.port}`],
    insecure: true,
  });
  try {
    const idle = await heapUsed(extension);
    const page = await extension.context.newPage();
    await page.goto('https://meet.jit.si/MemoryRoom');
    await page.waitForTimeout(3000);
    // The report is built on request: ask for one, as the popup does, so its code has run too.
    const tabId = await jitsiTabId(extension);
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/ui/options/options.html`);
    await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-report', tabId: id }), tabId);
    const busy = await heapUsed(extension);
    const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
    return [
      {
        what: 'service-worker JS heap, idle / following a busy meeting tab',
        measured: `${mb(idle)} / ${mb(busy)}`,
        budget: '—',
        ok: null,
        note: 'design.md sets no budget; used heap after a forced garbage collection',
      },
    ];
  } finally {
    await extension.close();
    await server.close();
  }
}
