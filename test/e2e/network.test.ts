/**
 * The network section end to end: a Jitsi meeting page that loads third-party tags (served locally
 * under their real hostnames) and opens a WebRTC connection to a local peer. Every host resolves to
 * 127.0.0.1 here, so the report must list the addresses but claim no server country (proxy awareness).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestReport } from '../../scripts/browser.mjs';
import { fixturePath } from '../../scripts/fixture-server.mjs';
import type { Report } from '../../src/report';
import { type Harness, startHarness, tabIdOf, waitForTab } from './harness';

const ROOM = 'https://meet.jit.si/NetworkCheck';
const THIRD_PARTIES = [
  'www.googletagmanager.com',
  'static.hotjar.com',
  'cdn.cookielaw.org',
  'cdn.amplitude.com',
];

function meetingPage(): string {
  const meeting = readFileSync(fixturePath('jitsi-meet', 'in-meeting-en.html'), 'utf8');
  const additions = readFileSync(fixturePath('network', 'additions.html'), 'utf8');
  return meeting.replace('</body>', `${additions}</body>`);
}

let harness: Harness;

beforeAll(async () => {
  const stub = { html: '/* third-party stub */' };
  harness = await startHarness(
    {
      'meet.jit.si': { html: meetingPage() },
      ...Object.fromEntries(THIRD_PARTIES.map((host) => [host, stub])),
    },
    ['meet.jit.si', ...THIRD_PARTIES],
  );
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

describe('a meeting page with third-party tags and a peer connection', () => {
  let report: Report | null;

  beforeAll(async () => {
    const page = await harness.context.newPage();
    await page.goto(ROOM);
    await page.bringToFront();
    const tabId = await tabIdOf(harness, page);
    await page.evaluate(() =>
      (window as unknown as { startLoopbackPeer(): Promise<void> }).startLoopbackPeer(),
    );
    await waitForTab(
      harness,
      tabId,
      (tab) =>
        (tab?.frames['0']?.pageWorld?.mediaEndpoints.length ?? 0) > 0 &&
        THIRD_PARTIES.every((host) => tab?.frames['0']?.resources.origins.includes(`https://${host}`)),
      20_000,
    );
    report = await requestReport(harness, tabId, 'en');
  }, 60_000);

  it('lists each third party with its address, owner, category and party', () => {
    const hosts = new Map(report?.network.hosts.map((h) => [h.host, h]));
    expect(hosts.get('meet.jit.si')).toMatchObject({ party: 'first', ips: ['127.0.0.1'] });
    // webRequest reports addresses only for hosts the extension may access: the meeting host here.
    // Third parties get theirs when the user grants deep inspection (optional permission) for the site.
    expect(hosts.get('www.googletagmanager.com')).toMatchObject({
      party: 'third',
      owner: 'Google LLC',
      category: 'tag-manager',
      ips: [],
    });
    expect(hosts.get('static.hotjar.com')).toMatchObject({ party: 'third', category: 'session-replay' });
    expect(hosts.get('cdn.amplitude.com')).toMatchObject({ party: 'third', category: 'analytics' });
    expect(hosts.get('cdn.cookielaw.org')).toMatchObject({ party: 'third', category: 'consent' });
  });

  it('claims no server country, because every host answered from a loopback address', () => {
    expect(report?.network).toMatchObject({ proxySuspected: true, proxyReason: 'non-public-addresses' });
    expect(report?.network.hosts.every((h) => h.serverCountries.length === 0)).toBe(true);
  });

  it('lists the media endpoint the peer connection uses, and does not pretend to know its kind', () => {
    expect(report?.network.media.length).toBeGreaterThan(0);
    const [route] = report?.network.media ?? [];
    expect(route?.ip).toMatch(/^[0-9a-f.:]+$/);
    expect(route).toMatchObject({ relay: false, p2p: null, basis: 'unclear' });
  });

  it('names the trackers in a failed finding and leaves the transfer question open', () => {
    const finding = (id: string) => report?.findings.find((f) => f.ruleId === id);
    expect(finding('third-party-own-purposes')?.status).toBe('fail');
    for (const owner of ['Google LLC', 'Amplitude']) {
      expect(finding('third-party-own-purposes')?.summary).toContain(owner);
    }
    expect(finding('third-country-transfer')?.status).toBe('unknown');
    expect(finding('p2p-media-exposure')?.status).toBe('unknown');
    expect(report?.dataSources.map((s) => s.dataDate)).toContain('2026-06-17');
  });
});
