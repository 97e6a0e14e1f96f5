// One read of a large settings page by the detectors (collectEvidence, the function the content script runs on every
// relevant change), in real Chromium: the Zoom web portal fixture with 2,500 more setting rows (7,500 elements). The
// settings readers look for each setting's visible label, so their cost grows with the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, root } from '../browser.mjs';
import { fixturePath } from '../fixture-server.mjs';
import { median, percentile } from './shared.mjs';

export const title = 'settings page read';

const FILLER_ROWS = 2500;

function bigSettingsPage() {
  const page = readFileSync(fixturePath('zoom', 'settings-en.html'), 'utf8');
  const rows = Array.from(
    { length: FILLER_ROWS },
    (_, i) =>
      `<div class="setting-row"><span>Setting number ${i}</span><p>Helper text for setting ${i}</p></div>`,
  ).join('');
  return page.replace('</main>', `${rows}</main>`);
}

async function collector() {
  const entry = `import { collectEvidence } from ${JSON.stringify(join(root, 'src/content/collect.ts'))};
globalThis.readOnce = () => {
  const started = performance.now();
  const evidence = collectEvidence({ doc: document, url: new URL('https://zoom.us/profile/setting?tab=meeting'),
    origins: [], pageWorld: null, previous: null, now: new Date().toISOString() });
  if (evidence.phase !== 'settings' || evidence.signals.dataRegions.value === null) throw new Error('not read');
  return performance.now() - started;
};`;
  const result = await esbuild.build({
    stdin: { contents: entry, loader: 'ts', resolveDir: root },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
  });
  return result.outputFiles[0].text;
}

export async function measure({ quick }) {
  const reads = quick ? 5 : 40;
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const samples = [];
  try {
    const page = await browser.newPage();
    await page.setContent(bigSettingsPage());
    await page.addScriptTag({ content: await collector() });
    await page.evaluate(() => globalThis.readOnce()); // warm-up: the first read also compiles the code
    for (let i = 0; i < reads; i++) samples.push(await page.evaluate(() => globalThis.readOnce()));
  } finally {
    await browser.close();
  }
  return [
    {
      what: `settings page read, 7,500 elements, median / p95 (${reads} reads)`,
      measured: `${median(samples).toFixed(1)} ms / ${percentile(samples, 95).toFixed(1)} ms`,
      budget: '—',
      ok: null,
      note: 'only on settings pages; reads follow changes at most every 150 ms',
    },
  ];
}
