/**
 * Issue 5's acceptance scenario through the audit CLI: a Teams meeting with a recording, an AI notetaker bot, guests
 * and third-party analytics. The page is composed for this test from three fixtures — the roster with guests and an
 * Otter.ai bot (microsoft-teams/in-meeting-guests-en.html), the compliance banner of microsoft-teams/recording-en.html
 * and the third-party tags of network/additions.html — because no single public source shows all four at once; the
 * tags on a Teams page are synthetic. Every part keeps the sources named in its own fixture.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, startFixtureServer } from '../../scripts/fixture-server.mjs';
import type { Report } from '../../src/report';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const MEETING =
  'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_YmFkMGU3@thread.v2/0';
const THIRD_PARTIES = [
  'www.googletagmanager.com',
  'static.hotjar.com',
  'cdn.cookielaw.org',
  'cdn.amplitude.com',
];

function composedMeeting(): string {
  const roster = readFileSync(fixturePath('microsoft-teams', 'in-meeting-guests-en.html'), 'utf8');
  const recording = readFileSync(fixturePath('microsoft-teams', 'recording-en.html'), 'utf8');
  const banner = /<div class="compliance-banner"[\s\S]*?<\/div>/.exec(recording)?.[0];
  const tags = readFileSync(fixturePath('network', 'additions.html'), 'utf8');
  if (!banner) throw new Error('recording-en.html has no compliance banner');
  return roster.replace('<body>', `<body>${banner}`).replace('</body>', `${tags}</body>`);
}

let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  const stub = { html: '/* third-party stub */' };
  server = await startFixtureServer({
    'teams.microsoft.com/v2/': { html: composedMeeting() },
    ...Object.fromEntries(THIRD_PARTIES.map((host) => [host, stub])),
  });
});

afterAll(async () => {
  await server?.close();
});

async function audit(lang: 'en' | 'de'): Promise<{ stdout: string; code: number }> {
  const resolve = ['teams.microsoft.com', ...THIRD_PARTIES].flatMap((host) => [
    '--resolve',
    `${host}=127.0.0.1:${server.port}`,
  ]);
  const args = [
    join(root, 'scripts/audit.mjs'),
    MEETING,
    ...resolve,
    '--insecure',
    '--wait',
    '1500',
    '--lang',
    lang,
  ];
  const run = promisify(execFile);
  return run(process.execPath, [...args, '--json'], { cwd: root })
    .then(({ stdout }) => ({ stdout, code: 0 }))
    .catch((error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }));
}

describe('the audit of a recorded Teams meeting with a notetaker bot, guests and analytics', () => {
  it('lists the matching findings with their references', async () => {
    const { stdout, code } = await audit('en');
    const report = JSON.parse(stdout) as Report;
    const finding = (ruleId: string) => report.findings.find((f) => f.ruleId === ruleId);
    expect(report.client?.id).toBe('microsoft-teams');
    expect(finding('recording-announced')?.status).toBe('warn');
    expect(finding('notetaker-bots')?.status).toBe('warn');
    expect(
      finding('notetaker-bots')
        ?.evidence.map((e) => e.value)
        .join(' '),
    ).toMatch(/Otter/);
    expect(finding('participant-visibility')?.evidence.map((e) => e.name)).toContain('guestsPresent');
    expect(report.signals.guestsPresent.value).toBe(true);
    expect(finding('third-party-own-purposes')?.status).toBe('fail');
    expect(finding('third-party-own-purposes')?.summary).toMatch(/Google|Amplitude|Hotjar/);
    for (const ruleId of ['recording-announced', 'notetaker-bots', 'third-party-own-purposes']) {
      expect(finding(ruleId)?.refs.some((r) => r.source === 'dsk-oh-2020')).toBe(true);
      expect(finding(ruleId)?.refs.some((r) => r.source === 'gdpr')).toBe(true);
    }
    // A high-severity failure: the CLI exits 1 so that scripts can act on it.
    expect(code).toBe(1);
  }, 60_000);

  it('gives the findings in German when asked', async () => {
    const { stdout } = await audit('de');
    const report = JSON.parse(stdout) as Report;
    expect(report.lang).toBe('de');
    expect(report.findings.find((f) => f.ruleId === 'recording-announced')?.summary).toBe(
      'Diese Konferenz wird aufgezeichnet.',
    );
  }, 60_000);
});
