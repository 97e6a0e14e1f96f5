// @vitest-environment happy-dom
/** The host's review: settings pages and the security dialog, read from their fixtures and judged by rules. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../../src/content/collect';
import { buildReport } from '../../../src/rules/evaluate';

const pages = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const NOW = '2026-11-26T12:00:00.000Z';

function reportOf(client: string, file: string, url: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(pages, client, file), 'utf8'), 'text/html');
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
});
