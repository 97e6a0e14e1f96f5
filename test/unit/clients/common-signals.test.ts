// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { phoneNumbers } from '../../../src/clients/common-signals';
import { clientById } from '../../../src/clients/index';
import { readPage } from '../../../src/clients/read';
import { collectEvidence } from '../../../src/content/collect';

const jitsi = clientById('jitsi-meet');
const zoom = clientById('zoom');
if (!jitsi || !zoom) throw new Error('definitions missing');

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

// Jitsi's pre-join and meeting markers as its definition reads them (src/clients/jitsi-meet.ts).
const PREJOIN = '<div data-testid="prejoin.screen"><input id="premeeting-name-input"></div>';
const JITSI_URL = new URL('https://meet.jit.si/AncientWaysFlyQuietly');

describe('common readers', () => {
  it('reads a privacy link on the pre-join page, and its absence there as false', () => {
    const withLink = readPage(jitsi, doc(`${PREJOIN}<a href="/privacy">Datenschutz</a>`), JITSI_URL, 'now');
    const without = readPage(jitsi, doc(PREJOIN), JITSI_URL, 'now');
    expect(withLink.phase).toBe('prejoin');
    expect(withLink.signals.privacyNoticeLink.value).toBe(true);
    expect(without.signals.privacyNoticeLink.value).toBe(false);
  });

  it('does not judge the privacy link inside the meeting', () => {
    const html = doc('<div id="videospace"></div><a href="/privacy">Privacy</a>');
    const reading = readPage(jitsi, html, JITSI_URL, 'now');
    expect(reading.phase).toBe('in-meeting');
    expect(reading.signals.privacyNoticeLink.value).toBeNull();
  });

  it('reads required registration fields beyond name and e-mail, by autocomplete, type or name', () => {
    const form = (extra: string) =>
      doc(`<form><input name="name" required><input type="email" name="email" required>${extra}</form>`);
    const minimal = readPage(jitsi, form(''), JITSI_URL, 'now');
    const withPhone = readPage(jitsi, form('<input type="tel" name="phone" required>'), JITSI_URL, 'now');
    const withCompany = readPage(
      jitsi,
      form('<input name="company" aria-required="true">'),
      JITSI_URL,
      'now',
    );
    const optional = readPage(jitsi, form('<input name="company">'), JITSI_URL, 'now');
    expect(minimal.signals.registrationExtraFields.value).toBe(false);
    expect(withPhone.signals.registrationExtraFields.value).toBe(true);
    expect(withPhone.signals.registrationExtraFields.detail).toEqual(['phone']);
    expect(withCompany.signals.registrationExtraFields.value).toBe(true);
    expect(optional.signals.registrationExtraFields.value).toBe(false);
  });

  it('takes a form that asks only for a display name for no registration', () => {
    const reading = readPage(jitsi, doc('<form><input name="name" required></form>'), JITSI_URL, 'now');
    expect(reading.signals.registrationExtraFields.value).toBeNull();
  });
});

describe('recording started during the meeting', () => {
  const url = new URL('https://app.zoom.us/wc/81234567890/join');
  // Zoom's footer and recording indicator as in test/fixtures/pages/zoom/recording-en.html.
  const meeting = '<div id="wc-footer"></div>';
  const recording = `${meeting}<div class="recording-indication__recording-container">Recording...</div>`;

  it('is true when the indicator appears after it was off, and stays for the meeting', () => {
    const before = readPage(zoom, doc(meeting), url, 't1');
    expect(before.signals.recording.value).toBe(false);
    const after = readPage(zoom, doc(recording), url, 't2', before.signals);
    expect(after.signals.recordingStartedInMeeting.value).toBe(true);
    const later = readPage(zoom, doc(meeting), url, 't3', after.signals);
    expect(later.signals.recordingStartedInMeeting.value).toBe(true);
  });

  it('is false when the indicator is there at the first reading in the meeting', () => {
    const first = readPage(zoom, doc(recording), url, 't1');
    expect(first.signals.recordingStartedInMeeting.value).toBe(false);
  });

  it('is not visible while nothing is recorded', () => {
    expect(readPage(zoom, doc(meeting), url, 't1').signals.recordingStartedInMeeting.value).toBeNull();
  });
});

describe('phone numbers as display names', () => {
  it('finds full numbers and keeps only their last two digits', () => {
    expect(phoneNumbers(['+49 30 1234567', 'Jane Doe', '030/123 456 78', 'Room 101', '12'])).toEqual([
      '…67',
      '…78',
    ]);
  });
});

describe('screen sharing scope from the page world', () => {
  const world = (displaySurface: string | null) => ({
    getUserMedia: { audio: true, video: true, calls: 1 },
    peerConnections: 1,
    iceServerHosts: [],
    webSockets: [],
    encodedTransform: false,
    globals: [],
    mediaEndpoints: [],
    displaySurface,
  });
  const read = (surface: string | null) =>
    collectEvidence({
      doc: doc('<div id="videospace"></div>'),
      url: JITSI_URL,
      origins: [],
      pageWorld: world(surface),
      previous: null,
      now: 'now',
    }).signals.screenShareWholeScreen;

  it('is the whole screen for monitor, not for a window or tab, and not visible without a share', () => {
    expect(read('monitor').value).toBe(true);
    expect(read('monitor').source).toContain('displaySurface "monitor"');
    expect(read('window').value).toBe(false);
    expect(read('browser').value).toBe(false);
    expect(read(null).value).toBeNull();
  });
});

describe('background blur in Jitsi', () => {
  it('is available once the virtual background dialog was open, and stays so for the meeting', () => {
    const jitsiMeeting = '<div id="videospace"></div>';
    const open = readPage(
      jitsi,
      doc(`${jitsiMeeting}<div id="virtual-background-dialog"></div>`),
      JITSI_URL,
      't1',
    );
    expect(open.signals.backgroundBlurAvailable.value).toBe(true);
    const closed = readPage(jitsi, doc(jitsiMeeting), JITSI_URL, 't2', open.signals);
    expect(closed.signals.backgroundBlurAvailable.value).toBe(true);
    expect(
      readPage(jitsi, doc(jitsiMeeting), JITSI_URL, 't1').signals.backgroundBlurAvailable.value,
    ).toBeNull();
  });
});
