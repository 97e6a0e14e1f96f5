import { useId, useState } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { Audience, Finding, FindingStatus, ReportPolicy } from '../../report';
import { FindingItem } from './finding-item';
import { findingsWithStatus, GROUPS } from './findings';
import { STATUS_ICONS } from './labels';

interface GroupProps {
  lang: Lang;
  findings: Finding[];
  role: Audience;
  /** The organisation's policy: its help link is shown with every finding. */
  policy?: ReportPolicy;
}

function FindingList({ lang, findings, role, policy }: GroupProps) {
  return (
    <ul class="finding-list">
      {findings.map((finding) => (
        <FindingItem key={finding.ruleId} lang={lang} finding={finding} role={role} policy={policy} />
      ))}
    </ul>
  );
}

function FindingGroup({ status, heading, ...list }: GroupProps & { status: FindingStatus; heading: string }) {
  const headingId = useId();
  return (
    <section class={`finding-group finding-group--${status}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="finding-group__heading">
        <span aria-hidden="true">{STATUS_ICONS[status]} </span>
        {heading} ({list.findings.length})
      </h2>
      <FindingList {...list} />
    </section>
  );
}

/** Not-applicable findings are noise for most readers, so they wait behind a toggle. */
function NotApplicableGroup({ lang, findings, role, policy }: GroupProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const label = t(lang, open ? 'ui_group_notApplicableHide' : 'ui_group_notApplicableShow', findings.length);
  return (
    <section class="finding-group finding-group--not-applicable">
      <button
        type="button"
        class="link-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={listId} hidden={!open}>
        {open && <FindingList lang={lang} findings={findings} role={role} policy={policy} />}
      </div>
    </section>
  );
}

export function FindingGroups({ lang, findings, role, policy }: GroupProps) {
  return (
    <div class="finding-groups">
      {GROUPS.map(({ status, headingKey }) => {
        const members = findingsWithStatus(findings, status);
        if (members.length === 0) return null;
        if (status === 'not-applicable') {
          return (
            <NotApplicableGroup key={status} lang={lang} findings={members} role={role} policy={policy} />
          );
        }
        const heading = t(lang, headingKey);
        return (
          <FindingGroup
            key={status}
            status={status}
            heading={heading}
            lang={lang}
            findings={members}
            role={role}
            policy={policy}
          />
        );
      })}
    </div>
  );
}
