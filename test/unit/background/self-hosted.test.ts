import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { originPattern, syncRegistrations, inspectTab } = await import('../../../src/background/self-hosted');
const { parseInstances, policyInstances, toInstanceOrigin, instanceOrigins, USER_INSTANCES_KEY } =
  await import('../../../src/policy/instances');

type Registration = { id: string; matches: string[]; js: string[]; world?: string };
let registered: Registration[] = [];
let granted = new Set<string>();

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = new Set();
  // fake-browser leaves permissions and scripting unmocked: model just what the code relies on.
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async () => registered),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    }),
    registerContentScripts: vi.fn(async (scripts: Registration[]) => {
      registered.push(...scripts);
    }),
    executeScript: vi.fn(async () => []),
  });
  Object.assign(fakeBrowser.storage, { managed: { get: vi.fn(async () => ({})) } });
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
});

describe('instance origins', () => {
  it.each([
    ['https://bbb.example.org', 'https://bbb.example.org'],
    ['bbb.example.org', 'https://bbb.example.org'],
    ['https://bbb.example.org/b/room-1?x=1', 'https://bbb.example.org'],
    ['https://meet.example.org:8443', 'https://meet.example.org:8443'],
    ['http://bbb.example.org', null],
    ['https://*.example.org', null],
    ['localhost', null],
    ['not a url at all', null],
  ])('%s → %s', (input, origin) => {
    expect(toInstanceOrigin(input)).toBe(origin);
  });

  it('keeps valid entries of a list and reports the rest', () => {
    expect(parseInstances(['https://a.example.org', 'ftp://x', 'https://a.example.org'], 'policy')).toEqual({
      origins: ['https://a.example.org'],
      errors: ['policy: "ftp://x" is not an https origin'],
    });
    expect(parseInstances('https://a.example.org', 'policy').errors).toHaveLength(1);
  });

  it("joins the organisation's and the user's lists", async () => {
    await fakeBrowser.storage.local.set({ [USER_INSTANCES_KEY]: ['https://user.example.org'] });
    Object.assign(fakeBrowser.storage, {
      managed: { get: vi.fn(async () => ({ selfHostedInstances: [42] })) },
    });
    // A bad entry is dropped on its own; it does not take the rest of the list with it.
    expect(await instanceOrigins()).toEqual(['https://user.example.org']);
    Object.assign(fakeBrowser.storage, {
      managed: { get: vi.fn(async () => ({ selfHostedInstances: ['https://org.example.org'] })) },
    });
    expect(await instanceOrigins()).toEqual(['https://org.example.org', 'https://user.example.org']);
  });
});

describe("the organisation's instances", () => {
  it('keeps the valid ones and words what was ignored', async () => {
    expect(await policyInstances()).toEqual({ origins: [], errors: [], locked: false });
    Object.assign(fakeBrowser.storage, {
      managed: {
        get: vi.fn(async () => ({
          selfHostedInstances: ['https://org.example.org', 'http://old.example.org'],
          lockedSettings: ['selfHostedInstances'],
        })),
      },
    });
    expect(await policyInstances()).toEqual({
      origins: ['https://org.example.org'],
      errors: [
        'selfHostedInstances[1] ("http://old.example.org"): not an https origin (https://host or https://host:port)',
      ],
      locked: true,
    });
  });

  it("leaves out the user's own instances when the organisation locked the list", async () => {
    await fakeBrowser.storage.local.set({ [USER_INSTANCES_KEY]: ['https://user.example.org'] });
    Object.assign(fakeBrowser.storage, {
      managed: {
        get: vi.fn(async () => ({
          selfHostedInstances: ['https://org.example.org'],
          lockedSettings: ['selfHostedInstances'],
        })),
      },
    });
    expect(await instanceOrigins()).toEqual(['https://org.example.org']);
  });
});

describe('registration of content scripts for instances', () => {
  it('registers both scripts only for origins with granted access', async () => {
    await fakeBrowser.storage.local.set({
      [USER_INSTANCES_KEY]: ['https://bbb.example.org', 'https://talk.example.org'],
    });
    granted.add(originPattern('https://bbb.example.org'));
    expect(await syncRegistrations()).toEqual(['https://bbb.example.org/*']);
    expect(registered.map((r) => [r.id, r.matches, r.js, r.world ?? 'ISOLATED'])).toEqual([
      ['self-hosted-main', ['https://bbb.example.org/*'], ['page-world.js'], 'MAIN'],
      ['self-hosted-isolated', ['https://bbb.example.org/*'], ['content.js'], 'ISOLATED'],
    ]);
  });

  it('replaces earlier registrations and removes them when nothing is left', async () => {
    await fakeBrowser.storage.local.set({ [USER_INSTANCES_KEY]: ['https://bbb.example.org'] });
    granted.add(originPattern('https://bbb.example.org'));
    await syncRegistrations();
    await syncRegistrations();
    expect(registered).toHaveLength(2);
    granted.clear();
    expect(await syncRegistrations()).toEqual([]);
    expect(registered).toEqual([]);
  });

  it('injects into a tab on demand and says so when that is not allowed', async () => {
    expect(await inspectTab(3)).toBe(true);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 3, allFrames: true }, files: ['content.js'] }),
    );
    Object.assign(fakeBrowser.scripting, {
      executeScript: vi.fn(async () => Promise.reject(new Error('no access'))),
    });
    expect(await inspectTab(3)).toBe(false);
  });
});
