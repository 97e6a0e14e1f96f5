import { useId, useState } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { Audience, Finding, FindingEvidence, ReportPolicy } from '../../report';
import { ROLE_KEYS } from '../shared/role-selector';
import { adviceAudience, adviceFor } from './findings';
import { certaintyLine, formatRefs, formatTime } from './format';
import { evidenceName, SEVERITY_KEYS, STATUS_ICONS, STATUS_KEYS } from './labels';

interface FindingProps {
  lang: Lang;
  finding: Finding;
  role: Audience;
  policy?: ReportPolicy | undefined;
}

/** The organisation's own guidance (policy `helpUrl`), with every finding. */
function OrganisationHelp({ lang, policy }: { lang: Lang; policy: ReportPolicy | undefined }) {
  if (!policy?.helpUrl) return null;
  const label = policy.organisationName
    ? t(lang, 'ui_finding_helpFrom', policy.organisationName)
    : t(lang, 'ui_finding_help');
  return (
    <p class="finding__help">
      <a href={policy.helpUrl} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
    </p>
  );
}

function EvidenceItem({ lang, item }: { lang: Lang; item: FindingEvidence }) {
  return (
    <li class="evidence__item">
      <span class="evidence__name">{evidenceName(lang, item.name)}</span>
      {': '}
      <span class="evidence__value">{item.value}</span>
      <span class="evidence__meta muted">
        {t(lang, 'ui_evidence_source', item.source)}
        {item.observedAt && (
          <>
            {' · '}
            <time dateTime={item.observedAt}>{formatTime(lang, item.observedAt)}</time>
          </>
        )}
      </span>
    </li>
  );
}

function FindingDetails({ lang, finding, role, policy }: FindingProps) {
  return (
    <>
      <p class="finding__summary">{finding.summary}</p>
      {finding.defaultSeverity && (
        <p class="finding__override muted">
          {t(lang, 'ui_finding_severityOverridden', t(lang, SEVERITY_KEYS[finding.defaultSeverity]))}
        </p>
      )}
      <p class="finding__explanation">{finding.explanation}</p>
      <h4>{t(lang, 'ui_finding_evidence')}</h4>
      {finding.evidence.length > 0 ? (
        <ul class="evidence">
          {finding.evidence.map((item) => (
            <EvidenceItem key={`${item.name}:${item.source}`} lang={lang} item={item} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t(lang, 'ui_finding_noEvidence')}</p>
      )}
      <h4>{t(lang, 'ui_finding_advice', t(lang, ROLE_KEYS[adviceAudience(finding, role)]))}</h4>
      <p class="finding__advice">{adviceFor(finding, role)}</p>
      {finding.refs.length > 0 && (
        <p class="finding__refs muted">
          {t(lang, 'ui_finding_refs')}: {formatRefs(lang, finding.refs)}
        </p>
      )}
      <OrganisationHelp lang={lang} policy={policy} />
      <p class="finding__certainty muted">{certaintyLine(lang, finding)}</p>
    </>
  );
}

/** A disclosure: the button names the finding, the panel holds summary, evidence, advice and sources. */
export function FindingItem({ lang, finding, role, policy }: FindingProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <li class={`finding finding--${finding.status}`} data-rule-id={finding.ruleId}>
      <h3 class="finding__heading">
        <button
          type="button"
          class="finding__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span class="finding__icon" aria-hidden="true">
            {STATUS_ICONS[finding.status]}
          </span>
          <span class="visually-hidden">{t(lang, STATUS_KEYS[finding.status])}: </span>
          <span class="finding__title">{finding.title}</span>
          <span class="finding__severity">{t(lang, SEVERITY_KEYS[finding.severity])}</span>
        </button>
      </h3>
      <div id={panelId} class="finding__panel" hidden={!open}>
        {open && <FindingDetails lang={lang} finding={finding} role={role} policy={policy} />}
      </div>
    </li>
  );
}
