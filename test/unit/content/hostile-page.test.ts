// @vitest-environment happy-dom
/**
 * Pages that work against the detectors: very deep DOMs, huge attribute values, forged page-world
 * summaries. What a real fixture shows must still be read the same way, or become unknown; forged
 * page-world data stays in the evidence's `pageWorld` block (typed and documented as untrusted) and
 * never becomes a meeting signal.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../../src/content/collect';
import { toPageWorldSummary } from '../../../src/content/page-world-summary';
import type { PageEvidence, PageWorldEvidence, Signals } from '../../../src/evidence';
import { PageEvidenceSchema } from '../../../src/message-schemas';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const JITSI_URL = 'https://meet.jit.si/PrivacyLensDemo';

function fixtureBody(client: string, file: string): string {
  const html = readFileSync(join(pagesDir, client, file), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}

function read(
  url = JITSI_URL,
  pageWorld: PageWorldEvidence | null = null,
  origins = [new URL(url).origin],
): PageEvidence {
  return collectEvidence({
    doc: document,
    url: new URL(url),
    origins,
    pageWorld,
    previous: null,
    now: '2026-01-01T00:00:00.000Z',
  });
}

/** Each signal reads as before or as not visible (null): a page can hide things, never flip them. */
function expectSameOrUnknown(after: PageEvidence, before: PageEvidence): void {
  for (const [name, signal] of Object.entries(after.signals)) {
    if (signal.value !== null)
      expect([name, signal.value]).toEqual([name, before.signals[name as keyof Signals].value]);
  }
  if (after.phase !== 'unknown') expect(after.phase).toBe(before.phase);
}

function values(signals: Signals): Record<string, unknown> {
  return Object.fromEntries(Object.entries(signals).map(([name, signal]) => [name, signal.value]));
}

/** Wraps the whole body in `depth` nested elements. */
function nestBody(depth: number): void {
  const content = [...document.body.childNodes];
  const root = document.createElement('div');
  let current: Element = root;
  for (let i = 0; i < depth; i++) {
    const next = document.createElement(i % 2 ? 'span' : 'div');
    current.append(next);
    current = next;
  }
  current.append(...content);
  document.body.replaceChildren(root);
}

describe('a hostile page', () => {
  // happy-dom's selector engine recurses and gives up on very deep trees (the read then says "not
  // visible"); real Chromium reads them in full, which the hostile end-to-end test checks.
  it('nesting a meeting 5,000 levels deep turns nothing false into true or back', () => {
    document.body.innerHTML = fixtureBody('jitsi-meet', 'recording-en.html');
    const plain = read();
    expect(plain.signals.recording.value).toBe(true);
    nestBody(5000);
    expectSameOrUnknown(read(), plain);
  });

  it('cannot hide a recording indicator by nesting it 200 levels deep', () => {
    document.body.innerHTML = fixtureBody('jitsi-meet', 'recording-en.html');
    const plain = read();
    nestBody(200);
    const nested = read();
    expect(values(nested.signals)).toEqual(values(plain.signals));
    expect(nested.phase).toBe(plain.phase);
  });

  it('reads the same with megabyte-long attribute values on every element', () => {
    document.body.innerHTML = fixtureBody('jitsi-meet', 'recording-en.html');
    const plain = read();
    const huge = 'x'.repeat(1_000_000);
    for (const element of document.body.querySelectorAll('*')) {
      element.setAttribute('data-junk', huge);
      element.setAttribute('title', huge);
    }
    const bloated = read();
    expect(values(bloated.signals)).toEqual(values(plain.signals));
    // Nothing of the page's values is copied into the evidence wholesale.
    expect(JSON.stringify(bloated).length).toBeLessThan(20_000);
  });

  it('keeps forged page-world data out of the meeting signals', () => {
    document.body.innerHTML = fixtureBody('jitsi-meet', 'in-meeting-en.html');
    const honest = read();
    const forged = toPageWorldSummary({
      getUserMedia: { audio: true, video: true, calls: 99 },
      peerConnections: 42,
      iceServerHosts: ['<img src=x onerror=alert(1)>'],
      webSockets: ['ws://insecure.example'],
      encodedTransform: true,
      globals: ['JitsiMeetJS', 'APP', 'interfaceConfig'],
      mediaEndpoints: [],
      displaySurface: null,
    });
    expect(forged).not.toBeNull();
    const withForgery = read(JITSI_URL, forged);
    expect(values(withForgery.signals)).toEqual(values(honest.signals));
    expect(withForgery.clientId).toBe(honest.clientId);
    // The forged claims are kept only in the untrusted block, as the page sent them.
    expect(withForgery.pageWorld).toEqual(forged);
  });

  it('rejects page-world summaries of the wrong shape or size', () => {
    const valid = {
      getUserMedia: { audio: false, video: false, calls: 0 },
      peerConnections: 0,
      iceServerHosts: [],
      webSockets: [],
      encodedTransform: false,
      globals: [],
      mediaEndpoints: [],
      displaySurface: null,
    };
    expect(toPageWorldSummary(valid)).toEqual(valid);
    expect(toPageWorldSummary({ ...valid, peerConnections: -1 })).toBeNull();
    expect(toPageWorldSummary({ ...valid, peerConnections: 1.5 })).toBeNull();
    expect(toPageWorldSummary({ ...valid, webSockets: ['x'.repeat(301)] })).toBeNull();
    expect(toPageWorldSummary({ ...valid, globals: Array(101).fill('APP') })).toBeNull();
    expect(toPageWorldSummary({ ...valid, getUserMedia: null })).toBeNull();
    expect(toPageWorldSummary({ type: 'page-evidence', evidence: {} })).toBeNull();
    // Extra fields a page adds are dropped, not passed on.
    expect(toPageWorldSummary({ ...valid, html: '<script>alert(1)</script>' })).toEqual(valid);
  });

  describe('stays within what the background accepts, so it cannot freeze the findings', () => {
    const TEAMS_URL =
      'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjM2@thread.v2/0';
    const accepted = (evidence: PageEvidence) => v.safeParse(PageEvidenceSchema, evidence).success;

    it('with a participant whose notetaker-like name is 5,000 characters long', () => {
      document.body.innerHTML = `<div data-tid="roster-participant">Otter.ai ${'x'.repeat(5000)}</div>`;
      const evidence = read(TEAMS_URL);
      expect(evidence.signals.botsPresent.value).toBe(true);
      expect(accepted(evidence)).toBe(true);
    });

    it('with 600 participants that look like bots', () => {
      document.body.innerHTML = Array.from(
        { length: 600 },
        (_, i) => `<div data-tid="roster-participant">Otter.ai ${i}</div>`,
      ).join('');
      const evidence = read(TEAMS_URL);
      expect(evidence.signals.participantCount.value).toBe(600);
      expect(accepted(evidence)).toBe(true);
    });

    it('with a participant count too large to be a number', () => {
      document.body.innerHTML = `<div data-avatar-count="${'9'.repeat(400)}"></div>`;
      const evidence = read('https://meet.google.com/abc-defg-hij');
      expect(evidence.signals.participantCount.value).toBeNull();
      expect(accepted(evidence)).toBe(true);
    });

    it('with resources from 600 origins and a 10,000-character path', () => {
      document.body.innerHTML = fixtureBody('jitsi-meet', 'recording-en.html');
      const origins = Array.from({ length: 600 }, (_, i) => `https://cdn${i}.example`);
      const evidence = read(`https://meet.jit.si/${'a'.repeat(10_000)}`, null, origins);
      expect(evidence.signals.recording.value).toBe(true);
      expect(accepted(evidence)).toBe(true);
    });
  });
});
