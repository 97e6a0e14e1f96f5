import { useEffect, useState } from 'preact/hooks';
import { dataDate as thirdPartyDataDate } from '../../data/third-parties.json';
import { type Lang, t } from '../../i18n';
import type { Audience } from '../../report';
import { RoleSelector } from '../shared/role-selector';
import { useRole } from '../shared/role-setting';
import { applyDocumentLang, chooseLang } from '../shared/ui-lang';
import { AlertsSection } from './alerts-section';
import { InstancesSection } from './instances-section';

function RoleSection({ lang }: { lang: Lang }) {
  const [role, setRole] = useRole();
  const [status, setStatus] = useState('');
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
        <RoleSelector lang={lang} legend={t(lang, 'ui_options_roleLegend')} role={role} onChange={choose} />
      )}
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

export function OptionsApp({ search }: { search: string }) {
  const lang = chooseLang(search);
  useEffect(() => applyDocumentLang(lang, t(lang, 'ui_options_title')), [lang]);
  return (
    <main class="options">
      <h1>{t(lang, 'ui_options_title')}</h1>
      <RoleSection lang={lang} />
      <InstancesSection lang={lang} />
      <AlertsSection lang={lang} />
      <AboutSection lang={lang} />
    </main>
  );
}
