import 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { Audience } from '../../report';
import { RoleSelector } from '../shared/role-selector';
import { useRole } from '../shared/role-setting';
import { applyDocumentLang, chooseLang } from '../shared/ui-lang';

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

function AboutSection({ lang }: { lang: Lang }) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t(lang, 'ui_options_aboutHeading')}</h2>
      <p>{t(lang, 'ui_options_aboutWhat')}</p>
      <p>{t(lang, 'ui_options_aboutNoNetwork')}</p>
      <p>{t(lang, 'ui_options_aboutHints')}</p>
      <h3>{t(lang, 'ui_options_sourcesHeading')}</h3>
      <ul>
        <li>
          <cite>{t(lang, 'ui_options_sourceDsk')}</cite>
        </li>
      </ul>
    </section>
  );
}

function OptionsApp({ search }: { search: string }) {
  const lang = chooseLang(search);
  useEffect(() => applyDocumentLang(lang, t(lang, 'ui_options_title')), [lang]);
  return (
    <main class="options">
      <h1>{t(lang, 'ui_options_title')}</h1>
      <RoleSection lang={lang} />
      <AboutSection lang={lang} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<OptionsApp search={location.search} />, root);
