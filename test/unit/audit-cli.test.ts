import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitCodeFor, formatTable, parseAuditArgs } from '../../scripts/audit.mjs';
import { resolverRule } from '../../scripts/browser.mjs';
import type { Report } from '../../src/report';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sample: Report = JSON.parse(
  readFileSync(join(root, 'test/fixtures/reports/sample-report.json'), 'utf8'),
);

function runAudit(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(root, 'scripts/audit.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('audit CLI arguments', () => {
  it('reads the documented options', () => {
    expect(
      parseAuditArgs([
        'https://meet.jit.si/SomeRoom',
        '--json',
        '--resolve',
        'meet.jit.si=127.0.0.1:8443',
        '--resolve',
        'web-cdn.jitsi.net=127.0.0.1:8443',
        '--insecure',
        '--wait',
        '500',
        '--screenshot',
        'shot.png',
        '--lang',
        'de',
        '--enterprise',
      ]),
    ).toEqual({
      url: 'https://meet.jit.si/SomeRoom',
      json: true,
      resolve: ['meet.jit.si=127.0.0.1:8443', 'web-cdn.jitsi.net=127.0.0.1:8443'],
      insecure: true,
      wait: 500,
      screenshot: 'shot.png',
      lang: 'de',
      enterprise: true,
      help: false,
    });
  });

  it.each([
    [[], /exactly one URL/],
    [['not a url'], /not a URL/],
    [['ftp://example.org/'], /only http\(s\)/],
    [['https://a.example', '--wait', 'soon'], /--wait expects milliseconds/],
    [['https://a.example', '--lang', 'fr'], /--lang expects de or en/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseAuditArgs(argv as string[])).toThrow(message);
  });

  it('turns curl-style --resolve into Chromium host-resolver rules', () => {
    expect(resolverRule('meet.jit.si=127.0.0.1:8443')).toBe('MAP meet.jit.si:443 127.0.0.1:8443');
    expect(resolverRule('meet.jit.si:80=127.0.0.1:8080')).toBe('MAP meet.jit.si:80 127.0.0.1:8080');
    expect(() => resolverRule('meet.jit.si')).toThrow(/host=ip:port/);
  });
});

describe('audit CLI output', () => {
  it('exits 1 only when something fails at high severity', () => {
    expect(exitCodeFor(sample)).toBe(
      sample.findings.some((f) => f.status === 'fail' && f.severity === 'high') ? 1 : 0,
    );
    expect(exitCodeFor({ ...sample, findings: sample.findings.filter((f) => f.status !== 'fail') })).toBe(0);
  });

  it('prints a readable table with client, phase and every finding', () => {
    const table = formatTable(sample);
    expect(table).toContain(`phase: ${sample.phase}`);
    for (const finding of sample.findings) expect(table).toContain(finding.title);
    expect(table).not.toContain('organisation policy');
  });

  it("names the organisation's policy and what of it was ignored", () => {
    const table = formatTable({
      ...sample,
      policy: {
        managed: true,
        organisationName: 'Example Org',
        errors: ['approvedClients[1] ("skype"): unknown'],
      },
    });
    expect(table).toContain('organisation policy of Example Org: in effect');
    expect(table).toContain('  ignored: approvedClients[1] ("skype"): unknown');
  });

  it('names the guidance section, GDPR article and certainty under each problem', () => {
    const table = formatTable(sample);
    const problem = sample.findings.find((f) => f.status === 'fail' || f.status === 'warn');
    if (!problem) throw new Error('sample has no problem');
    const ref = problem.refs.find((r) => r.source === 'dsk-oh-2020');
    expect(table).toContain(`DSK §${ref && 'section' in ref ? ref.section : ''}`);
    expect(table).toContain(`[${problem.certainty}]`);
  });

  it('exits 2 with a clear message when Chromium is missing', () => {
    const result = runAudit(['https://meet.jit.si/SomeRoom'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /Chromium not found at \/nonexistent\/chromium.*apt-get install -y chromium/s,
    );
  });

  it('exits 2 with usage help on bad arguments', () => {
    const result = runAudit(['--wait', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run audit/);
  });
});
