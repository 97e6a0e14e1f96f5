import { checklistRefs } from '../../checklist';
import { type Lang, t } from '../../i18n';
import type { Audience, Finding, Report, ReportHost } from '../../report';
import { type ExportDocument, providerLabel } from '../../report-export';
import { CHECKLIST_ANSWER_KEYS, CHECKLIST_ITEM_KEYS, SOURCE_KEYS } from '../shared/export-labels';
import { ROLE_KEYS } from '../shared/role-selector';
import {
  adviceAudience,
  adviceFor,
  areaVerdicts,
  findingsWithStatus,
  GROUPS,
  overallVerdict,
  VERDICT_KEYS,
} from './findings';
import {
  categoryName,
  certaintyLine,
  countryName,
  formatRefs,
  formatTime,
  mediaLine,
  proxyText,
  serverLine,
} from './format';
import { AREA_KEYS, evidenceName, PARTY_KEYS, PHASE_KEYS, SEVERITY_KEYS } from './labels';

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
    `${t(lang, 'ui_markdown_explanation')}: ${escapeMarkdown(finding.explanation)}`,
    '',
    `- ${t(lang, 'ui_finding_evidence')}:`,
    ...(evidence.length > 0 ? evidence : [`  - ${t(lang, 'ui_finding_noEvidence')}`]),
    `- ${t(lang, 'ui_finding_advice', t(lang, ROLE_KEYS[adviceAudience(finding, role)]))}: ${escapeMarkdown(adviceFor(finding, role))}`,
    `- ${t(lang, 'ui_finding_refs')}: ${formatRefs(lang, finding.refs)}`,
    `- ${certaintyLine(lang, finding)}`,
    '',
  ];
}

function hostLine(host: ReportHost, lang: Lang): string {
  const owner = host.owner ? escapeMarkdown(host.owner) : t(lang, 'ui_network_ownerUnknown');
  const category = host.category ? `, ${escapeMarkdown(categoryName(lang, host.category))}` : '';
  const servers = escapeMarkdown(serverLine(lang, host));
  return `- ${escapeMarkdown(host.host)} — ${owner}, ${countryName(lang, host.country)}${category}; ${servers}`;
}

function mediaLines(report: Report, lang: Lang): string[] {
  const { media } = report.network;
  if (media.length === 0) return [t(lang, 'ui_network_mediaNone'), ''];
  const heading = `### ${t(lang, 'ui_network_mediaHeading', String(media.length))}`;
  return [heading, '', ...media.map((route) => `- ${escapeMarkdown(mediaLine(lang, route))}`), ''];
}

function networkLines(report: Report, lang: Lang): string[] {
  const lines = [`## ${t(lang, 'ui_network_heading')}`, ''];
  for (const party of ['first', 'third', 'unknown'] as const) {
    const hosts = report.network.hosts.filter((host) => host.party === party);
    if (hosts.length === 0) continue;
    lines.push(`### ${t(lang, PARTY_KEYS[party])}`, '', ...hosts.map((host) => hostLine(host, lang)), '');
  }
  const proxy = proxyText(lang, report.network);
  if (proxy) lines.push(proxy, '');
  return [...lines, ...mediaLines(report, lang)];
}

function checklistLines(doc: ExportDocument, lang: Lang): string[] {
  const lines = [`## ${t(lang, 'ui_checklist_heading')}`, ''];
  const { checklist } = doc;
  if (!checklist) return [...lines, t(lang, 'ui_checklist_none'), ''];
  lines.push(
    t(lang, 'ui_checklist_provider', escapeMarkdown(providerLabel(doc))),
    '',
    checklist.updatedAt
      ? t(lang, 'ui_checklist_updatedAt', formatTime(lang, checklist.updatedAt))
      : t(lang, 'ui_checklist_never'),
    '',
  );
  for (const item of checklist.items) {
    const note = item.note ? ` — ${t(lang, 'ui_checklist_note')}: ${escapeMarkdown(item.note)}` : '';
    lines.push(
      `- ${t(lang, CHECKLIST_ITEM_KEYS[item.id])} (${formatRefs(lang, [...checklistRefs(item.id)])}) **${t(lang, CHECKLIST_ANSWER_KEYS[item.answer])}**${note}`,
    );
  }
  return [...lines, ''];
}

function sourceLines(doc: ExportDocument, lang: Lang): string[] {
  const day = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return [
    `## ${t(lang, 'ui_sources_heading')}`,
    '',
    ...doc.sourceDates.map((source) => `- ${t(lang, SOURCE_KEYS[source.id], day(source.date))}`),
    '',
  ];
}

/** The exported report as Markdown, in the report's language, with the advice for the export's role. */
export function reportToMarkdown(doc: ExportDocument, lang: Lang): string {
  const report: Report = doc;
  const role: Audience = doc.role;
  const lines = [
    `# ${t(lang, 'ui_markdown_title')}`,
    '',
    `- ${t(lang, 'ui_markdown_exportedAt')}: ${formatTime(lang, doc.exportedAt)}`,
    `- ${t(lang, 'ui_markdown_client')}: ${clientLine(report, lang)}`,
    `- ${t(lang, 'ui_header_phase')}: ${t(lang, PHASE_KEYS[report.phase])}`,
    `- URL: ${escapeMarkdown(report.url)}`,
    `- ${t(lang, 'ui_markdown_observedAt')}: ${formatTime(lang, report.observedAt)}`,
    `- ${t(lang, 'ui_verdict_label')}: ${t(lang, VERDICT_KEYS[overallVerdict(report.findings)])}`,
    `- ${t(lang, 'ui_markdown_role')}: ${t(lang, ROLE_KEYS[role])}`,
    '',
    `## ${t(lang, 'ui_area_heading')}`,
    '',
    ...areaVerdicts(report.findings).map(
      (row) =>
        `- ${t(lang, AREA_KEYS[row.area])}: **${t(lang, VERDICT_KEYS[row.verdict])}** (${t(lang, 'ui_area_counts', row.problems, row.unknown, row.pass)})`,
    ),
    '',
  ];
  for (const { status, headingKey } of GROUPS) {
    const findings = findingsWithStatus(report.findings, status);
    if (findings.length === 0) continue;
    lines.push(`## ${t(lang, headingKey)} (${findings.length})`, '');
    for (const finding of findings) lines.push(...findingLines(finding, lang, role));
  }
  lines.push(
    ...checklistLines(doc, lang),
    ...networkLines(report, lang),
    ...sourceLines(doc, lang),
    `_${t(lang, 'ui_report_disclaimer')}_`,
    '',
    `_${t(lang, 'ui_footer_local')}_`,
    '',
  );
  return lines.join('\n');
}
