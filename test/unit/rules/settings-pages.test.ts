// @vitest-environment happy-dom
/** The host's review: settings pages and the security dialog, read from their fixtures and judged by rules. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { microsoftTeams } from '../../../src/clients/microsoft-teams';
import { zoom } from '../../../src/clients/zoom';
import { collectEvidence } from '../../../src/content/collect';
import { buildReport } from '../../../src/rules/evaluate';

const pages = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const NOW = '2026-11-26T12:00:00.000Z';

function reportOf(client: string, file: string, url: string, edit = (html: string) => html) {
  const html = edit(readFileSync(join(pages, client, file), 'utf8'));
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const evidence = collectEvidence({
    doc,
    url: new URL(url),
    origins: [],
    pageWorld: null,
    previous: null,
    now: NOW,
  });
  const report = buildReport(
    { tabId: 1, frames: { '0': evidence }, network: { hosts: [] }, updatedAt: NOW },
    'en',
    NOW,
    'host',
  );
  if (!report) throw new Error('no report');
  return (ruleId: string) => report.findings.find((f) => f.ruleId === ruleId);
}

const ROOM = 'https://bbb.example-uni.de/rooms/abc-def-ghi-jkl';
const JITSI = 'https://meet.jit.si/PrivacyLensDemo';
const TEAMS_OPTIONS =
  'https://teams.microsoft.com/meetingOptions/?organizerId=a1b2c3d4-0000-4000-8000-000000000001&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&threadId=19_meeting_NjM2ZjQ0MmQt@thread.v2&messageId=0&language=en-US';

describe('host findings from settings', () => {
  it.each([
    ['room-settings-en.html', { 'role-separation': 'warn', 'lobby-admission': 'warn' }],
    ['room-settings-de.html', { 'role-separation': 'warn', 'lobby-admission': 'pass' }],
  ])('Greenlight %s', (file, expected) => {
    const finding = reportOf('bigbluebutton', file, ROOM);
    for (const [ruleId, status] of Object.entries(expected)) {
      expect(finding(ruleId)?.status, ruleId).toBe(status);
      expect(finding(ruleId)?.audience).toContain('host');
      expect(finding(ruleId)?.advice).toBe(finding(ruleId)?.adviceByAudience.host);
    }
    expect(finding('role-separation')?.summary).toMatch(
      file.endsWith('en.html') ? /Anyone may start/ : /Everyone joins this room as a moderator/,
    );
  });

  it.each([
    ['security-dialog-en.html', { 'lobby-admission': 'pass', e2ee: 'warn' }],
    ['security-dialog-de.html', { 'lobby-admission': 'warn', e2ee: 'pass' }],
  ])('Jitsi %s', (file, expected) => {
    const finding = reportOf('jitsi-meet', file, JITSI);
    for (const [ruleId, status] of Object.entries(expected))
      expect(finding(ruleId)?.status, ruleId).toBe(status);
  });

  it.each([
    [
      'meeting-options-en.html',
      'warn',
      /^With these settings, people are admitted without waiting in a lobby/,
    ],
    [
      'meeting-options-de.html',
      'pass',
      /^With these settings, people wait in a lobby until someone admits them/,
    ],
  ])('Teams meeting options %s', (file, status, summary) => {
    const finding = reportOf('microsoft-teams', file, TEAMS_OPTIONS)('lobby-admission');
    expect(finding?.status).toBe(status);
    expect(finding?.audience).toContain('host');
    expect(finding?.advice).toBe(finding?.adviceByAudience.host);
    expect(finding?.summary).toMatch(summary);
    expect(finding?.evidence.map((e) => e.source).join(' ')).toMatch(
      /meeting options: "(Who can bypass the lobby|Wer kann den Wartebereich umgehen)\?"/,
    );
  });

  it('Teams meeting options: a lobby choice it does not know stays unknown', () => {
    const unknownChoice = (html: string) =>
      html.replace(
        '<span id="lobby-value">Everyone</span>',
        '<span id="lobby-value">Some future choice</span>',
      );
    const finding = reportOf('microsoft-teams', 'meeting-options-en.html', TEAMS_OPTIONS, unknownChoice);
    expect(finding('lobby-admission')?.status).toBe('unknown');
  });

  it('Teams meeting options belong to the same meeting as its join link', () => {
    const join =
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM2ZjQ0MmQt%40thread.v2/0?context=%7b%7d';
    expect(microsoftTeams.meetingId(new URL(TEAMS_OPTIONS))).toBe(microsoftTeams.meetingId(new URL(join)));
  });

  it.each([
    [
      'settings-en.html',
      'https://zoom.us/profile/setting?tab=meeting',
      { 'lobby-admission': 'pass', 'role-separation': 'unknown' },
    ],
    [
      'settings-de.html',
      'https://us05web.zoom.us/profile/setting?tab=meeting',
      // No waiting room, but a passcode: lobby-admission passes on the passcode.
      { 'lobby-admission': 'pass', 'role-separation': 'warn' },
    ],
  ])('Zoom web portal %s', (file, url, expected) => {
    const finding = reportOf('zoom', file, url);
    for (const [ruleId, status] of Object.entries(expected)) {
      expect(finding(ruleId)?.status, ruleId).toBe(status);
      expect(finding(ruleId)?.audience).toContain('host');
      expect(finding(ruleId)?.advice).toBe(finding(ruleId)?.adviceByAudience.host);
    }
    const sources = (ruleId: string) =>
      finding(ruleId)
        ?.evidence.map((e) => e.source)
        .join(' ');
    expect(sources('lobby-admission')).toMatch(/settings: "(Waiting Room|Warteraum)" is (on|off)/);
    expect(sources('lobby-admission')).toMatch(/settings: "(Require a passcode|Beim Planen).*" is on/);
    expect(sources('role-separation')).toMatch(
      /settings: ".*(join before host|Beitritt vor dem Host).*" is (on|off)/,
    );
  });

  it('Zoom web portal: a toggle it cannot tell stays unknown', () => {
    const unclear = (html: string) =>
      html.replace(
        'aria-checked="true" aria-labelledby="wr-label"',
        'aria-checked="mixed" aria-labelledby="wr-label"',
      );
    const finding = reportOf('zoom', 'settings-en.html', 'https://zoom.us/profile/setting', unclear);
    const sources = finding('lobby-admission')
      ?.evidence.map((e) => e.source)
      .join(' ');
    expect(sources).not.toMatch(/"Waiting Room" is/);
    // Only the passcode toggle is left to judge by.
    expect(finding('lobby-admission')?.status).toBe('pass');
    expect(sources).toMatch(/"Require a passcode when scheduling new meetings" is on/);
  });

  it('Zoom web portal settings are account defaults, not one meeting', () => {
    expect(zoom.meetingId(new URL('https://zoom.us/profile/setting?tab=meeting'))).toBeNull();
  });

  it.each([
    [
      'settings-recording-en.html',
      { 'recording-defaults': 'warn', 'ai-defaults': 'warn' },
      /Hosts may record/,
    ],
    [
      'settings-recording-de.html',
      { 'recording-defaults': 'fail', 'ai-defaults': 'unknown' },
      /automatically/,
    ],
  ])('Zoom web portal recording tab %s', (file, expected, summary) => {
    const finding = reportOf('zoom', file, 'https://zoom.us/profile/setting?tab=recording');
    for (const [ruleId, status] of Object.entries(expected))
      expect(finding(ruleId)?.status, ruleId).toBe(status);
    expect(finding('recording-defaults')?.summary).toMatch(summary);
    expect(finding('recording-defaults')?.advice).toBe(finding('recording-defaults')?.adviceByAudience.host);
    // Settings are defaults: no meeting runs on this page, so rules about a running meeting do not apply.
    expect(finding('recording-announced')?.status).toBe('not-applicable');
    expect(finding('recording-announced')?.summary).toMatch(/^This is a settings page/);
  });

  it('Zoom web portal AI Companion tab: the meeting summary is on', () => {
    const finding = reportOf(
      'zoom',
      'settings-ai-companion-de.html',
      'https://zoom.us/profile/setting',
    )('ai-defaults');
    expect(finding?.status).toBe('warn');
    expect(finding?.summary).toMatch(/AI assistant may run/);
    expect(finding?.evidence.map((e) => e.source).join(' ')).toMatch(
      /"Meeting-Zusammenfassung mit AI Companion" is on/,
    );
  });

  it('Zoom web portal: encryption default and data-centre regions', () => {
    const en = reportOf('zoom', 'settings-en.html', 'https://zoom.us/profile/setting?tab=meeting');
    expect(en('e2ee')?.status).toBe('warn');
    expect(en('e2ee')?.summary).toMatch(/^New meetings do not use end-to-end encryption/);
    expect(en('data-centre-regions')?.status).toBe('warn');
    expect(en('data-centre-regions')?.summary).toMatch(/US/);
    expect(
      en('data-centre-regions')
        ?.evidence.map((e) => e.value)
        .join(' '),
    ).toMatch(/europe, united states/);
    const de = reportOf('zoom', 'settings-de.html', 'https://us05web.zoom.us/profile/setting?tab=meeting');
    expect(de('e2ee')?.status).toBe('pass');
    expect(de('e2ee')?.summary).toMatch(/^New meetings use end-to-end encryption/);
    expect(de('data-centre-regions')?.status).toBe('unknown');
  });

  it('Zoom web portal: E2EE not allowed at all means new meetings are not E2EE', () => {
    const notAllowed = (html: string) =>
      html.replace(
        'aria-checked="true" aria-labelledby="e2e-label"',
        'aria-checked="false" aria-labelledby="e2e-label"',
      );
    const finding = reportOf('zoom', 'settings-en.html', 'https://zoom.us/profile/setting', notAllowed);
    expect(finding('e2ee')?.status).toBe('warn');
    expect(finding('e2ee')?.evidence[0]?.source).toMatch(/"Allow use of end-to-end encryption" is off/);
  });

  it('Zoom web portal: a region it cannot place leaves the regions unsure', () => {
    const withLatinAmerica = (html: string) =>
      html.replace('<input type="checkbox"> Canada', '<input type="checkbox" checked> Latin America');
    const regionsOf = (edit: (html: string) => string) =>
      reportOf('zoom', 'settings-en.html', 'https://zoom.us/profile/setting', edit)('data-centre-regions');
    // The United States still warns; without it, only the unplaced region is left to say "unknown".
    expect(regionsOf(withLatinAmerica)?.status).toBe('warn');
    const europeAndLatinAmerica = (html: string) =>
      withLatinAmerica(html).replace(
        '<input type="checkbox" checked> United States',
        '<input type="checkbox"> United States',
      );
    expect(regionsOf(europeAndLatinAmerica)?.status).toBe('unknown');
  });

  it('Teams meeting options: Copilot, automatic recording and chat', () => {
    const en = reportOf('microsoft-teams', 'meeting-options-en.html', TEAMS_OPTIONS);
    expect(en('ai-defaults')?.status).toBe('warn');
    expect(
      en('ai-defaults')
        ?.evidence.map((e) => e.source)
        .join(' '),
    ).toMatch(/"Allow Copilot" is "only during the meeting"/);
    expect(en('recording-defaults')?.status).toBe('pass');
    expect(en('chat-persistence')?.status).toBe('pass');
    const de = reportOf('microsoft-teams', 'meeting-options-de.html', TEAMS_OPTIONS);
    expect(de('recording-defaults')?.status).toBe('fail');
    expect(de('ai-defaults')?.status).toBe('warn');
  });

  it('Greenlight: a room that may be recorded', () => {
    const en = reportOf('bigbluebutton', 'room-settings-en.html', ROOM);
    expect(en('recording-defaults')?.status).toBe('warn');
    expect(
      en('av-off-at-join')
        ?.evidence.map((e) => e.source)
        .join(' '),
    ).toMatch(/input#muteOnStart:checked/);
    expect(reportOf('bigbluebutton', 'room-settings-de.html', ROOM)('recording-defaults')?.status).toBe(
      'pass',
    );
  });

  it('Zoom web portal: a region list of thousands of boxes gives no reading rather than a slow one', () => {
    const flood = (html: string) =>
      html.replace(
        '<label><input type="checkbox"> China</label>',
        '<label><input type="checkbox"> X</label>'.repeat(5000),
      );
    const finding = reportOf('zoom', 'settings-en.html', 'https://zoom.us/profile/setting', flood);
    expect(finding('data-centre-regions')?.status).toBe('unknown');
  });
});
