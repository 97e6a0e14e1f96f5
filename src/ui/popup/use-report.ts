import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../../i18n';
import { requestInspection, requestReport } from '../../messages';
import { SETTING_KEYS } from '../../policy/settings';
import type { Report } from '../../report';

export type ReportState =
  | { kind: 'loading' }
  | { kind: 'no-report' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; report: Report; tabId: number };

/** `?tabId=N` lets the report page and tests point the popup at a given tab. */
async function findTabId(search: string): Promise<number | null> {
  const requested = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(requested) && requested >= 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** `?lang=de|en` asks for a language; without it the background uses the language-of-advice setting. */
function requestedLang(search: string): Lang | undefined {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'de' || lang === 'en' ? lang : undefined;
}

async function fetchReportState(search: string): Promise<ReportState> {
  try {
    const tabId = await findTabId(search);
    // No role in the request: the report carries advice for every audience, so the stored role can load
    // at the same time instead of before it.
    if (tabId === null) return { kind: 'no-report' };
    const report = await requestReport(tabId, requestedLang(search));
    return report ? { kind: 'ready', report, tabId } : { kind: 'no-report' };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The report for the tab, asked again whenever the background stores new tab evidence
 * (storage.session). The shown report stays until a newer answer replaces it, so updates do not flicker.
 */
export function useReport(search: string): [ReportState, () => void] {
  const [state, setState] = useState<ReportState>({ kind: 'loading' });
  const reload = useRef<() => void>(() => undefined);

  useEffect(() => {
    let latestRequest = 0;
    let disposed = false;
    const load = async () => {
      const request = ++latestRequest;
      const next = await fetchReportState(search);
      if (!disposed && request === latestRequest) setState(next);
    };
    // New tab evidence, another language of advice or a changed managed policy: the report differs.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      const languageChanged = area === 'local' && SETTING_KEYS.language in changes;
      if (area === 'session' || area === 'managed' || languageChanged) void load();
    };
    reload.current = () => void load();
    void load();
    // Opening the popup grants activeTab: a page on an unlisted host (self-hosted instance, unknown
    // WebRTC app) is looked at once now; its report then arrives through storage.onChanged.
    void findTabId(search)
      .then((tabId) => tabId !== null && requestInspection(tabId))
      .catch(() => false);
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [search]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    reload.current();
  }, []);

  return [state, retry];
}
