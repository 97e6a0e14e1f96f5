#!/usr/bin/env node
// npm run audit -- <url> [--json] [--resolve host=ip:port ...] [--insecure] [--wait <ms>]
//                        [--screenshot <file>] [--lang de|en] [--enterprise]
// Loads the built extension (with --enterprise the build with the fixed id, dist/enterprise, so that a
// managed policy addressed to that id applies) into Chromium, opens the URL, waits until the page settles and prints the
// report. Exit codes: 0 nothing fails at high severity, 1 something does, 2 error.
import { parseArgs } from 'node:util';
import {
  enterpriseDir,
  launchWithExtension,
  meetingTabId,
  pressToolbarButton,
  requestReport,
  storedTab,
  UsageError,
  waitForSettled,
} from './browser.mjs';
import { ENTERPRISE_ID } from './enterprise-key.mjs';

const USAGE = `usage: npm run audit -- <url> [--json] [--resolve host=ip:port ...] [--insecure] [--wait <ms>] [--screenshot <file>] [--lang de|en] [--enterprise]`;

export function parseAuditArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      resolve: { type: 'string', multiple: true, default: [] },
      insecure: { type: 'boolean', default: false },
      wait: { type: 'string', default: '1500' },
      screenshot: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      enterprise: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length !== 1) throw new UsageError(`expected exactly one URL\n${USAGE}`);
  let url;
  try {
    url = new URL(positionals[0]);
  } catch {
    throw new UsageError(`not a URL: ${positionals[0]}\n${USAGE}`);
  }
  if (!['http:', 'https:'].includes(url.protocol))
    throw new UsageError(`only http(s) URLs can be audited: ${url}`);
  const wait = Number(values.wait);
  if (!Number.isInteger(wait) || wait < 0)
    throw new UsageError(`--wait expects milliseconds, got "${values.wait}"`);
  if (!['en', 'de'].includes(values.lang))
    throw new UsageError(`--lang expects de or en, got "${values.lang}"`);
  return { ...values, wait, url: url.href };
}

const MARK = { fail: 'FAIL', warn: 'WARN', unknown: '????', pass: ' ok ', 'not-applicable': ' -- ' };

const ROUTE_KINDS = {
  relay: 'relay (TURN)',
  'ice-lite-server': 'media server',
  'peer-candidate': 'peer-to-peer',
  unclear: 'server or peer (unclear)',
};
/** `DSK §3.4.8, Art. 6 GDPR [S]`: where a finding's requirement comes from and how sure the catalogue is. */
function refLine(finding) {
  const refs = finding.refs.map((r) =>
    r.source === 'dsk-oh-2020' ? `DSK §${r.section}` : `Art. ${r.article} GDPR`,
  );
  return `${refs.join(', ')}${finding.certainty ? ` [${finding.certainty}]` : ''}`;
}

export function formatTable(report) {
  const client = report.client
    ? `${report.client.name} (${report.client.operator})${report.client.selfHosted ? ', self-hosted' : ''}`
    : 'no known meeting client';
  const lines = [`${report.url}`, `client: ${client}   phase: ${report.phase}`, ''];
  for (const f of report.findings) {
    lines.push(`[${MARK[f.status]}] ${f.severity.padEnd(6)} ${f.title}: ${f.summary}`);
    // Problems carry their references, so the table can be filed as it is.
    if (f.status === 'fail' || f.status === 'warn') lines.push(`                ${refLine(f)}`);
  }
  if (report.policy.managed) {
    lines.push(
      '',
      `organisation policy${report.policy.organisationName ? ` of ${report.policy.organisationName}` : ''}: in effect`,
    );
    for (const error of report.policy.errors) lines.push(`  ignored: ${error}`);
  }
  lines.push('', 'hosts (party, owner, HQ, category; server countries by IP):');
  for (const h of report.network.hosts) {
    const servers = h.serverCountries.length > 0 ? h.serverCountries.join('/') : '?';
    const owner = `${h.owner ?? 'owner unknown'} ${h.country ?? ''}`.trim();
    lines.push(`  ${h.party.padEnd(7)} ${h.host}  ${owner}  ${h.category ?? ''}  servers: ${servers}`);
  }
  if (report.network.proxyReason)
    lines.push(`  (no server countries: proxy suspected, ${report.network.proxyReason})`);
  for (const m of report.network.media) {
    lines.push(`  media   ${m.ip || '(address hidden)'}  ${m.country ?? '?'}  ${ROUTE_KINDS[m.basis]}`);
  }
  return lines.join('\n');
}

export function exitCodeFor(report) {
  return report.findings.some((f) => f.status === 'fail' && f.severity === 'high') ? 1 : 0;
}

export async function audit(options) {
  const extension = await launchWithExtension({
    ...(options.enterprise && { dir: enterpriseDir, extensionId: ENTERPRISE_ID }),
    resolve: options.resolve,
    insecure: options.insecure,
    lang: options.lang,
  });
  try {
    const page = await extension.context.newPage();
    await page.goto(options.url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(options.wait);
    let tabId = await meetingTabId(extension.worker);
    if (!(await storedTab(extension.worker, tabId))) {
      // No listed client on this host: press the toolbar button, as a user opening the popup would.
      await pressToolbarButton(extension, page.url());
      await page.waitForTimeout(Math.max(options.wait, 500));
      tabId = await meetingTabId(extension.worker);
    }
    if (tabId === undefined) throw new Error('the page reported nothing to the extension');
    await waitForSettled(extension.worker, tabId);
    if (options.screenshot) await page.screenshot({ path: options.screenshot });
    const report = await requestReport(extension, tabId, options.lang);
    if (!report) throw new Error('the extension has no report for this page');
    return report;
  } finally {
    await extension.close();
  }
}

async function main() {
  let options;
  try {
    options = parseAuditArgs(process.argv.slice(2));
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    const report = await audit(options);
    console.log(options.json ? JSON.stringify(report, null, 2) : formatTable(report));
    return exitCodeFor(report);
  } catch (error) {
    console.error(`audit: ${error instanceof UsageError ? error.message : (error?.stack ?? error)}`);
    return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
