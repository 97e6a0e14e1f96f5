import { describe, expect, it } from 'vitest';
import { clientById } from '../../../src/clients/index';
import data from '../../../src/data/third-parties.json';
import {
  classifyHost,
  findThirdParty,
  registrableDomain,
  THIRD_PARTY_CATEGORIES,
  thirdPartyList,
} from '../../../src/network/classify';

const ZOOM = ['zoom.us', 'zoom.com', 'zoomgov.com'];
const WEBEX = ['webex.com', 'cisco.com', 'wbx2.com', 'slido.com'];
const MEET = ['google.com', 'gstatic.com', 'googleapis.com', 'googleusercontent.com'];

describe('registrableDomain', () => {
  it.each([
    ['app.zoom.us', 'zoom.us'],
    ['a.b.c.example.co.uk', 'example.co.uk'],
    ['APP.Zoom.US', 'zoom.us'],
    ['app.zoom.us.', 'zoom.us'],
    ['app.zoom.us:443', 'zoom.us'],
    ['app.zoom.us.:8443', 'zoom.us'],
    ['  meet.jit.si ', 'jit.si'],
    ['192.0.2.10', '192.0.2.10'],
    ['192.0.2.10:3478', '192.0.2.10'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['d111.cloudfront.net', 'd111.cloudfront.net'],
    ['alice.github.io', 'alice.github.io'],
    ['static.ada.support', 'ada.support'],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });

  it.each(['', '   ', '.', 'localhost', 'com', 'co.uk', '[::1', 'https://example.com/x', 'user@example.com'])(
    'gives null for %j',
    (host) => {
      expect(registrableDomain(host)).toBeNull();
    },
  );
});

describe('classifyHost', () => {
  it.each([
    // first party through the client's own list
    ['us05web.zoom.us', ZOOM, 'app.zoom.us', 'first'],
    ['zoom.com', ZOOM, null, 'first'],
    ['ZOOM.US.', ZOOM, null, 'first'],
    ['zoom.us:443', ZOOM, null, 'first'],
    // first party through the page's own site (self-hosted instances)
    ['meet.example.org', [], 'meet.example.org', 'first'],
    ['turn.example.org', [], 'meet.example.org:8443', 'first'],
    ['198.51.100.7', [], '198.51.100.7', 'first'],
    // private suffixes are separate sites
    ['bob.github.io', [], 'alice.github.io', 'unknown'],
    // third party from the list
    ['o123.ingest.sentry.io', ZOOM, 'app.zoom.us', 'third'],
    ['sentry.io', ZOOM, 'app.zoom.us', 'third'],
    ['static.zdassets.com', ZOOM, 'app.zoom.us', 'third'],
    ['www.google-analytics.com', MEET, 'meet.google.com', 'third'],
    ['www.googletagmanager.com', MEET, 'meet.google.com', 'third'],
    ['d1a2b3.cloudfront.net', ZOOM, 'app.zoom.us', 'third'],
    ['rum.browser-intake-datadoghq.eu', ZOOM, null, 'third'],
    // suffix boundaries
    ['notsentry.io', ZOOM, 'app.zoom.us', 'unknown'],
    ['sentry.io.evil.example', ZOOM, 'app.zoom.us', 'unknown'],
    ['xzoom.us', ZOOM, null, 'unknown'],
    // unknown
    ['cdn.example.net', ZOOM, 'app.zoom.us', 'unknown'],
    ['203.0.113.9', ZOOM, 'app.zoom.us', 'unknown'],
    ['[2001:db8::5]:443', ZOOM, 'app.zoom.us', 'unknown'],
    ['', ZOOM, 'app.zoom.us', 'unknown'],
  ] as const)('%s with %j on %s → %s', (host, firstParty, pageHost, party) => {
    expect(classifyHost(host, [...firstParty], pageHost).party).toBe(party);
  });

  it('gives owner, country and category for a known third party', () => {
    expect(classifyHost('cdn.cookielaw.org', ZOOM, 'app.zoom.us')).toEqual({
      party: 'third',
      owner: 'OneTrust, LLC',
      country: 'US',
      category: 'consent',
    });
  });

  it('prefers the longest matching suffix', () => {
    expect(findThirdParty('fonts.googleapis.com')?.category).toBe('fonts');
    expect(findThirdParty('challenges.cloudflare.com')?.category).toBe('captcha');
    expect(findThirdParty('cdnjs.cloudflare.com')?.category).toBe('cdn');
    expect(findThirdParty('maps.googleapis.com')).toBeNull();
  });

  it('lets first party win over the list, keeping what the list knows', () => {
    expect(classifyHost('wsc.slido.com', WEBEX, 'web.webex.com')).toEqual({
      party: 'first',
      owner: 'Cisco Systems, Inc.',
      country: 'US',
      category: 'social',
    });
    expect(classifyHost('fonts.googleapis.com', MEET, 'meet.google.com').party).toBe('first');
  });

  it('gives nulls for a first party the list does not know', () => {
    expect(classifyHost('app.zoom.us', ZOOM, 'app.zoom.us')).toEqual({
      party: 'first',
      owner: null,
      country: null,
      category: null,
    });
  });

  it('gives nulls for an unknown host', () => {
    expect(classifyHost('cdn.example.net', ZOOM, null)).toEqual({
      party: 'unknown',
      owner: null,
      country: null,
      category: null,
    });
  });

  it('normalises the first-party list itself', () => {
    expect(classifyHost('app.zoom.us', ['ZOOM.US.'], null).party).toBe('first');
  });

  it('follows a change of page host', () => {
    expect(classifyHost('a.example.org', [], 'x.example.org').party).toBe('first');
    expect(classifyHost('a.example.org', [], 'x.example.com').party).toBe('unknown');
    expect(classifyHost('a.example.org', [], null).party).toBe('unknown');
  });
});

describe('third-party data', () => {
  const allowed: ReadonlySet<string> = new Set(THIRD_PARTY_CATEGORIES);
  const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;

  it('has a data date, a licence and a useful number of entries', () => {
    expect(data.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.licence).toContain('CC0-1.0');
    expect(data.entries.length).toBeGreaterThanOrEqual(150);
  });

  it('loads every entry', () => {
    expect(thirdPartyList.entries).toHaveLength(data.entries.length);
    expect(thirdPartyList.dataDate).toBe(data.dataDate);
  });

  it.each(data.entries.map((entry) => [entry.domain, entry] as const))('%s is well-formed', (_, entry) => {
    const keys = Object.keys(entry).filter((key) => key !== 'note');
    expect(keys.sort()).toEqual(['category', 'country', 'domain', 'owner', 'source']);
    expect(entry.domain).toMatch(DOMAIN);
    // The match key is a registrable domain, a more specific host below one, or a private suffix such
    // as cloudfront.net whose every subdomain is a site of its own.
    const site = registrableDomain(entry.domain) ?? registrableDomain(`x.${entry.domain}`);
    expect(site).not.toBeNull();
    expect(`x.${entry.domain}`.endsWith(site ?? '\0')).toBe(true);
    if ('note' in entry) expect(String(entry.note).trim()).not.toBe('');
    expect(entry.owner.trim()).not.toBe('');
    expect(entry.owner).toBe(entry.owner.trim());
    expect(entry.country).toMatch(/^[A-Z]{2}$/);
    expect(allowed.has(entry.category)).toBe(true);
    expect(new URL(entry.source).protocol).toBe('https:');
  });

  it('is sorted by domain', () => {
    const domains = data.entries.map((entry) => entry.domain);
    expect(domains).toEqual([...domains].sort());
  });

  it('has no duplicate domains', () => {
    const domains = data.entries.map((entry) => entry.domain);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('finds every entry by its own domain and by a subdomain', () => {
    for (const entry of data.entries) {
      expect(findThirdParty(entry.domain)?.domain).toBe(entry.domain);
      expect(findThirdParty(`x.${entry.domain}`)?.domain).toBe(entry.domain);
    }
  });

  it('covers the hosts named in the client research', () => {
    const hosts = [
      'api2.amplitude.com',
      'col.eum-appdynamics.com',
      'cdn.walkme.com',
      's3.walkmeusercontent.com',
      'o1.ingest.sentry.io',
      'cdn.cookielaw.org',
      'geolocation.onetrust.com',
      'static.zdassets.com',
      'static.ada.support',
      'www.recaptcha.net',
      'www.google-analytics.com',
      'www.googletagmanager.com',
      'api.segment.io',
      'cdn.segment.com',
      'rum.browser-intake-datadoghq.com',
      'rum.browser-intake-datadoghq.eu',
      'r.lr-ingest.io',
      'logx.optimizely.com',
      'script.hotjar.com',
      'edge.fullstory.com',
      'api-js.mixpanel.com',
      'widget.intercom.io',
      'media.giphy.com',
      'www.gravatar.com',
      'app.sli.do',
      'eu.data.logentries.com',
      'watchrtc.testrtc.com',
      'browser.events.data.microsoft.com',
      'cdnjs.cloudflare.com',
      'cdn.jsdelivr.net',
      'ajax.aspnetcdn.com',
      'slido-assets-production.s3.eu-west-1.amazonaws.com',
      'otter.ai',
      'app.fireflies.ai',
      'api.recall.ai',
    ];
    const missing = hosts.filter((host) => findThirdParty(host) === null);
    expect(missing).toEqual([]);
  });
});

describe('first party depends on the client', () => {
  const domainsOf = (id: Parameters<typeof clientById>[0]) => clientById(id)?.operator.domains ?? [];

  it.each([
    ['fonts.gstatic.com', 'google-meet', 'zoom', 'fonts'],
    ['fonts.googleapis.com', 'google-meet', 'jitsi-meet', 'fonts'],
    ['login.microsoftonline.com', 'microsoft-teams', 'webex', null],
    ['statics.teams.cdn.office.net', 'microsoft-teams', 'google-meet', null],
    ['col.eum-appdynamics.com', 'webex', 'zoom', 'performance-monitoring'],
    ['web-cdn.jitsi.net', 'jitsi-meet', 'whereby', null],
  ] as const)('%s is first party on %s and not on %s', (host, own, other, category) => {
    expect(classifyHost(host, domainsOf(own), null).party).toBe('first');
    const elsewhere = classifyHost(host, domainsOf(other), null);
    expect(elsewhere.party).toBe(category === null ? 'unknown' : 'third');
    expect(elsewhere.category).toBe(category);
  });

  it('keeps every operator domain registrable and every telemetry host under an operator domain', () => {
    for (const id of ['zoom', 'google-meet', 'microsoft-teams', 'webex', 'jitsi-meet', 'whereby'] as const) {
      const { domains, telemetryHosts } = clientById(id)?.operator ?? { domains: [], telemetryHosts: [] };
      // A registrable domain, or a private suffix such as googleapis.com (each subdomain is a site).
      for (const domain of domains)
        expect(registrableDomain(domain) ?? registrableDomain(`x.${domain}`), domain).toMatch(
          new RegExp(`(^|\\.)${domain.replace(/\./g, '\\.')}$`),
        );
      for (const host of telemetryHosts) {
        expect(classifyHost(host, domains, null).party, host).toBe('first');
      }
    }
  });
});
