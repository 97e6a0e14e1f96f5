import { useId } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../policy/schema';
import { type AlertSettings, saveUserSetting } from '../../policy/settings';
import { SettingSourceNote } from '../shared/setting-source';
import type { SettingsView } from '../shared/use-settings';

const LANGUAGE_KEYS: Record<LanguageChoice, string> = {
  auto: 'ui_options_languageAuto',
  en: 'ui_options_languageEn',
  de: 'ui_options_languageDe',
};

const ALERT_KEYS: Record<keyof AlertSettings, string> = {
  notifications: 'ui_options_alertsNotifications',
  banner: 'ui_options_alertsBanner',
};

interface SectionProps {
  lang: Lang;
  view: SettingsView;
  onStatus: (message: string) => void;
}

function saved(lang: Lang, onStatus: (message: string) => void, save: Promise<boolean>) {
  void save
    .then((ok) => onStatus(t(lang, ok ? 'ui_options_saved' : 'ui_settings_lockedByOrganisation')))
    .catch(() => onStatus(t(lang, 'ui_options_saveFailed')));
}

export function LanguageSection({ lang, view, onStatus }: SectionProps) {
  const name = useId();
  const noteId = useId();
  const locked = view.effective.source.language === 'organisation';
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t(lang, 'ui_options_languageHeading')}</h2>
      <p>{t(lang, 'ui_options_languageHelp')}</p>
      <fieldset class="choice-group" disabled={locked} aria-describedby={noteId}>
        <legend class="visually-hidden">{t(lang, 'ui_options_languageHeading')}</legend>
        {LANGUAGE_CHOICES.map((choice) => (
          <label key={choice} class="choice">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={view.effective.language === choice}
              onChange={() => saved(lang, onStatus, saveUserSetting('language', choice))}
            />
            <span>{t(lang, LANGUAGE_KEYS[choice])}</span>
          </label>
        ))}
      </fieldset>
      <SettingSourceNote lang={lang} source={view.effective.source.language} id={noteId} />
    </section>
  );
}

export function AlertsSection({ lang, view, onStatus }: SectionProps) {
  const noteId = useId();
  const locked = view.effective.source.alerts === 'organisation';
  const enforced = locked ? (view.policy.policy.alerts ?? {}) : {};
  const toggle = (kind: keyof AlertSettings, on: boolean) =>
    saved(lang, onStatus, saveUserSetting('alerts', { ...view.user.alerts, [kind]: on }));
  return (
    <section aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t(lang, 'ui_options_alertsHeading')}</h2>
      <p>{t(lang, 'ui_options_alertsHelp')}</p>
      {(Object.keys(ALERT_KEYS) as (keyof AlertSettings)[]).map((kind) => (
        <label key={kind} class="choice">
          <input
            type="checkbox"
            checked={view.effective.alerts[kind]}
            disabled={enforced[kind] !== undefined}
            aria-describedby={enforced[kind] !== undefined ? noteId : undefined}
            onChange={(event) => toggle(kind, event.currentTarget.checked)}
          />
          <span>{t(lang, ALERT_KEYS[kind])}</span>
        </label>
      ))}
      <SettingSourceNote lang={lang} source={view.effective.source.alerts} id={noteId} />
    </section>
  );
}
