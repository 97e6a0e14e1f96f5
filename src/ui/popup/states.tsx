import { type Lang, t } from '../../i18n';

export function LoadingState({ lang }: { lang: Lang }) {
  return (
    <p class="state" role="status">
      {t(lang, 'ui_state_loading')}
    </p>
  );
}

export function NoReportState({ lang }: { lang: Lang }) {
  return (
    <div class="state">
      <h1>{t(lang, 'ui_state_noReportTitle')}</h1>
      <p>{t(lang, 'ui_state_noReport')}</p>
    </div>
  );
}

export function ErrorState({ lang, message, onRetry }: { lang: Lang; message: string; onRetry: () => void }) {
  return (
    <div class="state state--error" role="alert">
      <h1>{t(lang, 'ui_state_errorTitle')}</h1>
      <p>{t(lang, 'ui_state_error')}</p>
      {message && <p class="muted">{message}</p>}
      <button type="button" class="button" onClick={onRetry}>
        {t(lang, 'ui_state_retry')}
      </button>
    </div>
  );
}
