// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../../src/report';
import { App } from '../../../src/ui/popup/app';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

const fake = vi.hoisted(() => {
  const listeners = new Set<ChangeListener>();
  const stored: Record<string, unknown> = {};
  const state: { reply: () => Promise<unknown> } = { reply: async () => null };
  const browser = {
    tabs: { query: vi.fn(async () => [{ id: 7 }]), create: vi.fn(async (_props: { url: string }) => ({})) },
    runtime: {
      getURL: vi.fn((path: string) => `chrome-extension://lens/${path}`),
      sendMessage: vi.fn((_message: unknown) => state.reply()),
      openOptionsPage: vi.fn(async () => undefined),
    },
    storage: {
      local: {
        // One key, a list of keys, or null for everything, as storage.get takes them.
        get: vi.fn(async (keys: string | string[] | null) =>
          keys === null
            ? { ...stored }
            : Object.fromEntries(
                [keys]
                  .flat()
                  .filter((k) => k in stored)
                  .map((k) => [k, stored[k]]),
              ),
        ),
        set: vi.fn(async (items: Record<string, unknown>) => {
          Object.assign(stored, items);
        }),
      },
      onChanged: {
        addListener: vi.fn((listener: ChangeListener) => listeners.add(listener)),
        removeListener: vi.fn((listener: ChangeListener) => listeners.delete(listener)),
      },
    },
    i18n: { getUILanguage: vi.fn(() => 'en-US') },
  };
  return { browser, listeners, stored, state };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const root = join(__dirname, '../../..');
const sample: Report = JSON.parse(
  readFileSync(join(root, 'test/fixtures/reports/sample-report.json'), 'utf8'),
);

let container: HTMLElement;

function replyWith(report: Report | null) {
  fake.state.reply = async () => (report ? structuredClone(report) : null);
}

/** Lets the popup's async effects (role, tab, report) run to the end. */
async function settle() {
  for (let round = 0; round < 5; round++) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
}

async function renderApp(search = '') {
  await act(() => render(<App search={search} />, container));
  await settle();
}

function text(selector: string): string[] {
  return [...container.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');
}

function findingButton(title: string): HTMLButtonElement {
  const button = [...container.querySelectorAll<HTMLButtonElement>('.finding__toggle')].find((candidate) =>
    candidate.textContent?.includes(title),
  );
  if (!button) throw new Error(`no finding titled ${title}`);
  return button;
}

function panelOf(button: HTMLButtonElement): HTMLElement {
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('aria-controls points nowhere');
  return panel;
}

async function click(element: HTMLElement) {
  await act(() => element.click());
}

function withFinding(changes: Partial<Finding>, index = 0): Report {
  const report = structuredClone(sample);
  const finding = report.findings[index];
  if (!finding) throw new Error('sample has too few findings');
  Object.assign(finding, changes);
  return report;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  document.documentElement.lang = 'en';
  for (const key of Object.keys(fake.stored)) delete fake.stored[key];
  fake.listeners.clear();
  fake.browser.i18n.getUILanguage.mockReturnValue('en-US');
  vi.clearAllMocks();
  replyWith(sample);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup', () => {
  it('shows one overall traffic light with a text label', async () => {
    await renderApp();
    expect(text('.traffic-light__label')).toEqual(['Overall result: Problems found']);
    expect(container.querySelector('.traffic-light--red')).not.toBeNull();
    expect(text('.traffic-light__counts')).toEqual(['1 failed · 1 warnings · 2 not visible · 2 passed']);
  });

  it('lights amber, grey and green by the worst finding', async () => {
    const amber = structuredClone(sample);
    amber.findings = amber.findings.filter((finding) => finding.status !== 'fail');
    replyWith(amber);
    await renderApp();
    expect(text('.traffic-light__label')[0]).toContain('Some points need attention');

    render(null, container);
    const grey = structuredClone(amber);
    grey.findings = grey.findings.filter((finding) => finding.status !== 'warn');
    replyWith(grey);
    await renderApp();
    expect(text('.traffic-light__label')[0]).toContain('Incomplete');

    render(null, container);
    const green = structuredClone(grey);
    green.findings = green.findings.filter((finding) => finding.status !== 'unknown');
    replyWith(green);
    await renderApp();
    expect(text('.traffic-light__label')[0]).toContain('No problems seen');
  });

  it('shows the client, operator and phase in the header', async () => {
    await renderApp();
    expect(text('.report-header__client')).toEqual(['Zoom']);
    expect(text('.report-header__operator')[0]).toContain('Zoom Video Communications, Inc.');
    expect(text('.report-header__phase')).toEqual(['Phase: In the meeting']);
    expect(container.querySelector('.tag')).toBeNull();
  });

  it('groups findings fail, warn, unknown, pass, each heading with icon and text', async () => {
    await renderApp();
    expect(text('.finding-group__heading')).toEqual([
      '✖ Failed (1)',
      '⚠ Warnings (1)',
      '? Could not see — check by hand (2)',
      '✔ Passed (2)',
    ]);
  });

  it('hides not-applicable findings behind a toggle', async () => {
    replyWith(withFinding({ status: 'not-applicable', title: 'Live stream not relevant' }, 5));
    await renderApp();
    const toggle = [
      ...container.querySelectorAll<HTMLButtonElement>('.finding-group--not-applicable button'),
    ][0];
    if (!toggle) throw new Error('no toggle');
    expect(toggle.textContent).toBe('Show not applicable (1)');
    expect(panelOf(toggle).hidden).toBe(true);
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panelOf(toggle).textContent).toContain('Live stream not relevant');
  });

  it('expands a finding from the keyboard to show evidence, advice and sources', async () => {
    await renderApp();
    const button = findingButton('The meeting is being recorded');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panelOf(button).hidden).toBe(true);

    button.focus();
    expect(document.activeElement).toBe(button);
    // A focused <button> turns Enter into a click in browsers; happy-dom does not, so the click stands in.
    await act(() => {
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      button.click();
    });

    const panel = panelOf(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(text('.evidence__name')).toEqual(['Recording']);
    expect(panel.textContent).toContain('Source: zoom: [aria-label="Recording"] indicator');
    expect(panel.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-26T14:04:12.000Z');
    expect(panel.textContent).toContain('What you can do (Participant)');
    expect(panel.textContent).toContain('Ask the host why the meeting is recorded');
    expect(panel.textContent).toContain('Sources: DSK OH 2020 §3.4.8; Art. 6 GDPR');
  });

  it('switches the advice with the role and stores the role', async () => {
    await renderApp();
    await click(findingButton('The meeting is being recorded'));
    await click(findingButton('An AI assistant is active'));
    const hostRadio = container.querySelector<HTMLInputElement>('input[type=radio][value=host]');
    if (!hostRadio) throw new Error('no host radio');
    await click(hostRadio);
    await settle();

    expect(fake.browser.storage.local.set).toHaveBeenCalledWith({ 'settings.role': 'host' });
    const advice = text('.finding__advice');
    expect(advice[0]).toBe(
      'Announce the recording before it starts, state its purpose and legal basis, or stop it.',
    );
    // No host text for this finding: the report's default advice stands in.
    expect(advice[1]).toBe('Ask whether the AI summary is shared, and with whom.');
  });

  it('starts with the stored role', async () => {
    fake.stored['settings.role'] = 'organisation';
    await renderApp();
    expect(container.querySelector<HTMLInputElement>('input[value=organisation]')?.checked).toBe(true);
    await click(findingButton('An AI assistant is active'));
    expect(text('.finding__advice')).toEqual([
      'Check that your processor contract with Zoom covers AI features.',
    ]);
    // The report carries advice for every audience, so the request does not wait for the role; without
    // ?lang the background picks the language of advice.
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'get-report', tabId: 7 });
  });

  it("gives the host's advice on a settings page until someone chose a role", async () => {
    replyWith({ ...sample, phase: 'settings' });
    await renderApp();
    expect(container.querySelector<HTMLInputElement>('input[value=host]')?.checked).toBe(true);
    await click(findingButton('The meeting is being recorded'));
    expect(text('.finding__advice')[0]).toBe(
      'Announce the recording before it starts, state its purpose and legal basis, or stop it.',
    );
    render(null, container);
    fake.stored['settings.role'] = 'participant';
    await renderApp();
    expect(container.querySelector<HTMLInputElement>('input[value=participant]')?.checked).toBe(true);
  });

  it('shows no policy notice when nothing was ignored', async () => {
    await renderApp();
    expect(container.querySelector('.policy-notice')).toBeNull();
  });

  it('shows the ignored entries of the organisation policy', async () => {
    replyWith({
      ...sample,
      policy: { managed: true, errors: ['policy: "http://old.example.org" is not an https origin'] },
    });
    await renderApp();
    expect(text('.policy-notice li')).toEqual(['policy: "http://old.example.org" is not an https origin']);
  });

  it('renders German UI strings and sets lang="de"', async () => {
    replyWith({ ...sample, lang: 'de' });
    await renderApp('?lang=de');
    expect(document.documentElement.lang).toBe('de');
    expect(text('.traffic-light__label')).toEqual(['Gesamtergebnis: Probleme gefunden']);
    expect(text('.finding-group__heading')).toContain('? Nicht sichtbar — bitte selbst prüfen (2)');
    expect(text('.report-header__phase')).toEqual(['Phase: Im Meeting']);
    await click(findingButton('The meeting is being recorded'));
    expect(text('.finding__refs')).toEqual(['Quellen: DSK OH 2020 Abschn. 3.4.8; Art. 6 DSGVO']);
    expect(text('.evidence__name')).toEqual(['Aufzeichnung']);
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ lang: 'de' }));
  });

  it('follows the browser UI language without a lang parameter', async () => {
    fake.browser.i18n.getUILanguage.mockReturnValue('de-AT');
    replyWith(null);
    await renderApp();
    expect(document.documentElement.lang).toBe('de');
    expect(container.textContent).toContain('Öffnen Sie eine Meeting-Seite');
  });

  it('renders page strings as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const report = withFinding({ title: hostile, summary: hostile, advice: hostile, adviceByAudience: {} });
    report.network.hosts.push({
      host: hostile,
      party: 'unknown',
      owner: hostile,
      country: null,
      category: null,
      ips: [],
      serverCountries: [],
      telemetry: false,
    });
    replyWith(report);
    await renderApp();
    await click(findingButton(hostile));
    expect(container.querySelector('img')).toBeNull();
    expect(text('.finding__title')).toContain(hostile);
    expect(text('.finding__summary')).toEqual([hostile]);
    expect(text('.host__name')).toContain(hostile);
  });

  it('lists hosts grouped first, third, unknown with owner and country', async () => {
    await renderApp();
    expect(text('.network h3')).toEqual([
      'Meeting provider (first party) (2)',
      'Third parties (2)',
      'Unknown hosts (1)',
      'Audio and video go to (1)',
    ]);
    const tagManager = [...container.querySelectorAll('.host')].find((host) =>
      host.textContent?.includes('www.googletagmanager.com'),
    );
    expect(tagManager?.textContent).toContain('Google LLC · based in United States · analytics');
    expect(text('.host__details')).toContain('owner unknown · country unknown · category unknown');
    expect(tagManager?.textContent).toContain('Servers in Germany (142.250.185.72)');
    expect(text('.host__servers')).toContain('server location unknown');
    expect(text('.media')).toEqual(['a media server: 170.114.10.87 · United States']);
    expect(text('.data-source').join('\n')).toContain(
      'IP → country (@ip-location-db/geo-whois-asn-country@2.3.2026061719), as of 2026-06-17, licence: CC BY 4.0, Number Resource Organization (nro.net)',
    );
  });

  it('says why no server countries are claimed behind a proxy, in German too', async () => {
    const report = withFinding({});
    report.network.proxyReason = 'single-address';
    report.network.proxySuspected = true;
    replyWith({ ...report, lang: 'de' });
    await renderApp('?lang=de');
    expect(text('.network__proxy')[0]).toContain('Proxy');
  });

  it('asks again when session storage changes, and only then', async () => {
    const reportRequests = () =>
      fake.browser.runtime.sendMessage.mock.calls.filter(
        ([m]) => (m as { type: string }).type === 'get-report',
      ).length;
    await renderApp();
    expect(reportRequests()).toBe(1);
    await act(() => {
      for (const listener of fake.listeners) listener({ other: { newValue: 1 } }, 'local');
    });
    await settle();
    expect(reportRequests()).toBe(1);
    replyWith({ ...sample, phase: 'ended' });
    await act(() => {
      for (const listener of fake.listeners) listener({ tab: { newValue: 1 } }, 'session');
    });
    await settle();
    expect(reportRequests()).toBe(2);
    expect(text('.report-header__phase')).toEqual(['Phase: Meeting ended']);
  });

  it('uses the tabId parameter instead of the active tab', async () => {
    await renderApp('?tabId=42');
    expect(fake.browser.tabs.query).not.toHaveBeenCalled();
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ tabId: 42 }));
  });

  it('shows the empty state when there is no report', async () => {
    replyWith(null);
    await renderApp();
    expect(container.textContent).toContain('Open a meeting page; this tab shows no known meeting client.');
    expect(container.querySelector('.traffic-light')).toBeNull();
  });

  it('shows the error state when messaging fails, and retries', async () => {
    fake.state.reply = async () => {
      throw new Error('Could not establish connection.');
    };
    await renderApp();
    const alert = container.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('The extension could not get the report for this tab.');
    replyWith(sample);
    const retry = alert?.querySelector('button');
    if (!retry) throw new Error('no retry button');
    await click(retry);
    await settle();
    expect(container.querySelector('.traffic-light')).not.toBeNull();
  });

  it('copies the report as JSON and as escaped Markdown', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    replyWith(withFinding({ title: 'Recorded <b>now</b>' }));
    await renderApp();
    const [jsonButton, markdownButton] = [...container.querySelectorAll<HTMLButtonElement>('.export button')];
    if (!jsonButton || !markdownButton) throw new Error('no export buttons');

    await click(jsonButton);
    await settle();
    const json = writeText.mock.calls[0]?.[0] ?? '';
    expect(JSON.parse(json).findings[0].title).toBe('Recorded <b>now</b>');
    expect(text('.export__status')).toEqual(['Copied to the clipboard.']);

    await click(markdownButton);
    await settle();
    const markdown = writeText.mock.calls[1]?.[0] ?? '';
    expect(markdown).toContain('## Failed (1)');
    expect(markdown).toContain('### Recorded \\<b\\>now\\</b\\> (High)');
    expect(markdown).toContain('DSK OH 2020 §3.4.8; Art. 6 GDPR');
  });
});

