import browser from 'webextension-polyfill';
import { type Lang, t } from '../../i18n';

export function Footer({ lang }: { lang: Lang }) {
  return (
    <footer class="popup-footer">
      <p>{t(lang, 'ui_footer_local')}</p>
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, 'ui_footer_settings')}
      </button>
    </footer>
  );
}
