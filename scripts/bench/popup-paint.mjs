// Popup opened → first finding painted, in real Chromium, timed inside the popup page.
import { launchWithExtension } from '../browser.mjs';
import { startFixtureServer } from '../fixture-server.mjs';
import { busyPage, jitsiTabId, median, percentile } from './shared.mjs';

export const title = 'popup paint';

export async function measure({ quick }) {
  const trials = quick ? 4 : 16;
  const server = await startFixtureServer({ 'meet.jit.si': { html: busyPage() } });
  const extension = await launchWithExtension({
    resolve: [`meet.jit.si=127.0.0.1:${server.port}`],
    insecure: true,
  });
  const samples = [];
  try {
    const page = await extension.context.newPage();
    await page.goto('https://meet.jit.si/PopupRoom');
    await page.waitForTimeout(800);
    const tabId = await jitsiTabId(extension);
    const popup = await extension.context.newPage();
    // Navigation start → first finding in the DOM, then one frame to paint.
    await popup.addInitScript(() => {
      globalThis.benchPainted = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-rule-id]')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        }).observe(document, { childList: true, subtree: true });
      });
    });
    for (let trial = 0; trial < trials; trial++) {
      await popup.goto(`chrome-extension://${extension.extensionId}/ui/popup/popup.html?tabId=${tabId}`);
      samples.push(await popup.evaluate(() => globalThis.benchPainted));
    }
  } finally {
    await extension.close();
    await server.close();
  }
  // The first open after the browser started is shown on its own: it has been seen to wait seconds for
  // the background's first answer, which a median of many opens would hide.
  const [first, ...later] = samples;
  const middle = median(later);
  return [
    {
      what: 'popup opens → findings painted, first open after browser start',
      measured: `${first.toFixed(0)} ms`,
      budget: '≤ 150 ms',
      ok: first <= 150,
      note:
        first > 150
          ? "over budget: the popup loads in ~100 ms; the first report after a browser start also waits for the worker's first storage.managed read (time-boxed to 100 ms; Chromium takes seconds to answer it) and for the IP tables (~90 ms to load and unpack)"
          : '',
    },
    {
      what: `popup opens → findings painted, later opens, median / p95 (${later.length} opens)`,
      measured: `${middle.toFixed(0)} ms / ${percentile(later, 95).toFixed(0)} ms`,
      budget: '≤ 150 ms',
      ok: middle <= 150,
      note: [
        'the popup opened as a tab page: the toolbar popup adds the browser UI around it',
        middle > 150 &&
          'over budget: the popup waits for the background to build the report; a report cached per tab would cut that wait',
      ]
        .filter(Boolean)
        .join('. '),
    },
  ];
}
