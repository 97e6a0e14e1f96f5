import { type Lang, t } from '../../i18n';
import type { SettingSource } from '../../policy/settings';

/** "Set by your organisation" for an enforced value, "Default from your organisation" for a default. */
export function SettingSourceNote({ lang, source, id }: { lang: Lang; source: SettingSource; id?: string }) {
  if (source === 'organisation')
    return (
      <p id={id} class="setting-source setting-source--locked">
        {t(lang, 'ui_settings_lockedByOrganisation')}
      </p>
    );
  if (source === 'organisation-default')
    return (
      <p id={id} class="setting-source muted">
        {t(lang, 'ui_settings_organisationDefault')}
      </p>
    );
  return null;
}
