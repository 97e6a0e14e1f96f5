#!/usr/bin/env node
// `npm start`: builds the extension, serves a demo meeting (a Jitsi Meet fixture page, recording on)
// under its real hostname on a local HTTPS server, and opens Chromium with the extension on it. With no
// display it prints the audit of the demo page instead.
import { spawnSync } from 'node:child_process';
import { formatTable } from './audit.mjs';
import { launchWithExtension, meetingTabId, requestReport, UsageError, waitForSettled } from './browser.mjs';
import { fixturePath, startFixtureServer } from './fixture-server.mjs';

const DEMO_URL = 'https://meet.jit.si/PrivacyLensDemo';

function build() {
  const result = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

async function main() {
  build();
  const server = await startFixtureServer({
    'meet.jit.si/PrivacyLensDemo': { file: fixturePath('jitsi-meet', 'recording-en.html') },
  });
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const extension = await launchWithExtension({
    resolve: [`meet.jit.si=127.0.0.1:${server.port}`],
    insecure: true,
    headless,
  });
  const page = await extension.context.newPage();
  await page.goto(DEMO_URL);
  const tabId = await meetingTabId(extension.worker);
  await waitForSettled(extension.worker, tabId);
  if (headless) {
    const report = await requestReport(extension, tabId);
    console.log('No display found, so here is the audit of the demo meeting instead of a browser window:\n');
    console.log(formatTable(report));
    await extension.close();
    await server.close();
    return;
  }
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/ui/popup/popup.html?tabId=${tabId}`);
  await page.bringToFront();
  console.log(`Demo meeting open at ${DEMO_URL} (served locally). The second tab shows the popup for it;`);
  console.log(
    'the toolbar button (puzzle icon → pin "Meeting Privacy Lens") opens the same. Close the browser to stop.',
  );
  await new Promise((resolve) => extension.context.on('close', resolve));
  await server.close();
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 2;
});
