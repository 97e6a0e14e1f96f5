import { useEffect, useState } from 'preact/hooks';
import { type AlertSettings, readAlertSettings, saveAlertSettings } from '../../alert-settings';
import { type Lang, t } from '../../i18n';

const CHOICES: { name: keyof AlertSettings; labelKey: string }[] = [
  { name: 'notifications', labelKey: 'ui_options_alertsNotifications' },
  { name: 'banner', labelKey: 'ui_options_alertsBanner' },
];

export function AlertsSection({ lang }: { lang: Lang }) {
  const [settings, setSettings] = useState<AlertSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    readAlertSettings()
      .then(setSettings)
      .catch(() => setStatus(t(lang, 'ui_options_saveFailed')));
  }, [lang]);
  const toggle = async (name: keyof AlertSettings, on: boolean) => {
    if (!settings) return;
    const next = { ...settings, [name]: on };
    try {
      await saveAlertSettings(next);
      setSettings(next);
      setStatus(t(lang, 'ui_options_saved'));
    } catch {
      setStatus(t(lang, 'ui_options_saveFailed'));
    }
  };
  return (
    <section aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t(lang, 'ui_options_alertsHeading')}</h2>
      <p>{t(lang, 'ui_options_alertsHelp')}</p>
      {settings &&
        CHOICES.map(({ name, labelKey }) => (
          <label key={name} class="checkbox">
            <input
              type="checkbox"
              name={name}
              checked={settings[name]}
              onChange={(event) => toggle(name, event.currentTarget.checked)}
            />{' '}
            {t(lang, labelKey)}
          </label>
        ))}
      <p class="muted" role="status">
        {status}
      </p>
    </section>
  );
}
