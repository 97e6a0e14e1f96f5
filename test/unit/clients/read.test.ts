// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fold, readPage } from '../../../src/clients/read';
import type { ClientDefinition } from '../../../src/clients/types';
import { collectEvidence, sanitiseUrl } from '../../../src/content/collect';
import type { PageEvidence } from '../../../src/evidence';

const toy: ClientDefinition = {
  id: 'jitsi-meet',
  name: 'Toy',
  operator: { name: 'Toy', domains: ['toy.example'], telemetryHosts: [] },
  selfHostable: false,
  matches: [/^https:\/\/toy\.example\//],
  examples: ['https://toy.example/room'],
  meetingId: (url) => url.pathname.slice(1) || null,
  phases: [
    { phase: 'prejoin', when: [{ note: 'test', selectors: ['#prejoin'] }] },
    { phase: 'in-meeting', when: [{ note: 'test', selectors: ['#meeting'] }] },
  ],
  signals: {
    recording: {
      on: [{ note: 'toast', texts: { en: ['Recording started'], de: ['Aufnahme gestartet'] } }],
      off: [{ note: 'toast', texts: { en: ['Recording stopped'], de: [] } }],
      latch: true,
    },
    micOnAtJoin: {
      on: [{ note: 'label', labels: { en: ['Mute'], de: [] } }],
      off: [{ note: 'label', labels: { en: ['Unmute'], de: [] } }],
      readIn: ['prejoin'],
    },
    e2ee: { on: [{ note: 'label', selectors: ['#e2ee'] }], absentMeansOffIn: ['in-meeting'] },
    participantCount: () => {
      throw new Error('a broken reader');
    },
  },
};

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const url = new URL('https://toy.example/room');

describe('reading a page with a client definition', () => {
  it('folds case, whitespace and typographic quotes', () => {
    expect(fold('  You’ll   JOIN\n now… ')).toBe("you'll join now...");
  });

  it('reads the phase from the first matching rule', () => {
    expect(readPage(toy, doc('<div id="meeting"></div>'), url, 't').phase).toBe('in-meeting');
    expect(readPage(toy, doc('<p>nothing</p>'), url, 't').phase).toBe('unknown');
  });

  it('matches labels by prefix, so "Unmute" is not "Mute"', () => {
    const muted = readPage(
      toy,
      doc('<div id="prejoin"><button aria-label="Unmute (Ctrl+D)"></button></div>'),
      url,
      't',
    );
    expect(muted.signals.micOnAtJoin.value).toBe(false);
    const open = readPage(
      toy,
      doc('<div id="prejoin"><button aria-label="Mute (Ctrl+D)"></button></div>'),
      url,
      't',
    );
    expect(open.signals.micOnAtJoin.value).toBe(true);
  });

  it('ignores text inside scripts and templates', () => {
    const page = doc(
      '<div id="meeting"></div><script>var s = "Recording started";</script><template>Recording started</template>',
    );
    expect(readPage(toy, page, url, 't').signals.recording.value).toBeNull();
  });

  it('latches a toast until an explicit off', () => {
    const first = readPage(
      toy,
      doc('<div id="meeting"></div><div role="alert">Recording started</div>'),
      url,
      't1',
    );
    expect(first.signals.recording.value).toBe(true);
    const later = readPage(toy, doc('<div id="meeting"></div>'), url, 't2', first.signals);
    expect(later.signals.recording).toEqual(first.signals.recording);
    const stopped = readPage(
      toy,
      doc('<div id="meeting"></div><div>Recording stopped</div>'),
      url,
      't3',
      later.signals,
    );
    expect(stopped.signals.recording.value).toBe(false);
  });

  it('keeps a pre-join reading once the meeting has started', () => {
    const prejoin = readPage(
      toy,
      doc('<div id="prejoin"><button aria-label="Mute"></button></div>'),
      url,
      't1',
    );
    const inMeeting = readPage(
      toy,
      doc('<div id="meeting"><button aria-label="Unmute"></button></div>'),
      url,
      't2',
      prejoin.signals,
    );
    expect(inMeeting.signals.micOnAtJoin.value).toBe(true);
  });

  it('says "off" for a missing indicator only in the phases the definition allows', () => {
    expect(readPage(toy, doc('<div id="meeting"></div>'), url, 't').signals.e2ee.value).toBe(false);
    expect(readPage(toy, doc('<div id="prejoin"></div>'), url, 't').signals.e2ee.value).toBeNull();
  });

  it('turns a reader that throws into "not visible"', () => {
    expect(
      readPage(toy, doc('<div id="meeting"></div>'), url, 't').signals.participantCount.value,
    ).toBeNull();
  });

  it('records where each value came from', () => {
    const reading = readPage(toy, doc('<div id="meeting"></div><p>Aufnahme gestartet</p>'), url, 't');
    expect(reading.signals.recording.source).toBe('jitsi-meet: text "Aufnahme gestartet"');
  });
});

describe('collecting evidence for a frame', () => {
  it('drops query strings and fragments from the URL', () => {
    expect(sanitiseUrl(new URL('https://app.zoom.us/wc/1/join?pwd=secret#x'))).toBe(
      'https://app.zoom.us/wc/1/join',
    );
  });

  it('reports a page without a known client with only null signals', () => {
    const evidence = collectEvidence({
      doc: doc('<p>a blog</p>'),
      url: new URL('https://blog.example/post'),
      origins: ['https://blog.example'],
      pageWorld: null,
      previous: null,
      now: 't',
    });
    expect(evidence.clientId).toBeNull();
    expect(Object.values(evidence.signals).every((s) => s.value === null)).toBe(true);
  });

  it('carries what a toast said while its label stays, and forgets it in another meeting', () => {
    // Jitsi's recording label is icon-only; the toast says what it stands for [S RecordingLabel.tsx].
    const label = '<div id="alwaysVisible"><div class="css-19d7b8v-label css-3pm2h5-record"></div></div>';
    const toast = '<div data-testid="recording.onBy">Alex started the recording</div>';
    const collect = (body: string, room: string, previous: PageEvidence | null, now: string) =>
      collectEvidence({
        doc: doc(`<div id="videospace"></div>${body}`),
        url: new URL(`https://meet.jit.si/${room}`),
        origins: [],
        pageWorld: null,
        previous,
        now,
      });
    const first = collect(`${label}${toast}`, 'A', null, 't1');
    expect(first.signals.recording.value).toBe(true);
    const sameRoom = collect(label, 'A', first, 't2');
    expect(sameRoom.signals.recording.value).toBe(true);
    expect(sameRoom.signals.recording.observedAt).toBe('t1');
    const otherRoom = collect(label, 'B', first, 't3');
    expect(otherRoom.meetingKey).toBe('jitsi-meet:b@meet.jit.si');
    // One unexplained label: recording or live stream, which one is not visible.
    expect(otherRoom.signals.recording.value).toBeNull();
  });
});
