import { checklistRefs } from '../../checklist';
import { type Lang, t } from '../../i18n';
import type { Finding, ReportHost } from '../../report';
import { type ExportDocument, providerLabel } from '../../report-export';
import {
  adviceAudience,
  adviceFor,
  areaVerdicts,
  findingsWithStatus,
  GROUPS,
  overallVerdict,
  VERDICT_KEYS,
} from '../popup/findings';
import {
  categoryName,
  certaintyLine,
  countryName,
  dataSourceLine,
  formatRefs,
  formatTime,
  mediaLine,
  proxyText,
  serverLine,
} from '../popup/format';
import { AREA_KEYS, evidenceName, PARTY_KEYS, PHASE_KEYS, SEVERITY_KEYS, STATUS_KEYS } from '../popup/labels';
import { CHECKLIST_ANSWER_KEYS, CHECKLIST_ITEM_KEYS, SOURCE_KEYS } from '../shared/export-labels';
import { ROLE_KEYS } from '../shared/role-selector';

interface DocProps {
  lang: Lang;
  doc: ExportDocument;
}

function day(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function Facts({ lang, doc }: DocProps) {
  const client = doc.client
    ? `${doc.client.name} — ${doc.client.operator}${doc.client.selfHosted ? ` (${t(lang, 'ui_header_selfHosted')})` : ''}`
    : t(lang, 'ui_header_unknownClient');
  const rows: [string, string][] = [
    [t(lang, 'ui_markdown_exportedAt'), formatTime(lang, doc.exportedAt)],
    [t(lang, 'ui_markdown_client'), client],
    [t(lang, 'ui_header_phase'), t(lang, PHASE_KEYS[doc.phase])],
    ['URL', doc.url],
    [t(lang, 'ui_markdown_observedAt'), formatTime(lang, doc.observedAt)],
    [t(lang, 'ui_markdown_role'), t(lang, ROLE_KEYS[doc.role])],
  ];
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function FindingBlock({ lang, finding, doc }: DocProps & { finding: Finding }) {
  return (
    <article class={`finding finding--${finding.status}`}>
      <h4>
        {finding.title}{' '}
        <span class="finding__meta">
          ({t(lang, STATUS_KEYS[finding.status])}, {t(lang, SEVERITY_KEYS[finding.severity])})
        </span>
      </h4>
      <p>
        <strong>{finding.summary}</strong>
      </p>
      <p>{finding.explanation}</p>
      {finding.evidence.length > 0 && (
        <ul class="evidence">
          {finding.evidence.map((item) => (
            <li key={`${item.name}:${item.source}:${item.value}`}>
              {evidenceName(lang, item.name)}: {item.value}{' '}
              <span class="muted">
                ({item.source}
                {item.observedAt ? `, ${formatTime(lang, item.observedAt)}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <em>{t(lang, 'ui_finding_advice', t(lang, ROLE_KEYS[adviceAudience(finding, doc.role)]))}:</em>{' '}
        {adviceFor(finding, doc.role)}
      </p>
      <p class="muted">
        {t(lang, 'ui_finding_refs')}: {formatRefs(lang, finding.refs)} · {certaintyLine(lang, finding)}
      </p>
    </article>
  );
}

function Checklist({ lang, doc }: DocProps) {
  const { checklist } = doc;
  return (
    <section>
      <h2>{t(lang, 'ui_checklist_heading')}</h2>
      {!checklist ? (
        <p>{t(lang, 'ui_checklist_none')}</p>
      ) : (
        <>
          <p class="muted">
            {t(lang, 'ui_checklist_provider', providerLabel(doc))} ·{' '}
            {checklist.updatedAt
              ? t(lang, 'ui_checklist_updatedAt', formatTime(lang, checklist.updatedAt))
              : t(lang, 'ui_checklist_never')}
          </p>
          <table class="checklist">
            <tbody>
              {checklist.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    {t(lang, CHECKLIST_ITEM_KEYS[item.id])}{' '}
                    <span class="muted">({formatRefs(lang, [...checklistRefs(item.id)])})</span>
                  </td>
                  <td class={`answer answer--${item.answer}`}>
                    {t(lang, CHECKLIST_ANSWER_KEYS[item.answer])}
                  </td>
                  <td>{item.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function hostRow(lang: Lang, host: ReportHost) {
  return (
    <tr key={host.host}>
      <td>{host.host}</td>
      <td>{t(lang, PARTY_KEYS[host.party])}</td>
      <td>{host.owner ?? t(lang, 'ui_network_ownerUnknown')}</td>
      <td>{host.country ? t(lang, 'ui_network_hqIn', countryName(lang, host.country)) : ''}</td>
      <td>{host.category ? categoryName(lang, host.category) : ''}</td>
      <td>{serverLine(lang, host)}</td>
    </tr>
  );
}

/** The exported report as a page to print or save as PDF, in the report's language. */
export function PrintableReport({ lang, doc }: DocProps) {
  return (
    <article class="printable">
      <h1>{t(lang, 'ui_markdown_title')}</h1>
      <Facts lang={lang} doc={doc} />
      <p class="verdict">
        {t(lang, 'ui_verdict_label')}: <strong>{t(lang, VERDICT_KEYS[overallVerdict(doc.findings)])}</strong>
      </p>
      <p class="muted">{t(lang, 'ui_report_disclaimer')}</p>
      <h2>{t(lang, 'ui_area_heading')}</h2>
      <table class="areas">
        <tbody>
          {areaVerdicts(doc.findings).map((row) => (
            <tr key={row.area} class={`area area--${row.verdict}`}>
              <td>{t(lang, AREA_KEYS[row.area])}</td>
              <td class="answer">{t(lang, VERDICT_KEYS[row.verdict])}</td>
              <td>{t(lang, 'ui_area_counts', row.problems, row.unknown, row.pass)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(lang, 'ui_report_findingsHeading')}</h2>
      {GROUPS.map(({ status, headingKey }) => {
        const findings = findingsWithStatus(doc.findings, status);
        if (findings.length === 0) return null;
        return (
          <section key={status}>
            <h3>
              {t(lang, headingKey)} ({findings.length})
            </h3>
            {findings.map((finding) => (
              <FindingBlock key={finding.ruleId} lang={lang} doc={doc} finding={finding} />
            ))}
          </section>
        );
      })}
      <Checklist lang={lang} doc={doc} />
      {doc.network.hosts.length > 0 && (
        <section>
          <h2>{t(lang, 'ui_network_heading')}</h2>
          {proxyText(lang, doc.network) && <p>{proxyText(lang, doc.network)}</p>}
          <table class="hosts">
            <tbody>{doc.network.hosts.map((host) => hostRow(lang, host))}</tbody>
          </table>
          <ul class="media">
            {doc.network.media.map((route) => (
              <li key={`${route.ip}|${route.basis}`}>{mediaLine(lang, route)}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t(lang, 'ui_about_heading')}</h2>
        <ul>
          {doc.dataSources.map((source) => (
            <li key={source.id}>{dataSourceLine(lang, source)}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t(lang, 'ui_sources_heading')}</h2>
        <ul>
          {doc.sourceDates.map((source) => (
            <li key={source.id}>{t(lang, SOURCE_KEYS[source.id], day(lang, source.date))}</li>
          ))}
        </ul>
      </section>
      <p class="muted">{t(lang, 'ui_footer_local')}</p>
    </article>
  );
}
