import { useEffect, useState } from 'preact/hooks';
import { type Lang, t, toLang } from '../../i18n';
import { requestReport } from '../../messages';
import { AUDIENCES, type Audience } from '../../report';
import type { ExportDocument } from '../../report-export';
import { reportToMarkdown } from '../popup/markdown';
import { ErrorState, LoadingState, NoReportState } from '../popup/states';
import { exportDocument } from '../shared/export-document';
import { applyDocumentLang, chooseLang } from '../shared/ui-lang';
import { PrintableReport } from './printable';

type PageState =
  | { kind: 'loading' }
  | { kind: 'no-report' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; doc: ExportDocument };

function roleFrom(search: string): Audience {
  const role = new URLSearchParams(search).get('role');
  return (AUDIENCES as readonly string[]).includes(role ?? '') ? (role as Audience) : 'participant';
}

async function load(search: string, lang: Lang): Promise<PageState> {
  const tabId = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (!Number.isInteger(tabId) || tabId < 0) return { kind: 'no-report' };
  try {
    const report = await requestReport(tabId, lang);
    return report
      ? { kind: 'ready', doc: await exportDocument(report, roleFrom(search)) }
      : { kind: 'no-report' };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A file download from the page itself: no network, no downloads permission. */
function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function fileName(doc: ExportDocument, extension: string): string {
  const stamp = doc.exportedAt.slice(0, 19).replace(/[:T]/g, '-');
  return `meeting-privacy-report-${doc.client?.id ?? 'page'}-${stamp}.${extension}`;
}

function Toolbar({ lang, doc }: { lang: Lang; doc: ExportDocument }) {
  return (
    <nav class="toolbar" aria-label={t(lang, 'ui_markdown_title')}>
      <button type="button" class="button" onClick={() => window.print()}>
        {t(lang, 'ui_report_print')}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => download(fileName(doc, 'json'), 'application/json', JSON.stringify(doc, null, 2))}
      >
        {t(lang, 'ui_report_downloadJson')}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => download(fileName(doc, 'md'), 'text/markdown', reportToMarkdown(doc, lang))}
      >
        {t(lang, 'ui_report_downloadMarkdown')}
      </button>
    </nav>
  );
}

/** `?tabId=N&lang=de|en&role=…`: the printable report of a tab. */
export function ReportPage({ search }: { search: string }) {
  const requested = chooseLang(search);
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const lang = state.kind === 'ready' ? toLang(state.doc.lang) : requested;
  useEffect(() => {
    void load(search, requested).then(setState);
  }, [search, requested, attempt]);
  useEffect(() => applyDocumentLang(lang, t(lang, 'ui_markdown_title')), [lang]);
  if (state.kind === 'loading') return <LoadingState lang={lang} />;
  if (state.kind === 'no-report') return <NoReportState lang={lang} />;
  if (state.kind === 'error')
    return <ErrorState lang={lang} message={state.message} onRetry={() => setAttempt(attempt + 1)} />;
  return (
    <main class="report-page">
      <Toolbar lang={lang} doc={state.doc} />
      <PrintableReport lang={lang} doc={state.doc} />
    </main>
  );
}
