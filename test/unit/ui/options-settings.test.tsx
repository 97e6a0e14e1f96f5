// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/ui/options/app';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

const fake = vi.hoisted(() => {
  const listeners = new Set<ChangeListener>();
  const local: Record<string, unknown> = {};
  const managed: Record<string, unknown> = {};
  const pick = (area: Record<string, unknown>, keys: string | string[] | null) =>
    keys === null
      ? structuredClone(area)
      : Object.fromEntries(
          [keys]
            .flat()
            .filter((key) => key in area)
            .map((key) => [key, structuredClone(area[key])]),
        );
  const notify = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const listener of listeners) listener(changes, area);
  };
  const noop = { addListener: vi.fn(), removeListener: vi.fn() };
  const browser = {
    storage: {
      local: {
        get: vi.fn(async (keys: string | string[] | null) => pick(local, keys)),
        set: vi.fn(async (items: Record<string, unknown>) => {
          Object.assign(local, structuredClone(items));
          notify(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])), 'local');
        }),
        remove: vi.fn(async (keys: string | string[]) => {
          for (const key of [keys].flat()) delete local[key];
          notify(Object.fromEntries([keys].flat().map((k) => [k, {}])), 'local');
        }),
      },
      managed: { get: vi.fn(async (keys: string | string[] | null) => pick(managed, keys)) },
      onChanged: {
        addListener: vi.fn((listener: ChangeListener) => listeners.add(listener)),
        removeListener: vi.fn((listener: ChangeListener) => listeners.delete(listener)),
      },
    },
    permissions: { contains: vi.fn(async () => false), onAdded: noop, onRemoved: noop },
    i18n: { getUILanguage: vi.fn(() => 'en-US') },
  };
  return { browser, listeners, local, managed, notify };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

let container: HTMLElement;

async function settle() {
  for (let round = 0; round < 8; round++) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
}

async function renderOptions(search = '?lang=en') {
  await act(() => render(<OptionsApp search={search} />, container));
  await settle();
}

function section(headingId: string): HTMLElement {
  const found = container.querySelector(`#${headingId}`)?.closest('section');
  if (!found) throw new Error(`no section ${headingId}`);
  return found as HTMLElement;
}

