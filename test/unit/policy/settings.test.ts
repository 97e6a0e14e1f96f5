import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManagedPolicy } from '../../../src/policy/schema';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { adviceLang, effectiveSettings, mergeSettings, readPolicy, saveUserSetting, SETTING_KEYS } =
  await import('../../../src/policy/settings');

let managed: Record<string, unknown> = {};

beforeEach(() => {
  fakeBrowser.reset();
  managed = {};
  Object.assign(fakeBrowser.storage, { managed: { get: vi.fn(async () => managed) } });
});

describe('merge: defaults ⊕ managed defaults ⊕ user ⊕ managed enforced', () => {
  it('uses the built-in defaults when nobody chose anything', () => {
    expect(mergeSettings({}, {})).toEqual({
      role: 'participant',
      language: 'auto',
      alerts: { notifications: true, banner: false },
      selfHostedInstances: [],
      source: {
        defaultRole: 'default',
        language: 'default',
        alerts: 'default',
        selfHostedInstances: 'default',
      },
      locked: [],
    });
  });

  it("takes the organisation's values as defaults the user may change", () => {
    const policy = { defaultRole: 'host', language: 'de', alerts: { banner: true } } as const;
    const unset = mergeSettings({}, policy);
    expect([unset.role, unset.language, unset.alerts]).toEqual([
      'host',
      'de',
      { notifications: true, banner: true },
    ]);
    expect(unset.source.defaultRole).toBe('organisation-default');
    const chosen = mergeSettings(
      { defaultRole: 'participant', language: 'en', alerts: { banner: false } },
      policy,
    );
    expect([chosen.role, chosen.language, chosen.alerts.banner]).toEqual(['participant', 'en', false]);
    expect(chosen.source).toMatchObject({ defaultRole: 'user', language: 'user', alerts: 'user' });
  });

  it('enforces locked values over the user choice', () => {
    const policy: ManagedPolicy = {
      defaultRole: 'organisation',
      alerts: { notifications: false },
      lockedSettings: ['defaultRole', 'alerts', 'language'],
    };
    const merged = mergeSettings(
      { defaultRole: 'participant', alerts: { notifications: true, banner: true } },
      policy,
    );
    expect(merged.role).toBe('organisation');
    // Only what the organisation sets is enforced; the banner choice stays the user's.
    expect(merged.alerts).toEqual({ notifications: false, banner: true });
    expect(merged.source).toMatchObject({
      defaultRole: 'organisation',
      alerts: 'organisation',
      language: 'default',
    });
    // A lock on a key the policy does not set has nothing to enforce.
    expect(merged.locked).toEqual(['defaultRole', 'alerts']);
  });

  it("joins the instance lists, or keeps only the organisation's when locked", () => {
    const user = { selfHostedInstances: ['https://own.example.org'] };
    const policy = { selfHostedInstances: ['https://org.example.org'] };
    expect(mergeSettings(user, policy).selfHostedInstances).toEqual([
      'https://org.example.org',
      'https://own.example.org',
    ]);
    expect(
      mergeSettings(user, { ...policy, lockedSettings: ['selfHostedInstances'] as const })
        .selfHostedInstances,
    ).toEqual(['https://org.example.org']);
  });
});

describe('effectiveSettings()', () => {
  it('reads storage.local and storage.managed and ignores invalid stored values', async () => {
    await fakeBrowser.storage.local.set({
      [SETTING_KEYS.defaultRole]: 'host',
      [SETTING_KEYS.language]: 'klingon',
      [SETTING_KEYS.alerts]: { banner: true },
      [SETTING_KEYS.selfHostedInstances]: ['https://own.example.org', 'http://old.example.org', 7],
    });
    managed = { language: 'de', approvedClients: ['zoom'], alerts: 'loud' };
    const settings = await effectiveSettings();
    expect(settings).toMatchObject({
      role: 'host',
      language: 'de',
      alerts: { notifications: true, banner: true },
    });
  });

  it('answers with the defaults when managed storage is unavailable (Firefox without policy)', async () => {
    Object.assign(fakeBrowser.storage, {
      managed: { get: vi.fn(async () => Promise.reject(new Error('no'))) },
    });
    expect((await effectiveSettings()).role).toBe('participant');
  });

  it('does not save a setting the organisation locked', async () => {
    managed = { defaultRole: 'host', lockedSettings: ['defaultRole'] };
    expect(await saveUserSetting('defaultRole', 'participant')).toBe(false);
    expect(await saveUserSetting('language', 'de')).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [SETTING_KEYS.language]: 'de' });
    expect(await saveUserSetting('language', undefined)).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('language of advice', () => {
  it.each([
    ['auto', 'de-DE', 'de'],
    ['auto', 'fr', 'en'],
    ['en', 'de-DE', 'en'],
    ['de', 'en-US', 'de'],
  ] as const)('%s with browser %s → %s', (choice, browserLang, lang) => {
    expect(adviceLang(choice, browserLang)).toBe(lang);
  });
});

describe('a slow storage.managed', () => {
  it('does not hold a report up: the policy is "pending", and a late answer serves the next read', async () => {
    let deliver: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.fn(() => new Promise<Record<string, unknown>>((resolve) => (deliver = resolve)));
    Object.assign(fakeBrowser.storage, { managed: { get } });
    const first = await readPolicy(20);
    expect(first).toMatchObject({ managed: false, pending: true, policy: {} });
    // The wait is shared: a read already out for longer than the wait does not hold the next caller up.
    const started = Date.now();
    expect(await readPolicy(20)).toMatchObject({ pending: true });
    expect(Date.now() - started).toBeLessThan(15);
    // A later read reuses the one still out instead of queueing another.
    const second = readPolicy(60_000);
    deliver({ organisationName: 'Muster GmbH' });
    expect(await second).toMatchObject({ managed: true, policy: { organisationName: 'Muster GmbH' } });
    expect((await second).pending).toBeUndefined();
    expect(get).toHaveBeenCalledTimes(1);
  });
});
