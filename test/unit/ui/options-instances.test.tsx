// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/ui/options/app';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
type PermissionListener = (permissions: { origins?: string[] }) => void;

const fake = vi.hoisted(() => {
  const storageListeners = new Set<ChangeListener>();
  const addedListeners = new Set<PermissionListener>();
  const removedListeners = new Set<PermissionListener>();
  const local: Record<string, unknown> = {};
  const managed: Record<string, unknown> = {};
  const granted = new Set<string>();
  const state = { grant: true };
  const pick = (area: Record<string, unknown>, key: string) => (key in area ? { [key]: area[key] } : {});
  const browser = {
    storage: {
      local: {
        get: vi.fn(async (key: string) => pick(local, key)),
        set: vi.fn(async (items: Record<string, unknown>) => {
          Object.assign(local, items);
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
          for (const listener of storageListeners) listener(changes, 'local');
        }),
      },
      managed: { get: vi.fn(async (key: string) => pick(managed, key)) },
      onChanged: {
        addListener: vi.fn((listener: ChangeListener) => storageListeners.add(listener)),
        removeListener: vi.fn((listener: ChangeListener) => storageListeners.delete(listener)),
      },
    },
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        if (!state.grant) return false;
        for (const origin of origins) granted.add(origin);
        return true;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        for (const origin of origins) granted.delete(origin);
        return true;
      }),
      onAdded: {
        addListener: vi.fn((listener: PermissionListener) => addedListeners.add(listener)),
        removeListener: vi.fn((listener: PermissionListener) => addedListeners.delete(listener)),
      },
      onRemoved: {
        addListener: vi.fn((listener: PermissionListener) => removedListeners.add(listener)),
        removeListener: vi.fn((listener: PermissionListener) => removedListeners.delete(listener)),
      },
    },
    i18n: { getUILanguage: vi.fn(() => 'en-US') },
  };
  return { browser, storageListeners, addedListeners, removedListeners, local, managed, granted, state };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const root = join(__dirname, '../../..');
let container: HTMLElement;

async function settle() {
  for (let round = 0; round < 6; round++) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
}

async function renderOptions(search = '') {
  await act(() => render(<OptionsApp search={search} />, container));
  await settle();
}

function section(): HTMLElement {
  const heading = container.querySelector('#instances-heading');
  const found = heading?.closest('section');
  if (!found) throw new Error('no instances section');
  return found;
}

function input(): HTMLInputElement {
  const field = section().querySelector<HTMLInputElement>('input[type=text]');
  if (!field) throw new Error('no address field');
  return field;
}

