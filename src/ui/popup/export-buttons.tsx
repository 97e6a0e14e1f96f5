import { useState } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { Audience, Report } from '../../report';
import { reportToMarkdown } from './markdown';

export function ExportButtons({ lang, report, role }: { lang: Lang; report: Report; role: Audience }) {
  const [status, setStatus] = useState('');

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t(lang, 'ui_export_copied'));
    } catch {
      setStatus(t(lang, 'ui_export_failed'));
    }
  };

  return (
    <div class="export">
      <button type="button" class="button" onClick={() => copy(JSON.stringify(report, null, 2))}>
        {t(lang, 'ui_export_json')}
      </button>
      <button type="button" class="button" onClick={() => copy(reportToMarkdown(report, lang, role))}>
        {t(lang, 'ui_export_markdown')}
      </button>
      <p class="export__status" role="status">
        {status}
      </p>
    </div>
  );
}
