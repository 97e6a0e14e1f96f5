import { type Lang, t } from '../../i18n';
import type { Audience, Finding, Report, ReportHost } from '../../report';
import { ROLE_KEYS } from '../shared/role-selector';
import { adviceFor, findingsWithStatus, GROUPS, overallVerdict, VERDICT_KEYS } from './findings';
import { certaintyLine, countryName, formatRefs, formatTime } from './format';
import { evidenceName, PARTY_KEYS, PHASE_KEYS, SEVERITY_KEYS } from './labels';

/**
 * Page-derived text is escaped so that a title like `<img onerror=…>` or `[x](javascript:…)` stays text
 * when the Markdown is pasted into a renderer. Only characters that start inline markup are escaped;
 * every line already begins with our own prefix, so block syntax (`#`, `-`) cannot be injected.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

function clientLine(report: Report, lang: Lang): string {
  if (!report.client) return t(lang, 'ui_header_unknownClient');
  const { name, operator, selfHosted } = report.client;
  const tag = selfHosted ? ` (${t(lang, 'ui_header_selfHosted')})` : '';
  return `${escapeMarkdown(name)} — ${escapeMarkdown(operator)}${tag}`;
}

function findingLines(finding: Finding, lang: Lang, role: Audience): string[] {
  const evidence = finding.evidence.map(
    (item) =>
      `  - ${escapeMarkdown(evidenceName(lang, item.name))}: ${escapeMarkdown(item.value)} (${escapeMarkdown(item.source)}${item.observedAt ? `, ${formatTime(lang, item.observedAt)}` : ''})`,
  );
  return [
    `### ${escapeMarkdown(finding.title)} (${t(lang, SEVERITY_KEYS[finding.severity])})`,
    '',
    escapeMarkdown(finding.summary),
    '',
    escapeMarkdown(finding.explanation),
    '',
    `- ${t(lang, 'ui_finding_evidence')}:`,
    ...(evidence.length > 0 ? evidence : [`  - ${t(lang, 'ui_finding_noEvidence')}`]),
    `- ${t(lang, 'ui_finding_advice', t(lang, ROLE_KEYS[role]))}: ${escapeMarkdown(adviceFor(finding, role))}`,
    `- ${t(lang, 'ui_finding_refs')}: ${formatRefs(lang, finding.refs)}`,
    `- ${certaintyLine(lang, finding)}`,
    '',
  ];
}

function hostLine(host: ReportHost, lang: Lang): string {
  const owner = host.owner ? escapeMarkdown(host.owner) : t(lang, 'ui_network_ownerUnknown');
  const category = host.category ? `, ${escapeMarkdown(host.category)}` : '';
  return `- ${escapeMarkdown(host.host)} — ${owner}, ${countryName(lang, host.country)}${category}`;
}

function networkLines(report: Report, lang: Lang): string[] {
  const lines = [`## ${t(lang, 'ui_network_heading')}`, ''];
  for (const party of ['first', 'third', 'unknown'] as const) {
    const hosts = report.network.hosts.filter((host) => host.party === party);
    if (hosts.length === 0) continue;
    lines.push(`### ${t(lang, PARTY_KEYS[party])}`, '', ...hosts.map((host) => hostLine(host, lang)), '');
  }
  if (report.network.proxySuspected) lines.push(t(lang, 'ui_network_proxy'), '');
  return lines;
}

/** The report as Markdown, in the report's language, with the advice for the chosen role. */
export function reportToMarkdown(report: Report, lang: Lang, role: Audience): string {
  const lines = [
    `# ${t(lang, 'ui_markdown_title')}`,
    '',
    `- ${t(lang, 'ui_markdown_client')}: ${clientLine(report, lang)}`,
    `- ${t(lang, 'ui_header_phase')}: ${t(lang, PHASE_KEYS[report.phase])}`,
    `- URL: ${escapeMarkdown(report.url)}`,
    `- ${t(lang, 'ui_markdown_observedAt')}: ${formatTime(lang, report.observedAt)}`,
    `- ${t(lang, 'ui_verdict_label')}: ${t(lang, VERDICT_KEYS[overallVerdict(report.findings)])}`,
    '',
  ];
  for (const { status, headingKey } of GROUPS) {
    const findings = findingsWithStatus(report.findings, status);
    if (findings.length === 0) continue;
    lines.push(`## ${t(lang, headingKey)} (${findings.length})`, '');
    for (const finding of findings) lines.push(...findingLines(finding, lang, role));
  }
  lines.push(...networkLines(report, lang), `_${t(lang, 'ui_footer_local')}_`, '');
  return lines.join('\n');
}
