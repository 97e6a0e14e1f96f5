import { useEffect, useId } from 'preact/hooks';
import { type Lang, t, toLang } from '../../i18n';
import type { SettingSource } from '../../policy/settings';
import type { Audience, Report } from '../../report';
import { RoleSelector } from '../shared/role-selector';
import { useRole } from '../shared/role-setting';
import { SettingSourceNote } from '../shared/setting-source';
import { applyDocumentLang, chooseLang } from '../shared/ui-lang';
import { AreaSummary } from './area-summary';
import { ChecklistSection } from './checklist-section';
import { DataSources } from './data-sources';
import { ExportButtons } from './export-buttons';
import { FindingGroups } from './finding-groups';
import { Footer } from './footer';
import { ReportHeader } from './header';
import { NetworkSection } from './network-section';
import { ErrorState, LoadingState, NoReportState } from './states';
import { TrafficLight } from './traffic-light';
import { type ReportState, useReport } from './use-report';

interface ReportViewProps {
  lang: Lang;
  report: Report;
  tabId: number;
  role: Audience;
  roleLocked: boolean;
  onRoleChange: (role: Audience) => void;
}

/** Entries of the organisation's policy that were ignored: shown, never silently dropped. */
function PolicyNotice({ lang, report }: { lang: Lang; report: Report }) {
  if (report.policy.pending) {
    return (
      <p class="policy-notice" role="note">
        {t(lang, 'ui_policy_pending')}
      </p>
    );
  }
  if (report.policy.errors.length === 0) return null;
  return (
    <div class="policy-notice" role="note">
      <p>{t(lang, 'ui_options_instancePolicyErrors')}</p>
      <ul>
        {report.policy.errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}

function ReportView({ lang, report, tabId, role, roleLocked, onRoleChange }: ReportViewProps) {
  const lockNote = useId();
  return (
    <>
      <ReportHeader lang={lang} report={report} />
      <PolicyNotice lang={lang} report={report} />
      <TrafficLight lang={lang} findings={report.findings} />
      <AreaSummary lang={lang} findings={report.findings} />
      <RoleSelector
        lang={lang}
        legend={t(lang, 'ui_role_legend')}
        role={role}
        onChange={onRoleChange}
        disabled={roleLocked}
        describedBy={roleLocked ? lockNote : undefined}
      />
      {roleLocked && <SettingSourceNote lang={lang} source="organisation" id={lockNote} />}
      <FindingGroups lang={lang} findings={report.findings} role={role} policy={report.policy} />
      <ChecklistSection lang={lang} report={report} />
      <NetworkSection lang={lang} network={report.network} />
      <ExportButtons lang={lang} report={report} role={role} tabId={tabId} />
      <DataSources lang={lang} sources={report.dataSources} />
    </>
  );
}

/** Finding texts arrive in the report's language; the popup's own words follow it so nothing is mixed. */
function shownLang(state: ReportState, requested: Lang): Lang {
  return state.kind === 'ready' ? toLang(state.report.lang) : requested;
}

interface BodyProps {
  lang: Lang;
  state: ReportState;
  role: Audience | null;
  roleLocked: boolean;
  onRoleChange: (role: Audience) => void;
  retry: () => void;
}

function Body({ lang, state, role, roleLocked, onRoleChange, retry }: BodyProps) {
  if (state.kind === 'error') return <ErrorState lang={lang} message={state.message} onRetry={retry} />;
  if (state.kind === 'no-report') return <NoReportState lang={lang} />;
  if (state.kind === 'loading' || role === null) return <LoadingState lang={lang} />;
  return (
    <ReportView
      lang={lang}
      report={state.report}
      tabId={state.tabId}
      role={role}
      roleLocked={roleLocked}
      onRoleChange={onRoleChange}
    />
  );
}

/**
 * Who the advice is for: on a settings page the reader sets up meetings, so the host's advice comes first
 * unless the user or the organisation chose a role.
 */
function roleFor(role: Audience | null, source: SettingSource, state: ReportState): Audience | null {
  const onSettingsPage = state.kind === 'ready' && state.report.phase === 'settings';
  return onSettingsPage && role !== null && source === 'default' ? 'host' : role;
}

/** `search` is the page's query string: `?tabId=N` and `?lang=de|en` override the defaults. */
export function App({ search }: { search: string }) {
  const requestedLang = chooseLang(search);
  const [role, setRole, roleSource] = useRole();
  const [state, retry] = useReport(search);
  const lang = shownLang(state, requestedLang);
  // A failed save only means the choice is not remembered; it still applies in this popup.
  const changeRole = (next: Audience) => void setRole(next).catch(() => undefined);

  useEffect(() => applyDocumentLang(lang, t(lang, 'ui_popup_title')), [lang]);

  return (
    <div class="popup">
      <main class="popup-main">
        <Body
          lang={lang}
          state={state}
          role={roleFor(role, roleSource, state)}
          roleLocked={roleSource === 'organisation'}
          onRoleChange={changeRole}
          retry={retry}
        />
      </main>
      <Footer lang={lang} />
    </div>
  );
}