describe('popup structure', () => {
  it('puts the summary first: overall light, one light per DSK area, then findings, then network', async () => {
    await renderApp();
    const order = [
      ...container.querySelectorAll('.traffic-light, .area-summary, .finding-groups, .network'),
    ].map((element) => element.className.split(' ')[0]);
    expect(order.slice(0, 3)).toEqual(['traffic-light', 'area-summary', 'finding-groups']);
    // The sample: a failed recording (transparency), E2EE not visible, waiting room and link fine (access).
    const areas = [...container.querySelectorAll<HTMLElement>('.area')].map((row) => [
      row.dataset.area,
      row.className.replace('area area--', ''),
    ]);
    expect(areas).toEqual(
      expect.arrayContaining([
        ['transparency', 'red'],
        ['transmission', 'grey'],
        ['access', 'green'],
      ]),
    );
    expect(text('.area__name')).toContain('Legal basis, transparency and recording');
  });

  it('shows the certainty of a finding as well established or derived', async () => {
    await renderApp();
    await click(findingButton('The meeting is being recorded'));
    expect(text('.finding__certainty')[0]).toMatch(/^Basis: (well established|derived) \([VSMD]\)$/);
  });

  it('keeps checklist answers per provider in storage.local', async () => {
    await renderApp();
    const details = container.querySelector<HTMLDetailsElement>('.checklist-section');
    if (!details) throw new Error('no checklist');
    expect(details.querySelector('summary')?.textContent).toBe('Checklist: what no page can show');
    const select = details.querySelector<HTMLSelectElement>('select');
    if (!select) throw new Error('no answer field');
    expect(details.querySelector(`label[for="${select.id}"]`)?.textContent).toContain('legal basis');
    await act(() => {
      select.value = 'yes';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const stored = fake.stored['checklist.answers'] as Record<string, Record<string, { answer: string }>>;
    expect(stored[sample.client?.id ?? '']?.['legal-basis']?.answer).toBe('yes');
    expect(text('.checklist-section [role="status"]')).toEqual(['Saved.']);
  });

  it('opens the printable report for the tab, language and role', async () => {
    await renderApp('?tabId=12&lang=en');
    const button = [...container.querySelectorAll<HTMLButtonElement>('.export button')].find((b) =>
      b.textContent?.includes('Printable'),
    );
    if (!button) throw new Error('no print button');
    await click(button);
    const url = new URL(fake.browser.tabs.create.mock.calls[0]?.[0].url ?? '');
    expect(url.pathname).toBe('/ui/report/report.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ tabId: '12', lang: 'en', role: 'participant' });
  });
});

describe('locale files', () => {
  const locales = ['en', 'de'].map((lang) => ({
    lang,
    messages: JSON.parse(readFileSync(join(root, `assets/_locales/${lang}/messages.json`), 'utf8')) as Record<
      string,
      { message?: unknown; description?: unknown }
    >,
  }));

  function uiSources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return uiSources(path);
      return /\.tsx?$/.test(entry.name) ? [path] : [];
    });
  }

  const usedKeys = new Set(
    uiSources(join(root, 'src/ui')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'(ui_[A-Za-z0-9_]+)'/g)].map((match) => match[1] ?? ''),
    ),
  );

  it('finds the keys the UI uses', () => {
    expect(usedKeys.size).toBeGreaterThan(50);
  });

  it.each(locales)('$lang has every ui_ key the UI uses, with message and description', ({ messages }) => {
    const missing = [...usedKeys].filter((key) => typeof messages[key]?.message !== 'string');
    const undescribed = [...usedKeys].filter((key) => typeof messages[key]?.description !== 'string');
    expect(missing).toEqual([]);
    expect(undescribed).toEqual([]);
  });

  it('de and en have the same ui_ keys', () => {
    const [en, de] = locales.map(({ messages }) =>
      Object.keys(messages)
        .filter((key) => key.startsWith('ui_'))
        .sort(),
    );
    expect(de).toEqual(en);
  });
});

describe("popup: the organisation's policy", () => {
  it('links the organisation guidance in every finding and names a changed severity', async () => {
    const report = withFinding({ severity: 'low', defaultSeverity: 'high' });
    report.policy = {
      managed: true,
      errors: [],
      organisationName: 'Example Org',
      helpUrl: 'https://intranet.example.org/meetings',
    };
    replyWith(report);
    await renderApp();
    const first = report.findings[0];
    if (!first) throw new Error('sample has no findings');
    await click(findingButton(first.title));
    const panel = panelOf(findingButton(first.title));
    const link = panel.querySelector<HTMLAnchorElement>('.finding__help a');
    expect(link?.textContent).toBe('Guidance from Example Org');
    expect(link?.getAttribute('href')).toBe('https://intranet.example.org/meetings');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(panel.querySelector('.finding__override')?.textContent).toBe(
      'Severity set by your organisation (the rule says: High).',
    );
  });

  it('shows no help link without a policy', async () => {
    await renderApp();
    const first = sample.findings[0];
    if (!first) throw new Error('sample has no findings');
    await click(findingButton(first.title));
    expect(container.querySelector('.finding__help')).toBeNull();
  });
});