/** Types the address and submits the form the way the Add button does, without settling. */
function submitAddress(value: string) {
  const field = input();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  const form = field.form;
  if (!form) throw new Error('field outside a form');
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

async function add(value: string) {
  await act(() => submitAddress(value));
  await settle();
}

function text(selector: string): string[] {
  return [...section().querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');
}

function status(): string {
  return section().querySelector('[role=status]')?.textContent?.trim() ?? '';
}

function item(origin: string, kind: 'user' | 'policy'): HTMLElement {
  const found = [...section().querySelectorAll<HTMLElement>(`.instance--${kind}`)].find(
    (candidate) => candidate.querySelector('.instance__origin')?.textContent === origin,
  );
  if (!found) throw new Error(`no ${kind} entry for ${origin}`);
  return found;
}

function button(scope: HTMLElement, label: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    candidate.textContent?.startsWith(label),
  );
  if (!found) throw new Error(`no button ${label}`);
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
  fake.granted.clear();
  fake.state.grant = true;
  fake.storageListeners.clear();
  fake.addedListeners.clear();
  fake.removedListeners.clear();
  vi.clearAllMocks();
  fake.browser.i18n.getUILanguage.mockReturnValue('en-US');
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('options: self-hosted instances', () => {
  it('explains the setting and ties the label to the address field', async () => {
    await renderOptions();
    expect(section().textContent).toContain('Nextcloud Talk or OpenTalk on your own server');
    const label = section().querySelector('label');
    expect(label?.textContent).toBe('Instance address');
    expect(label?.getAttribute('for')).toBe(input().id);
    expect(input().placeholder).toBe('https://meet.example.org');
    expect(section().querySelector('[role=status]')?.getAttribute('aria-live')).toBe('polite');
    expect(text('.muted')).toContain('No instances added yet.');
  });

  it('requests the permission within the submit, stores the origin and clears the field', async () => {
    fake.local['settings.instances'] = ['https://bbb.example.org'];
    await renderOptions();
    await act(() => {
      submitAddress('  meet.example.org/room/42 ');
      // Nothing may be awaited before the request, or the browser drops the user gesture.
      expect(fake.browser.permissions.request).toHaveBeenCalledWith({
        origins: ['https://meet.example.org/*'],
      });
    });
    await settle();
    expect(fake.local['settings.instances']).toEqual(['https://bbb.example.org', 'https://meet.example.org']);
    expect(input().value).toBe('');
    expect(status()).toBe('Added https://meet.example.org; it is now checked automatically.');
    expect(item('https://meet.example.org', 'user').textContent).toContain('access granted');
    expect(item('https://bbb.example.org', 'user').textContent).toContain('access missing');
  });

  it('rejects an invalid address with an inline alert and stores nothing', async () => {
    await renderOptions();
    await add('http://meet.example.org');
    const alert = section().querySelector('[role=alert]');
    expect(alert?.textContent).toBe('Enter an https address such as https://meet.example.org.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe(alert?.id);
    expect(input().value).toBe('http://meet.example.org');
    expect(fake.browser.permissions.request).not.toHaveBeenCalled();
    expect(fake.browser.storage.local.set).not.toHaveBeenCalled();

    await add('https://meet.example.org');
    expect(section().querySelector('[role=alert]')).toBeNull();
  });

  it('stores nothing and says so when access is refused', async () => {
    fake.state.grant = false;
    await renderOptions();
    await add('https://meet.example.org');
    expect(fake.browser.permissions.request).toHaveBeenCalledOnce();
    expect(fake.browser.storage.local.set).not.toHaveBeenCalled();
    expect(status()).toBe('Access was not granted; the instance was not added.');
    expect(input().value).toBe('https://meet.example.org');
  });

  it('reports duplicates of the own and the organisation list without asking again', async () => {
    fake.local['settings.instances'] = ['https://meet.example.org'];
    fake.managed.selfHostedInstances = ['https://talk.example.com'];
    await renderOptions();
    await add('https://MEET.example.org/');
    expect(status()).toBe('https://meet.example.org is already listed.');
    await add('talk.example.com');
    expect(status()).toBe('https://talk.example.com is already listed by your organisation.');
    expect(fake.browser.permissions.request).not.toHaveBeenCalled();
    expect(fake.browser.storage.local.set).not.toHaveBeenCalled();
  });

  it('removes an entry from storage and gives the permission back', async () => {
    fake.local['settings.instances'] = ['https://a.example.org', 'https://b.example.org'];
    fake.granted.add('https://a.example.org/*');
    await renderOptions();
    await click(button(item('https://a.example.org', 'user'), 'Remove'));
    expect(fake.local['settings.instances']).toEqual(['https://b.example.org']);
    expect(fake.browser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://a.example.org/*'] });
    expect(status()).toBe('Removed https://a.example.org.');
    expect(text('.instance--user .instance__origin')).toEqual(['https://b.example.org']);
  });

  it('still removes the entry when giving the permission back fails', async () => {
    fake.local['settings.instances'] = ['https://a.example.org'];
    fake.browser.permissions.remove.mockRejectedValueOnce(new Error('required permission'));
    await renderOptions();
    await click(button(item('https://a.example.org', 'user'), 'Remove'));
    expect(fake.local['settings.instances']).toEqual([]);
    expect(text('.muted')).toContain('No instances added yet.');
  });

  it('grants missing access from the list', async () => {
    fake.local['settings.instances'] = ['https://a.example.org'];
    await renderOptions();
    await click(button(item('https://a.example.org', 'user'), 'Grant access'));
    expect(fake.browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://a.example.org/*'] });
    expect(item('https://a.example.org', 'user').textContent).toContain('access granted');
    expect(status()).toBe('Access to https://a.example.org granted.');
  });

  it("lists the organisation's instances read-only with a marker and access state", async () => {
    fake.managed.selfHostedInstances = ['https://talk.example.com', 'https://jitsi.example.net'];
    fake.granted.add('https://talk.example.com/*');
    await renderOptions();
    const talk = item('https://talk.example.com', 'policy');
    expect(talk.querySelector('.tag')?.textContent).toBe('set by your organisation');
    expect(talk.textContent).toContain('access granted');
    expect(() => button(talk, 'Remove')).toThrow();
    const jitsi = item('https://jitsi.example.net', 'policy');
    expect(jitsi.textContent).toContain('access missing');
    await click(button(jitsi, 'Grant access'));
    expect(fake.browser.permissions.request).toHaveBeenCalledWith({
      origins: ['https://jitsi.example.net/*'],
    });
    expect(item('https://jitsi.example.net', 'policy').textContent).toContain('access granted');
  });

  it('keeps the permission when removing an origin the organisation also lists', async () => {
    fake.local['settings.instances'] = ['https://talk.example.com'];
    fake.managed.selfHostedInstances = ['https://talk.example.com'];
    await renderOptions();
    await click(button(item('https://talk.example.com', 'user'), 'Remove'));
    expect(fake.local['settings.instances']).toEqual([]);
    expect(fake.browser.permissions.remove).not.toHaveBeenCalled();
  });

  it("shows the policy's ignored entries in a notice", async () => {
    fake.managed.selfHostedInstances = ['https://talk.example.com', 'http://insecure.example.com'];
    await renderOptions();
    const notice = section().querySelector('.notice');
    expect(notice?.textContent).toContain("Some entries of your organisation's policy were ignored:");
    expect(notice?.textContent).toContain('"http://insecure.example.com" is not an https origin');
    expect(text('.instance--policy .instance__origin')).toEqual(['https://talk.example.com']);
  });

  it('follows storage and permission changes made elsewhere', async () => {
    await renderOptions();
    fake.managed.selfHostedInstances = ['https://talk.example.com'];
    await act(() => {
      for (const listener of fake.storageListeners)
        listener({ selfHostedInstances: { newValue: fake.managed.selfHostedInstances } }, 'managed');
    });
    await settle();
    expect(item('https://talk.example.com', 'policy').textContent).toContain('access missing');

    fake.granted.add('https://talk.example.com/*');
    await act(() => {
      for (const listener of fake.addedListeners) listener({ origins: ['https://talk.example.com/*'] });
    });
    await settle();
    expect(item('https://talk.example.com', 'policy').textContent).toContain('access granted');

    fake.local['settings.instances'] = ['https://a.example.org'];
    await act(() => {
      for (const listener of fake.storageListeners)
        listener({ 'settings.instances': { newValue: ['https://a.example.org'] } }, 'local');
    });
    await settle();
    expect(text('.instance--user .instance__origin')).toEqual(['https://a.example.org']);
  });

  it('renders in German', async () => {
    fake.local['settings.instances'] = ['https://a.example.org'];
    fake.managed.selfHostedInstances = ['https://talk.example.com', 'nope'];
    await renderOptions('?lang=de');
    expect(document.documentElement.lang).toBe('de');
    expect(text('h2')).toEqual(['Selbst betriebene Meeting-Instanzen']);
    expect(section().querySelector('label')?.textContent).toBe('Adresse der Instanz');
    expect(item('https://a.example.org', 'user').textContent).toContain('Zugriff fehlt');
    expect(() => button(item('https://a.example.org', 'user'), 'Entfernen')).not.toThrow();
    expect(item('https://talk.example.com', 'policy').textContent).toContain(
      'von Ihrer Organisation festgelegt',
    );
    expect(section().querySelector('.notice')?.textContent).toContain(
      'Einige Einträge der Richtlinie Ihrer Organisation wurden ignoriert:',
    );
    await add('ftp://x');
    expect(section().querySelector('[role=alert]')?.textContent).toBe(
      'Geben Sie eine https-Adresse ein, etwa https://meet.example.org.',
    );
    fake.state.grant = false;
    await add('https://b.example.org');
    expect(status()).toBe('Der Zugriff wurde nicht erlaubt; die Instanz wurde nicht hinzugefügt.');
  });
});

describe('options locale keys', () => {
  const dir = join(root, 'src/ui/options');
  const used = new Set(
    readdirSync(dir)
      .filter((name) => /\.tsx?$/.test(name))
      .flatMap((name) =>
        [...readFileSync(join(dir, name), 'utf8').matchAll(/'(ui_[A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? ''),
      ),
  );

  it.each(['en', 'de'])('%s has every ui_ key the options page uses', (lang) => {
    const messages = JSON.parse(
      readFileSync(join(root, `assets/_locales/${lang}/messages.json`), 'utf8'),
    ) as Record<string, { message?: unknown }>;
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => typeof messages[key]?.message !== 'string')).toEqual([]);
  });
});

describe('options: live alerts', () => {
  function alertsSection(): HTMLElement {
    const found = container.querySelector('#alerts-heading')?.closest('section');
    if (!found) throw new Error('no alerts section');
    return found as HTMLElement;
  }

  function checkbox(name: string): HTMLInputElement {
    const box = alertsSection().querySelector<HTMLInputElement>(`input[name=${name}]`);
    if (!box) throw new Error(`no ${name} checkbox`);
    return box;
  }

  it('shows notifications on and the banner off by default, each a labelled checkbox', async () => {
    await renderOptions();
    expect(checkbox('notifications').checked).toBe(true);
    expect(checkbox('banner').checked).toBe(false);
    expect(checkbox('banner').closest('label')?.textContent).toContain('banner in the meeting page');
  });

  it('stores the choice in storage.local under settings.alerts', async () => {
    await renderOptions();
    await click(checkbox('notifications'));
    expect(fake.local['settings.alerts']).toEqual({ notifications: false, banner: false });
    await click(checkbox('banner'));
    expect(fake.local['settings.alerts']).toEqual({ notifications: false, banner: true });
    expect(alertsSection().querySelector('[role=status]')?.textContent).toBe('Saved.');
  });
});
