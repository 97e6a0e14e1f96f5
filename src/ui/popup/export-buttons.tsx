import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type Lang, t } from '../../i18n';
import type { Audience, Report } from '../../report';
import type { ExportDocument } from '../../report-export';
import { exportDocument, reportPageUrl } from '../shared/export-document';
import { reportToMarkdown } from './markdown';

interface ExportProps {
  lang: Lang;
  report: Report;
  role: Audience;
  tabId: number;
}

export function ExportButtons({ lang, report, role, tabId }: ExportProps) {
  const [status, setStatus] = useState('');

  const copy = async (format: (doc: ExportDocument) => string) => {
    try {
      await navigator.clipboard.writeText(format(await exportDocument(report, role)));
      setStatus(t(lang, 'ui_export_copied'));
    } catch {
      setStatus(t(lang, 'ui_export_failed'));
    }
  };

  const openPrintable = () =>
    void browser.tabs
      .create({ url: reportPageUrl(browser.runtime.getURL(''), tabId, lang, role) })
      .catch(() => setStatus(t(lang, 'ui_export_failed')));

  return (
    <div class="export">
      <button type="button" class="button" onClick={() => copy((doc) => JSON.stringify(doc, null, 2))}>
        {t(lang, 'ui_export_json')}
      </button>
      <button type="button" class="button" onClick={() => copy((doc) => reportToMarkdown(doc, lang))}>
        {t(lang, 'ui_export_markdown')}
      </button>
      <button type="button" class="button" onClick={openPrintable}>
        {t(lang, 'ui_export_print')}
      </button>
      <p class="export__status" role="status">
        {status}
      </p>
    </div>
  );
}
