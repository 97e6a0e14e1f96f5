import { type Lang, t } from '../../i18n';
import type { Report } from '../../report';
import { PHASE_KEYS } from './labels';

export function ReportHeader({ lang, report }: { lang: Lang; report: Report }) {
  const { client } = report;
  return (
    <header class="report-header">
      <h1 class="report-header__client">{client ? client.name : t(lang, 'ui_header_unknownClient')}</h1>
      {client && (
        <p class="report-header__operator">
          <span>{t(lang, 'ui_header_operator', client.operator)}</span>
          {client.selfHosted && <span class="tag">{t(lang, 'ui_header_selfHosted')}</span>}
        </p>
      )}
      <p class="report-header__phase muted">
        {t(lang, 'ui_header_phase')}: {t(lang, PHASE_KEYS[report.phase])}
      </p>
    </header>
  );
}
