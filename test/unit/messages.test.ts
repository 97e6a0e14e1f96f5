import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toPageWorldSummary } from '../../src/content/page-world-summary';
import { emptySignals } from '../../src/evidence';
import { PageWorldSchema, parseMessage } from '../../src/message-schemas';

const summary = {
  getUserMedia: { audio: true, video: false, calls: 2 },
  peerConnections: 1,
  iceServerHosts: ['turn.example.org'],
  webSockets: ['wss://meet.example.org'],
  encodedTransform: false,
  globals: ['APP'],
  mediaEndpoints: [{ address: '203.0.113.7', remoteType: 'host', localType: 'host', remoteIceLite: true }],
  displaySurface: 'monitor',
};

const forged: unknown[] = [
  null,
  'summary',
  { ...summary, getUserMedia: null },
  { ...summary, getUserMedia: { audio: 'yes', video: false, calls: 1 } },
  { ...summary, peerConnections: -1 },
  { ...summary, peerConnections: '3' },
  { ...summary, iceServerHosts: 'turn.example.org' },
  { ...summary, webSockets: [42] },
  { ...summary, globals: Array.from({ length: 101 }, () => 'x') },
  { ...summary, encodedTransform: 1 },
  { ...summary, mediaEndpoints: undefined },
  {
    ...summary,
    mediaEndpoints: [
      { address: 'x'.repeat(65), remoteType: 'host', localType: 'host', remoteIceLite: false },
    ],
  },
  {
    ...summary,
    mediaEndpoints: [{ address: '203.0.113.7', remoteType: 'host', localType: 'host', remoteIceLite: 'yes' }],
  },
  { ...summary, mediaEndpoints: Array.from({ length: 21 }, () => summary.mediaEndpoints[0]) },
  { ...summary, displaySurface: 'the whole internet' },
];

describe('page-world summaries', () => {
  it('keeps a well-formed summary, and drops extra fields', () => {
    expect(toPageWorldSummary({ ...summary, extra: '<script>' })).toEqual(summary);
  });

  it('reads a summary of a page world without screen sharing support as not sharing', () => {
    const { displaySurface: _none, ...older } = summary;
    expect(toPageWorldSummary(older)?.displaySurface).toBeNull();
  });

  it.each(forged.map((value, i) => [i, value]))('rejects forged summary #%i', (_, value) => {
    expect(toPageWorldSummary(value)).toBeNull();
  });

  it('accepts nothing the background schema would reject', () => {
    for (const value of [summary, ...forged]) {
      if (toPageWorldSummary(value)) expect(v.safeParse(PageWorldSchema, value).success).toBe(true);
    }
  });
});

describe('background message validation', () => {
  const evidence = {
    url: 'https://meet.jit.si/Room',
    meetingKey: 'jitsi-meet:room@meet.jit.si',
    clientId: 'jitsi-meet',
    selfHosted: false,
    phase: 'in-meeting',
    signals: emptySignals('t'),
    resources: { origins: ['https://meet.jit.si'] },
    pageWorld: summary,
    observedAt: 't',
  };

  it('accepts the messages the parts send', () => {
    expect(parseMessage({ type: 'page-evidence', evidence })?.type).toBe('page-evidence');
    expect(parseMessage({ type: 'get-report', tabId: 3, lang: 'de', role: 'host' })?.type).toBe('get-report');
    expect(parseMessage({ type: 'inspect-tab', tabId: 3 })?.type).toBe('inspect-tab');
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['an unknown client', { type: 'page-evidence', evidence: { ...evidence, clientId: 'skype' } }],
    ['an unknown phase', { type: 'page-evidence', evidence: { ...evidence, phase: 'party' } }],
    [
      'a signal missing',
      {
        type: 'page-evidence',
        evidence: { ...evidence, signals: { recording: evidence.signals.recording } },
      },
    ],
    [
      'an object as a signal value',
      {
        type: 'page-evidence',
        evidence: {
          ...evidence,
          signals: { ...evidence.signals, recording: { value: {}, source: 's', observedAt: 't' } },
        },
      },
    ],
    ['a huge source text', { type: 'page-evidence', evidence: { ...evidence, url: 'x'.repeat(5000) } }],
    ['a fractional tab id', { type: 'get-report', tabId: 1.5 }],
    ['an unknown language', { type: 'get-report', tabId: 1, lang: 'fr' }],
  ])('rejects %s', (_, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