function input(scope: HTMLElement, selector: string): HTMLInputElement {
  const found = scope.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

async function click(element: HTMLElement) {
  await act(() => element.click());
  await settle();
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  for (const area of [fake.local, fake.managed]) for (const key of Object.keys(area)) delete area[key];
  fake.listeners.clear();
  vi.clearAllMocks();
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('options: the organisation section', () => {
  it('says so when no policy is installed', async () => {
    await renderOptions();
    expect(section('organisation-heading').textContent).toContain('No organisation policy is installed');
  });

  it('lists what the policy sets and every ignored entry with its reason', async () => {
    Object.assign(fake.managed, {
      organisationName: 'Example Org',
      approvedClients: ['jitsi-meet', 'skype'],
      ruleOverrides: { 'passcode-in-url': 'off', 'recording-announced': 'low' },
      lockedSettings: ['language'],
      language: 'de',
      colour: 'blue',
    });
    await renderOptions();
    const organisation = section('organisation-heading');
    expect(organisation.textContent).toContain('Example Org');
    expect(organisation.textContent).toContain('Jitsi Meet');
    expect(organisation.textContent).toContain('Passcode in the meeting link: switched off');
    expect([...organisation.querySelectorAll('.policy-issues li')].map((li) => li.textContent)).toEqual([
      'approvedClients[1] ("skype"): not a meeting service this extension knows',
      'colour: unknown key',
    ]);
  });

  it('follows a policy change at once (storage.onChanged, area managed)', async () => {
    await renderOptions();
    fake.managed.organisationName = 'Later Org';
    await act(() => fake.notify({ organisationName: { newValue: 'Later Org' } }, 'managed'));
    await settle();
    expect(section('organisation-heading').textContent).toContain('Later Org');
  });
});

describe('options: language and alerts', () => {
  it('saves the language of advice', async () => {
    await renderOptions();
    await click(input(section('language-heading'), 'input[value=de]'));
    expect(fake.local['settings.language']).toBe('de');
    expect(input(section('language-heading'), 'input[value=de]').checked).toBe(true);
  });

  it("shows the organisation's default as changeable and its locked value as fixed", async () => {
    Object.assign(fake.managed, { language: 'de', alerts: { banner: true }, lockedSettings: ['alerts'] });
    await renderOptions();
    const language = section('language-heading');
    expect(input(language, 'input[value=de]').checked).toBe(true);
    expect(input(language, 'fieldset').disabled).toBe(false);
    expect(language.textContent).toContain('Default from your organisation; you may change it.');
    const alerts = section('alerts-heading');
    const [notifications, banner] = [...alerts.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(banner?.checked).toBe(true);
    expect(banner?.disabled).toBe(true);
    // The policy locks only the switch it sets.
    expect(notifications?.disabled).toBe(false);
    expect(alerts.textContent).toContain('Set by your organisation');
  });

  it('turns an alert off', async () => {
    await renderOptions();
    const [notifications] = [...section('alerts-heading').querySelectorAll<HTMLInputElement>('input')];
    if (!notifications) throw new Error('no checkbox');
    await click(notifications);
    expect(fake.local['settings.alerts']).toEqual({ notifications: false });
  });

  it('disables the role the organisation enforces', async () => {
    Object.assign(fake.managed, { defaultRole: 'host', lockedSettings: ['defaultRole'] });
    fake.local['settings.role'] = 'participant';
    await renderOptions();
    const role = section('role-heading');
    expect(input(role, 'input[value=host]').checked).toBe(true);
    expect(input(role, 'fieldset').disabled).toBe(true);
    expect(role.textContent).toContain('Set by your organisation');
  });
});

describe('options: checklist answers', () => {
  const answers = {
    zoom: {
      'processor-contract': { answer: 'yes', answeredAt: '2026-11-20T10:00:00Z' },
      dpia: { answer: 'unsure', note: 'ask the DPO', answeredAt: '2026-11-20T10:00:00Z' },
    },
    'https://meet.example.org': { 'legal-basis': { answer: 'no', answeredAt: '2026-11-21T10:00:00Z' } },
    broken: 'not an object',
  };

  it('lists the stored answers per service and leaves out invalid entries', async () => {
    fake.local['checklist.answers'] = answers;
    await renderOptions();
    const checklist = section('checklist-heading');
    expect([...checklist.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Zoom',
      'https://meet.example.org',
    ]);
    // The question's title from the checklist's locale keys, not its id.
    expect(checklist.textContent).toContain('Is a complete processor contract (Art. 28 GDPR) in place');
    expect(checklist.textContent).toContain('ask the DPO');
  });

  it('changes an answer and keeps its note', async () => {
    fake.local['checklist.answers'] = answers;
    await renderOptions();
    const select = section('checklist-heading').querySelectorAll('select')[1];
    if (!select) throw new Error('no select');
    select.value = 'yes';
    await act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(fake.local['checklist.answers']).toMatchObject({
      zoom: { dpia: { answer: 'yes', note: 'ask the DPO' } },
    });
  });

  it('resets the answers of one service, then all', async () => {
    fake.local['checklist.answers'] = answers;
    await renderOptions();
    const resetZoom = [...section('checklist-heading').querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Zoom'),
    );
    if (!resetZoom) throw new Error('no reset button');
    await click(resetZoom);
    expect(Object.keys(fake.local['checklist.answers'] as object)).toEqual(['https://meet.example.org']);
    const resetAll = [...section('checklist-heading').querySelectorAll('button')].find(
      (b) => b.textContent === 'Reset all answers',
    );
    if (!resetAll) throw new Error('no reset-all button');
    await click(resetAll);
    expect(fake.local['checklist.answers']).toBeUndefined();
    expect(section('checklist-heading').textContent).toContain('No answers saved yet.');
  });
});

describe('options: import', () => {
  async function importFile(content: string) {
    const field = input(section('transfer-heading'), 'input[type=file]');
    Object.defineProperty(field, 'files', {
      value: [new File([content], 'settings.json')],
      configurable: true,
    });
    await act(() => {
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    return container.querySelector('#transfer-heading')?.closest('section')?.nextElementSibling?.textContent;
  }

  it('applies valid settings, skips locked and invalid ones and says so', async () => {
    Object.assign(fake.managed, { alerts: { banner: false }, lockedSettings: ['alerts'] });
    await renderOptions();
    const status = await importFile(
      JSON.stringify({
        format: 'meeting-privacy-lens/settings',
        version: 1,
        exportedAt: '2026-11-26T00:00:00Z',
        settings: { defaultRole: 'host', language: 'xx', alerts: { banner: true }, theme: 'dark' },
        checklist: { zoom: { dpia: { answer: 'yes', answeredAt: '2026-11-26T00:00:00Z' } } },
      }),
    );
    expect(fake.local['settings.role']).toBe('host');
    expect(fake.local['settings.language']).toBeUndefined();
    expect(fake.local['settings.alerts']).toBeUndefined();
    expect(fake.local['checklist.answers']).toEqual({
      zoom: { dpia: { answer: 'yes', answeredAt: '2026-11-26T00:00:00Z' } },
    });
    expect(status).toBe(
      'Imported 1 settings and 1 checklist answers. Not imported because your organisation sets them: alerts. Ignored as invalid: settings.language, settings.theme.',
    );
  });

  it('changes nothing for a file that is not a settings export', async () => {
    await renderOptions();
    expect(await importFile('{"hello": 1}')).toContain('holds no settings of Meeting Privacy Lens');
    expect(await importFile('not json')).toContain('holds no settings of Meeting Privacy Lens');
    expect(fake.browser.storage.local.set).not.toHaveBeenCalled();
  });
});
