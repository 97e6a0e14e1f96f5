// @vitest-environment happy-dom
/**
 * Every client definition against the HTML fixtures of its states. The fixtures follow the public
 * sources named in their headers; expected.json says what a person looking at each page can see.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientById, clientForUrl, recogniseClient } from '../../../src/clients/index';
import { readPage } from '../../../src/clients/read';
import type { ClientId, Phase, SignalName, SignalValue } from '../../../src/evidence';

interface Expectation {
  url: string;
  lang: 'en' | 'de';
  phase: Phase;
  signals: Partial<Record<SignalName, SignalValue>>;
  basis: string;
  /** Signals the page shows but the detector does not read yet, with why: they must stay null. */
  notRead?: Partial<Record<SignalName, string>>;
  /** For pages that embed a meeting: the client in the iframe. */
  embeds?: string;
  /** For shell pages: the fixture of their same-client iframe, which the expectations describe. */
  frame?: string;
}

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
// The generic detector needs the page's scripts to run (end-to-end); embedding pages hold no client.
const NOT_BY_DOM = new Set(['generic-webrtc', 'embedded']);
const clientDirs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(pagesDir, entry.name, 'expected.json')))
  .map((entry) => entry.name);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function load(client: string, file: string): string {
  return readFileSync(join(pagesDir, client, file), 'utf8');
}

it('has fixtures for the clients of the first slice', () => {
  expect(clientDirs).toEqual(expect.arrayContaining(['jitsi-meet', 'google-meet', 'zoom']));
});

for (const clientDir of clientDirs.filter((dir) => !NOT_BY_DOM.has(dir))) {
  const expected: Record<string, Expectation> = JSON.parse(load(clientDir, 'expected.json'));
  const definition = clientById(clientDir as ClientId);

  describe(clientDir, () => {
    it('has a definition', () => expect(definition).toBeDefined());

    it('covers pre-join, lobby, in-meeting, recording and a German state', () => {
      const states = Object.values(expected);
      for (const phase of ['prejoin', 'lobby', 'in-meeting'])
        expect(states.map((s) => s.phase)).toContain(phase);
      expect(states.some((s) => s.signals.recording === true)).toBe(true);
      expect(states.some((s) => s.lang === 'de')).toBe(true);
    });

    for (const [file, expectation] of Object.entries(expected)) {
      describe(file, () => {
        const html = load(clientDir, file);
        // The content script reads each frame itself; a shell's expectations are those of its frame.
        const doc = parse(expectation.frame ? load(clientDir, expectation.frame) : html);
        const url = new URL(expectation.url);

        if (expectation.frame) {
          it(`frames ${expectation.frame}`, () => {
            const frames = Array.from(parse(html).querySelectorAll('iframe')).map((f) =>
              f.getAttribute('src'),
            );
            expect(frames.some((src) => src?.endsWith(expectation.frame ?? '?'))).toBe(true);
          });
        }

        it('names its public sources in a header comment', () => {
          expect(html.slice(0, html.indexOf('-->') + 3)).toMatch(
            /<!--[\s\S]*(source|Source|\[S\])[\s\S]*-->/,
          );
        });

        it(`is recognised as ${clientDir}`, () => {
          expect(recogniseClient(doc, url)?.client.id).toBe(clientDir);
        });

        it(`is in phase ${expectation.phase}`, () => {
          expect(definition && readPage(definition, doc, url, 'now').phase).toBe(expectation.phase);
        });

        for (const [signal, value] of Object.entries(expectation.signals)) {
          const gap = expectation.notRead?.[signal as SignalName];
          it(gap ? `does not claim ${signal} (not read yet: ${gap})` : `shows ${signal} = ${value}`, () => {
            const reading = definition && readPage(definition, doc, url, 'now');
            expect(reading?.signals[signal as SignalName].value).toBe(gap ? null : value);
          });
        }

        it('is not mistaken for self-hosted software of another client', () => {
          const elsewhere = recogniseClient(doc, new URL('https://video.example.org/SomeRoom'));
          if (elsewhere) expect(elsewhere.client.id).toBe(clientDir);
        });
      });
    }
  });
}

describe('pages that embed a meeting', () => {
  const expected: Record<string, Expectation> = JSON.parse(load('embedded', 'expected.json'));
  for (const [file, expectation] of Object.entries(expected)) {
    it(`${file}: the page itself is no meeting client, its iframe is ${expectation.embeds}`, () => {
      const doc = parse(load('embedded', file));
      expect(recogniseClient(doc, new URL(expectation.url))).toBeNull();
      const frames = Array.from(doc.querySelectorAll('iframe')).map(
        (frame) => clientForUrl(frame.getAttribute('src') ?? '')?.id,
      );
      expect(frames.some((id) => id?.startsWith(expectation.embeds ?? '?'))).toBe(true);
    });
  }
});

describe('an unknown WebRTC page', () => {
  const html = load('generic-webrtc', 'unknown-app-en.html');
  const generic = clientById('generic-webrtc');

  it('shows no marker of any known client', () => {
    expect(recogniseClient(parse(html), new URL('https://video-chat.example.net/room/42'))).toBeNull();
  });

  it('is recognised once the page has used getUserMedia and RTCPeerConnection', () => {
    const pageWorld = {
      getUserMedia: { audio: true, video: true, calls: 1 },
      peerConnections: 1,
      iceServerHosts: ['stun.example.org'],
      webSockets: [],
      encodedTransform: false,
      globals: [],
      mediaEndpoints: [],
      displaySurface: null,
    };
    expect(
      recogniseClient(parse(html), new URL('https://video-chat.example.net/room/42'), pageWorld)?.client,
    ).toBe(generic);
    expect(
      recogniseClient(parse(html), new URL('https://video-chat.example.net/room/42'), {
        ...pageWorld,
        peerConnections: 0,
      }),
    ).toBeNull();
  });
});

describe('self-hosted software recognised by page globals', () => {
  const bare = new DOMParser().parseFromString(
    '<!doctype html><html><body><div id="react"></div></body></html>',
    'text/html',
  );
  const url = new URL('https://video.example.org/Team');
  const world = (globals: string[]) => ({
    getUserMedia: { audio: false, video: false, calls: 0 },
    peerConnections: 0,
    iceServerHosts: [],
    webSockets: [],
    encodedTransform: false,
    globals,
    mediaEndpoints: [],
    displaySurface: null,
  });

  it('knows Jitsi Meet by JitsiMeetJS and APP together', () => {
    expect(recogniseClient(bare, url, world(['JitsiMeetJS', 'APP']))?.client.id).toBe('jitsi-meet');
    expect(recogniseClient(bare, url, world(['APP']))).toBeNull();
  });

  it('knows Nextcloud Talk only with the Talk app object', () => {
    expect(recogniseClient(bare, url, world(['OC', 'OCA', 'OCA.Talk']))?.client.id).toBe('nextcloud-talk');
    expect(recogniseClient(bare, url, world(['OC', 'OCA']))).toBeNull();
  });
});
