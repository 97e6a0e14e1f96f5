import { beforeAll, describe, expect, it } from 'vitest';
import type { MediaEndpointEvidence } from '../../../src/evidence';
import { isNonPublicAddress } from '../../../src/network/address-space';
import { maskAddress, mediaRoutesOf, proxyReasonOf, serverCountriesOf } from '../../../src/network/locate';
import { adequacyDecision, isSafeRegion, regionOf } from '../../../src/network/regions';
import { installShippedIpTables } from '../support/ip-tables';

beforeAll(() => installShippedIpTables(), 60_000);

describe('non-public addresses', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '100.127.255.254',
    '127.0.0.1',
    '169.254.10.10',
    '192.0.2.2',
    '203.0.113.9',
    '::1',
    'fd12:3456::1',
    'fe80::1',
    '2001:db8::5',
    '::ffff:10.0.0.1',
  ])('%s is not public', (ip) => {
    expect(isNonPublicAddress(ip)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '52.28.0.1',
    '2a00:1450:4001:800::200e',
    '::ffff:8.8.8.8',
  ])('%s is public', (ip) => {
    expect(isNonPublicAddress(ip)).toBe(false);
  });
});

describe('proxy awareness', () => {
  it('suspects a proxy when three hosts of two sites answer from one address', () => {
    const one = ['81.169.145.1'];
    expect(
      proxyReasonOf([
        { host: 'meet.jit.si', ips: one },
        { host: 'web-cdn.jitsi.net', ips: one },
        { host: 'api2.amplitude.com', ips: one },
      ]),
    ).toBe('single-address');
  });

  it('does not suspect virtual hosting of one site or two hosts on one address', () => {
    const ip = ['81.169.145.1'];
    expect(
      proxyReasonOf([
        { host: 'a.example.org', ips: ip },
        { host: 'b.example.org', ips: ip },
        { host: 'c.example.org', ips: ip },
      ]),
    ).toBeNull();
    expect(
      proxyReasonOf([
        { host: 'meet.jit.si', ips: ip },
        { host: 'api2.amplitude.com', ips: ip },
      ]),
    ).toBeNull();
  });

  it('suspects a local proxy when every address is private or carrier-grade NAT', () => {
    expect(
      proxyReasonOf([
        { host: 'meet.jit.si', ips: ['10.0.0.8'] },
        { host: 'x.example', ips: ['100.64.1.1'] },
      ]),
    ).toBe('non-public-addresses');
  });

  it('claims nothing without addresses, and nothing under a proxy', () => {
    expect(proxyReasonOf([{ host: 'meet.jit.si', ips: [] }])).toBeNull();
    expect(serverCountriesOf(['52.28.0.1'], 'single-address')).toEqual([]);
    expect(serverCountriesOf(['52.28.0.1', '8.8.8.8', '10.0.0.1'], null)).toEqual(['DE', 'US']);
  });
});

describe('media routes', () => {
  const endpoint = (change: Partial<MediaEndpointEvidence>): MediaEndpointEvidence => ({
    address: '52.28.0.1',
    remoteType: 'host',
    localType: 'host',
    remoteIceLite: false,
    ...change,
  });

  it('knows an ICE-lite remote as a media server, with its country', () => {
    expect(mediaRoutesOf([endpoint({ remoteIceLite: true })])).toEqual([
      { ip: '52.28.0.1', country: 'DE', relay: false, p2p: false, basis: 'ice-lite-server' },
    ]);
  });

  it('knows relayed media by a relay candidate on either side', () => {
    expect(mediaRoutesOf([endpoint({ localType: 'relay' })])[0]).toMatchObject({
      relay: true,
      p2p: false,
      basis: 'relay',
    });
    expect(mediaRoutesOf([endpoint({ remoteType: 'relay' })])[0]).toMatchObject({
      relay: true,
      basis: 'relay',
    });
  });

  it('knows a participant by a reflexive or mDNS candidate, and keeps only its network', () => {
    expect(mediaRoutesOf([endpoint({ address: '81.169.145.77', remoteType: 'srflx' })])).toEqual([
      { ip: '81.169.145.0/24', country: 'DE', relay: false, p2p: true, basis: 'peer-candidate' },
    ]);
    expect(
      mediaRoutesOf([endpoint({ address: '2a00:1450:4001:800::200e', remoteType: 'prflx' })])[0]?.ip,
    ).toBe('2a00:1450:4001::/48');
    expect(mediaRoutesOf([endpoint({ address: '4f1c-ab.local' })])[0]).toMatchObject({ ip: '', p2p: true });
  });

  it('says unclear for a full-ICE host candidate, and claims no country for private or hidden ones', () => {
    expect(mediaRoutesOf([endpoint({})])[0]).toMatchObject({ p2p: null, basis: 'unclear', country: 'DE' });
    expect(mediaRoutesOf([endpoint({ address: '192.168.0.5' })])[0]?.country).toBeNull();
    expect(mediaRoutesOf([endpoint({ address: '' })])[0]).toMatchObject({ ip: '', country: null });
  });

  it('lists each route once', () => {
    expect(mediaRoutesOf([endpoint({}), endpoint({})])).toHaveLength(1);
  });

  it('masks nothing it cannot parse', () => {
    expect(maskAddress('not-an-ip')).toBe('');
  });
});

describe('regions', () => {
  it.each([
    ['DE', 'eu-eea'],
    ['NO', 'eu-eea'],
    ['CH', 'adequacy'],
    ['GB', 'adequacy'],
    ['JP', 'adequacy'],
    ['BR', 'adequacy'],
    ['US', 'adequacy-if-certified'],
    ['CN', 'third-country'],
    ['IN', 'third-country'],
    ['SG', 'third-country'],
  ])('%s is %s', (country, region) => {
    expect(regionOf(country)).toBe(region);
  });

  it('counts only the EU/EEA and full adequacy as safe', () => {
    expect(['FR', 'CH', 'US', 'RU'].map(isSafeRegion)).toEqual([true, true, false, false]);
  });

  it('has 30 EU/EEA members and a dated, sourced decision for every adequacy country', async () => {
    const data = (await import('../../../src/data/countries.json')).default;
    expect(data.euEea).toHaveLength(30);
    for (const entry of data.adequacy) {
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.source).toMatch(/^https?:\/\//);
      expect(adequacyDecision(entry.code)?.decision).toBe(entry.decision);
    }
    expect(adequacyDecision('US')?.certifiedOnly).toBe(true);
  });
});
