import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { dataDate as thirdPartyDataDate } from '../../data/third-parties.json';
import { type Lang, t } from '../../i18n';
import type { Audience } from '../../report';
import { RoleSelector } from '../shared/role-selector';
import { useRole } from '../shared/role-setting';
import { SettingSourceNote } from '../shared/setting-source';
import { applyDocumentLang, chooseLang } from '../shared/ui-lang';
import { useSettings } from '../shared/use-settings';
import { ChecklistSection } from './checklist-section';
import { InstancesSection } from './instances-section';
import { OrganisationSection } from './organisation-section';
import { AlertsSection, LanguageSection } from './preferences-section';
import { TransferSection } from './transfer-section';

function RoleSection({ lang }: { lang: Lang }) {
  const [role, setRole, source] = useRole();
  const [status, setStatus] = useState('');
  const noteId = useId();
  const locked = source === 'organisation';
  const choose = async (next: Audience) => {
    try {
      await setRole(next);
      setStatus(t(lang, 'ui_options_saved'));
    } catch {
      setStatus(t(lang, 'ui_options_saveFailed'));
    }
  };
  return (
    <section aria-labelledby="role-heading">
      <h2 id="role-heading">{t(lang, 'ui_options_roleHeading')}</h2>
      <p>{t(lang, 'ui_options_roleHelp')}</p>
      {role && (
        <RoleSelector
          lang={lang}
          legend={t(lang, 'ui_options_roleLegend')}
          role={role}
          onChange={choose}
          disabled={locked}
          describedBy={noteId}
        />
      )}
      <SettingSourceNote lang={lang} source={source} id={noteId} />
      <p class="muted" role="status">
        {status}
      </p>
    </section>
  );
}

/** Data dates are calendar days; formatting them in UTC keeps the day from shifting with the time zone. */
function formatDataDate(lang: Lang, isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function AboutSection({ lang }: { lang: Lang }) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t(lang, 'ui_options_aboutHeading')}</h2>
      <p>{t(lang, 'ui_options_aboutWhat')}</p>
      <p>{t(lang, 'ui_options_aboutNoNetwork')}</p>
      <p>{t(lang, 'ui_options_aboutHints')}</p>
      <h3>{t(lang, 'ui_options_sourcesHeading')}</h3>
      <ul>
        <li>{t(lang, 'ui_options_sourceThirdParties', formatDataDate(lang, thirdPartyDataDate))}</li>
        <li>
          <cite>{t(lang, 'ui_options_sourceDsk')}</cite>
        </li>
      </ul>
    </section>
  );
}

/** A section with its own status line, announced politely after a change. */
function WithStatus({ children }: { children: (onStatus: (message: string) => void) => ComponentChildren }) {
  const [status, setStatus] = useState('');
  return (
    <>
      {children(setStatus)}
      <p class="muted section-status" role="status">
        {status}
      </p>
    </>
  );
}

export function OptionsApp({ search }: { search: string }) {
  const lang = chooseLang(search);
  const [view] = useSettings();
  useEffect(() => applyDocumentLang(lang, t(lang, 'ui_options_title')), [lang]);
  return (
    <main class="options">
      <h1>{t(lang, 'ui_options_title')}</h1>
      <OrganisationSection lang={lang} view={view} />
      <RoleSection lang={lang} />
      {view && (
        <>
          <WithStatus>
            {(onStatus) => <LanguageSection lang={lang} view={view} onStatus={onStatus} />}
          </WithStatus>
          <WithStatus>
            {(onStatus) => <AlertsSection lang={lang} view={view} onStatus={onStatus} />}
          </WithStatus>
        </>
      )}
      <InstancesSection lang={lang} />
      <WithStatus>{(onStatus) => <ChecklistSection lang={lang} onStatus={onStatus} />}</WithStatus>
      <WithStatus>{(onStatus) => <TransferSection lang={lang} view={view} onStatus={onStatus} />}</WithStatus>
      <AboutSection lang={lang} />
    </main>
  );
}
