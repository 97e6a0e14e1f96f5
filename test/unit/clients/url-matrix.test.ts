import { describe, expect, it } from 'vitest';
import { CLIENTS, clientForUrl } from '../../../src/clients/index';

describe('example URL matrix', () => {
  for (const client of CLIENTS) {
    if (client.matches.length === 0) {
      it(`${client.id} runs on any host, so it is recognised by what the page shows or does`, () => {
        expect(client.examples).toEqual([]);
        expect(client.selfHostable).toBe(true);
        expect(!!client.selfHostedMarkers?.length || !!client.detectFromPage).toBe(true);
      });
      continue;
    }
    it(`${client.id} has example URLs`, () => {
      expect(client.examples.length).toBeGreaterThan(0);
    });
    for (const url of client.examples) {
      it(`${client.id} claims ${url}`, () => {
        expect(client.matches.some((p) => p.test(url))).toBe(true);
      });
      for (const other of CLIENTS.filter((c) => c !== client)) {
        it(`${other.id} does not claim ${url}`, () => {
          expect(other.matches.some((p) => p.test(url))).toBe(false);
        });
      }
      it(`${client.id} names a meeting for ${url}`, () => {
        expect(client.meetingId(new URL(url))).not.toBeNull();
      });
    }
  }

  it.each([
    'https://example.org/',
    'https://meet.google.com.evil.example/abc-defg-hij',
    'https://notzoom.us/wc/81234567890/join',
    'https://zoom.us.evil.example/wc/81234567890/join',
    'https://evil.example/?next=https://meet.jit.si/Room',
  ])('claims no client for %s', (url) => {
    expect(clientForUrl(url)).toBeNull();
  });

  it.each([
    ['https://meet.google.com/', 'google-meet'],
    ['https://meet.google.com/landing', 'google-meet'],
    ['https://meet.jit.si/', 'jitsi-meet'],
    // The web portal's settings are the account's defaults for new meetings.
    ['https://zoom.us/profile/setting?tab=meeting', 'zoom'],
    ['https://us05web.zoom.us/profile/setting', 'zoom'],
  ])('knows %s is no meeting of %s', (url, id) => {
    const client = clientForUrl(url);
    expect(client?.id).toBe(id);
    expect(client?.meetingId(new URL(url))).toBeNull();
  });
});
