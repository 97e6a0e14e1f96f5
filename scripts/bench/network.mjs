// Background work per request: host classification + IP → country, next to Ghostery TrackerDB's
// matchUrl on the same request list. TrackerDB (CC BY-NC-SA 4.0) is a dev dependency for this
// comparison only; nothing of it is bundled into the extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from '../browser.mjs';
import { compileIpTables } from '../build-ipdb.mjs';
import { median } from './shared.mjs';

/** Requests a meeting page makes: [url, resource type, server address]. Addresses are public ones. */
const REQUESTS = [
  ['https://meet.google.com/abc-defg-hij', 'main_frame', '142.250.185.110'],
  ['https://www.gstatic.com/meet/icons/logo.svg', 'image', '142.250.185.99'],
  ['https://fonts.gstatic.com/s/roboto/v30/font.woff2', 'font', '142.250.185.67'],
  ['https://www.google-analytics.com/g/collect?v=2', 'xhr', '142.250.186.78'],
  ['https://www.googletagmanager.com/gtag/js?id=G-1', 'script', '142.250.186.40'],
  ['https://play.google.com/log?format=json', 'xhr', '142.250.185.238'],
  ['https://app.zoom.us/wc/81234567890/join', 'main_frame', '170.114.52.2'],
  ['https://us05web.zoom.us/wc/join', 'sub_frame', '170.114.10.87'],
  ['https://cdn.cookielaw.org/scripttemplates/otSDKStub.js', 'script', '104.18.130.236'],
  ['https://geolocation.onetrust.com/cookieconsentpub/v1/geo/location', 'xhr', '104.18.32.68'],
  ['https://teams.microsoft.com/v2/', 'main_frame', '52.113.194.132'],
  ['https://statics.teams.cdn.office.net/evergreen-assets/app.js', 'script', '13.107.246.40'],
  ['https://browser.events.data.microsoft.com/OneCollector/1.0/', 'xhr', '13.89.179.12'],
  ['https://login.microsoftonline.com/common/oauth2', 'xhr', '20.190.159.2'],
  ['https://meet.jit.si/Room', 'main_frame', '52.28.0.1'],
  ['https://web-cdn.jitsi.net/meetjitsi/libs/app.bundle.min.js', 'script', '52.28.0.2'],
  ['https://api2.amplitude.com/2/httpapi', 'xhr', '52.40.0.1'],
  ['https://o123456.ingest.sentry.io/api/1/envelope/', 'xhr', '34.120.195.249'],
  ['https://static.hotjar.com/c/hotjar-1.js?sv=6', 'script', '13.32.145.10'],
  ['https://script.hotjar.com/modules.js', 'script', '13.32.145.11'],
  ['https://cdn.segment.com/analytics.js/v1/key/analytics.min.js', 'script', '13.32.145.12'],
  ['https://api.segment.io/v1/t', 'xhr', '54.148.0.1'],
  ['https://widget.intercom.io/widget/abc', 'script', '13.32.145.13'],
  ['https://rum.browser-intake-datadoghq.eu/api/v2/rum', 'xhr', '34.107.172.23'],
  ['https://static.zdassets.com/ekr/snippet.js', 'script', '104.18.70.113'],
  ['https://d1a2b3c4.cloudfront.net/avatar.png', 'image', '13.32.145.14'],
  ['https://unknown-vendor.example/pixel.gif', 'image', '203.0.114.1'],
  ['https://settings.webex.com/meet/join', 'main_frame', '2001:420:4480::1'],
  ['https://metrics-a.wbx2.com/metrics/api/v1/metrics', 'xhr', '2a00:1450:4001:800::200e'],
  ['https://col.eum-appdynamics.com/eumcollector', 'xhr', '2606:4700:4700::1111'],
];

async function loadOurs() {
  const out = join(root, '.cache/bench-network.mjs');
  await build({
    stdin: {
      contents: [
        "export { classifyHost } from './src/network/classify';",
        "export { countryOf, decodeIpTables, installIpTables } from './src/network/ip-country';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    outfile: out,
    platform: 'neutral',
    logLevel: 'error',
  });
  const ours = await import(`${out}?${Date.now()}`);
  const compiled = compileIpTables();
  const plain = (bytes) => {
    const unzipped = gunzipSync(bytes);
    return unzipped.buffer.slice(unzipped.byteOffset, unzipped.byteOffset + unzipped.byteLength);
  };
  const v4 = plain(compiled.v4);
  const v6 = plain(compiled.v6);
  ours.installIpTables(ours.decodeIpTables(compiled.meta, v4, v6));
  return { ...ours, tableBytes: v4.byteLength + v6.byteLength };
}

async function loadTrackerDb() {
  const require = createRequire(join(root, 'package.json'));
  const dir = join(require.resolve('@ghostery/trackerdb'), '../../..');
  const { default: loadTrackerDB } = await import('@ghostery/trackerdb');
  return loadTrackerDB(readFileSync(join(dir, 'dist/trackerdb.engine')));
}

/** Per-request time of our background classification (host → party/owner/category, IP → country). */
function timeOurs({ classifyHost, countryOf }, rounds) {
  const firstParty = ['google.com', 'gstatic.com', 'googleapis.com'];
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) {
      for (const [url, , ip] of REQUESTS) {
        classifyHost(new URL(url).hostname, firstParty, 'meet.google.com');
        countryOf(ip);
      }
    }
    samples.push(Number(process.hrtime.bigint() - started) / 1000 / (20 * REQUESTS.length));
  }
  return median(samples.slice(rounds / 10));
}

async function timeTrackerDb(trackerDb, rounds) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (const [url, type] of REQUESTS) {
      await trackerDb.matchUrl(
        { url, type, sourceUrl: 'https://meet.google.com/' },
        { getDomainMetadata: true },
      );
    }
    samples.push(Number(process.hrtime.bigint() - started) / 1000 / REQUESTS.length);
  }
  return median(samples.slice(rounds / 10));
}

export const title = 'network: classification + IP lookup';

/** Rows: {what, measured, budget, ok, note}. */
export async function measure({ quick }) {
  const ours = await loadOurs();
  const trackerDb = await loadTrackerDb();
  const perRequest = timeOurs(ours, quick ? 60 : 300);
  const theirs = await timeTrackerDb(trackerDb, quick ? 20 : 60);
  return [
    {
      what: 'classification + IP lookup per request, median',
      measured: `${perRequest.toFixed(2)} µs`,
      budget: '≤ 5 µs',
      ok: perRequest <= 5,
      note: `${REQUESTS.length} meeting-page requests, IPv4 and IPv6`,
    },
    {
      what: 'same requests in TrackerDB matchUrl, median',
      measured: `${theirs.toFixed(2)} µs (${(theirs / perRequest).toFixed(0)}× ours)`,
      budget: '—',
      ok: true,
      note: 'comparison only; TrackerDB adds no IP lookup',
    },
    {
      what: 'IP → country tables in memory',
      measured: `${(ours.tableBytes / 1024 / 1024).toFixed(2)} MB`,
      budget: '—',
      ok: true,
      note: 'typed arrays the background holds once loaded',
    },
  ];
}
