import { clientById } from '../../clients/index';
import type { ClientId } from '../../evidence';
import { type Lang, t } from '../../i18n';
import { describeIssue } from '../../policy/parse';
import type { ManagedPolicy } from '../../policy/schema';
import { ruleKey } from '../../rules/evaluate';
import { SEVERITY_KEYS } from '../popup/labels';
import type { SettingsView } from '../shared/use-settings';

const SETTING_NAME_KEYS = {
  defaultRole: 'ui_options_roleHeading',
  language: 'ui_options_languageHeading',
  alerts: 'ui_options_alertsHeading',
  selfHostedInstances: 'ui_options_instancesHeading',
} as const;

function clientName(id: ClientId): string {
  return clientById(id)?.name ?? id;
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function PolicyValues({ lang, policy }: { lang: Lang; policy: ManagedPolicy }) {
  const overrides = Object.entries(policy.ruleOverrides ?? {});
  return (
    <dl class="policy-values">
      {policy.organisationName && <Row label={t(lang, 'ui_options_orgName')}>{policy.organisationName}</Row>}
      {policy.helpUrl && (
        <Row label={t(lang, 'ui_options_orgHelp')}>
          <a href={policy.helpUrl} target="_blank" rel="noopener noreferrer">
            {policy.helpUrl}
          </a>
        </Row>
      )}
      {policy.approvedClients && (
        <Row label={t(lang, 'ui_options_orgApproved')}>
          {policy.approvedClients.length > 0
            ? policy.approvedClients.map(clientName).join(', ')
            : t(lang, 'ui_options_orgNone')}
        </Row>
      )}
      {policy.allowedCountries && (
        <Row label={t(lang, 'ui_options_orgCountries')}>{policy.allowedCountries.join(', ')}</Row>
      )}
      {overrides.length > 0 && (
        <Row label={t(lang, 'ui_options_orgOverrides')}>
          <ul>
            {overrides.map(([ruleId, value]) => (
              <li key={ruleId}>
                {t(lang, ruleKey(ruleId, 'title'))}:{' '}
                {value === 'off' ? t(lang, 'ui_options_orgRuleOff') : t(lang, SEVERITY_KEYS[value])}
              </li>
            ))}
          </ul>
        </Row>
      )}
      {policy.lockedSettings && policy.lockedSettings.length > 0 && (
        <Row label={t(lang, 'ui_options_orgLocked')}>
          {policy.lockedSettings.map((name) => t(lang, SETTING_NAME_KEYS[name])).join(', ')}
        </Row>
      )}
    </dl>
  );
}

/**
 * What the organisation's managed policy sets, and every part of it that was ignored with the reason:
 * the administrator's check that a policy arrived, and the user's view of what is decided for them.
 */
export function OrganisationSection({ lang, view }: { lang: Lang; view: SettingsView | null }) {
  const state = view?.policy;
  return (
    <section aria-labelledby="organisation-heading" class="organisation">
      <h2 id="organisation-heading">{t(lang, 'ui_options_orgHeading')}</h2>
      {state && !state.managed && <p class="muted">{t(lang, 'ui_options_orgNoPolicy')}</p>}
      {state?.managed && (
        <>
          <p>{t(lang, 'ui_options_orgIntro')}</p>
          <PolicyValues lang={lang} policy={state.policy} />
          {state.issues.length > 0 && (
            <div class="notice" role="note">
              <h3>{t(lang, 'ui_options_orgIssues')}</h3>
              <ul class="policy-issues">
                {state.issues.map((issue) => (
                  <li key={`${issue.path}:${issue.code}`}>{describeIssue(lang, issue)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
