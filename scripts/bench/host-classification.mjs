// Host classification speed in the background (src/network/classify.ts), in Node.
// The IP lookup and the comparison with @ghostery/trackerdb come with the network issue as their own
// module in this directory.
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from '../browser.mjs';
import { median } from './shared.mjs';

const HOSTS = [
  'meet.google.com',
  'www.gstatic.com',
  'www.google-analytics.com',
  'o123.ingest.sentry.io',
  'cdn.cookielaw.org',
  'app.zoom.us',
  'us05web.zoom.us',
  'api2.amplitude.com',
  'unknown-vendor.example',
  'fonts.gstatic.com',
  'd1a2b3.cloudfront.net',
  'static.zdassets.com',
  'meet.jit.si',
  'web-cdn.jitsi.net',
  '203.0.113.7',
];

export const title = 'host classification';

export async function measure({ quick }) {
  const out = join(root, '.cache/bench-classify.mjs');
  await build({
    entryPoints: [join(root, 'src/network/classify.ts')],
    bundle: true,
    format: 'esm',
    outfile: out,
    platform: 'neutral',
    logLevel: 'error',
  });
  const { classifyHost } = await import(`${out}?${Date.now()}`);
  const firstParty = ['google.com', 'gstatic.com', 'googleapis.com'];
  const samples = [];
  const rounds = quick ? 40 : 200;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) for (const host of HOSTS) classifyHost(host, firstParty, 'meet.google.com');
    samples.push(Number(process.hrtime.bigint() - started) / 1000 / (100 * HOSTS.length));
  }
  // The first rounds run before the JIT has optimised the code.
  const perHost = median(samples.slice(Math.floor(rounds / 10)));
  return [
    {
      what: 'host classification, median per host',
      measured: `${perHost.toFixed(2)} µs`,
      budget: '≤ 5 µs',
      ok: perHost <= 5,
      note: 'classification only; the IP → country lookup is not part of it yet',
    },
  ];
}
