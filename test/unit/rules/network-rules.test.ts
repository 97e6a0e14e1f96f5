import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientId, MediaEndpointEvidence, Phase, TabEvidence } from '../../../src/evidence';
import { emptySignals } from '../../../src/evidence';
import { countryOf } from '../../../src/network/ip-country';
import { parsePolicy } from '../../../src/policy/parse';
import { buildReport } from '../../../src/rules/evaluate';
import { installShippedIpTables } from '../support/ip-tables';

interface NetworkCase {
  name: string;
  url: string;
  clientId: ClientId;
  selfHosted?: boolean;
  phase: Phase;
  hosts: Record<string, string[]>;
  media: MediaEndpointEvidence[];
  expect: Record<string, string>;
}

const NOW = '2026-11-26T12:00:00.000Z';
const table: { countries: Record<string, string>; cases: NetworkCase[] } = JSON.parse(
  readFileSync(new URL('../../fixtures/evidence/network-cases.json', import.meta.url), 'utf8'),
);

function tabFrom(c: NetworkCase): TabEvidence {
  const hosts = Object.keys(c.hosts);
  return {
    tabId: 1,
    frames: {
      '0': {
        url: c.url,
        meetingKey: `${c.clientId}:x@${new URL(c.url).host}`,
        clientId: c.clientId,
        selfHosted: c.selfHosted ?? false,
        phase: c.phase,
        signals: emptySignals(NOW),
        resources: { origins: hosts.map((host) => `https://${host}`) },
        pageWorld: {
          getUserMedia: { audio: true, video: true, calls: 1 },
          peerConnections: c.media.length,
          iceServerHosts: [],
          webSockets: [],
          encodedTransform: false,
          globals: [],
          mediaEndpoints: c.media,
          displaySurface: null,
        },
        observedAt: NOW,
      },
    },
    network: { hosts: hosts.map((host) => ({ host, ips: c.hosts[host] ?? [], types: ['script'] })) },
    updatedAt: NOW,
  };
}

beforeAll(() => installShippedIpTables(), 60_000);

describe('network rules, table-driven from evidence', () => {
  it('uses addresses whose country the shipped data gives as the table says', () => {
    for (const [ip, country] of Object.entries(table.countries)) expect(countryOf(ip), ip).toBe(country);
  });

  for (const c of table.cases) {
    describe(c.name, () => {
      for (const [ruleId, status] of Object.entries(c.expect)) {
        it(`${ruleId} → ${status}`, () => {
          const report = buildReport(tabFrom(c), 'en', NOW);
          expect(report?.findings.find((f) => f.ruleId === ruleId)?.status).toBe(status);
        });
      }
    });
  }

  it('names the third country, the tracker owners and the telemetry host in the findings', () => {
    const byName = (name: string) => table.cases.find((c) => c.name.startsWith(name)) as NetworkCase;
    const finding = (c: NetworkCase, ruleId: string, lang: 'en' | 'de' = 'en') =>
      buildReport(tabFrom(c), lang, NOW)?.findings.find((f) => f.ruleId === ruleId);
    expect(finding(byName('Zoom with a media server'), 'third-country-transfer')?.summary).toContain('CN');
    expect(finding(byName('Jitsi with Amplitude'), 'third-party-own-purposes')?.summary).toContain(
      'Amplitude',
    );
    expect(finding(byName('Jitsi with Amplitude'), 'third-country-transfer')?.summary).toContain(
      'Data Privacy Framework',
    );
    expect(finding(byName('Teams sending'), 'provider-telemetry', 'de')?.summary).toContain(
      'browser.events.data.microsoft.com',
    );
    expect(finding(byName('Google Meet behind a proxy'), 'third-country-transfer')?.summary).toContain(
      'proxy',
    );
  });

  it('fills the report network section: server countries, media with country, proxy reason', () => {
    const [jitsi, amplitude, , , proxied] = table.cases as NetworkCase[];
    const report = buildReport(tabFrom(jitsi as NetworkCase), 'en', NOW);
    expect(report?.network.hosts.find((h) => h.host === 'meet.jit.si')).toMatchObject({
      party: 'first',
      ips: ['52.28.0.1'],
      serverCountries: ['DE'],
    });
    expect(report?.network.media).toEqual([
      { ip: '52.28.0.1', country: 'DE', relay: false, p2p: false, basis: 'ice-lite-server' },
    ]);
    const peer = buildReport(tabFrom(amplitude as NetworkCase), 'en', NOW);
    expect(peer?.network.media[0]).toMatchObject({ ip: '81.169.145.0/24', p2p: true });
    expect(peer?.network.hosts.find((h) => h.host === 'api2.amplitude.com')).toMatchObject({
      party: 'third',
      owner: expect.stringContaining('Amplitude'),
      category: 'analytics',
    });
    const behindProxy = buildReport(tabFrom(proxied as NetworkCase), 'en', NOW);
    expect(behindProxy?.network).toMatchObject({ proxySuspected: true, proxyReason: 'single-address' });
    expect(behindProxy?.network.hosts.every((h) => h.serverCountries.length === 0)).toBe(true);
    expect(report?.dataSources.map((s) => s.id)).toEqual(['third-parties', 'countries', 'ip-country']);
  });

  it("follows the organisation's allowed countries instead of the EU/EEA-plus-adequacy default", () => {
    const byName = (name: string) => table.cases.find((c) => c.name.startsWith(name)) as NetworkCase;
    const transfer = (c: NetworkCase, allowedCountries: string[]) =>
      buildReport(tabFrom(c), 'en', NOW, undefined, {
        managed: true,
        ...parsePolicy({ allowedCountries }),
      })?.findings.find((f) => f.ruleId === 'third-country-transfer');
    const usAnalytics = byName('Jitsi with Amplitude');
    expect(transfer(usAnalytics, ['eu-eea'])).toMatchObject({ status: 'fail' });
    expect(transfer(usAnalytics, ['eu-eea'])?.summary).toContain('your organisation allows: US');
    expect(transfer(usAnalytics, ['eu-eea', 'US'])?.status).toBe('pass');
    expect(transfer(usAnalytics, ['eu-eea', 'adequacy'])?.status).toBe('warn');
    const chinaMedia = byName('Zoom with a media server');
    expect(transfer(chinaMedia, ['eu-eea', 'adequacy'])?.status).toBe('fail');
    expect(transfer(chinaMedia, ['CN', 'US'])?.status).toBe('pass');
    expect(transfer(byName('Jitsi on meet.jit.si'), ['CH'])?.status).toBe('fail');
  });
});
