/**
 * Settings as they apply: built-in defaults ⊕ the organisation's managed defaults ⊕ the user's choices
 * ⊕ the organisation's enforced values. A managed value of a user setting is a default the user may
 * change, unless the policy lists the key in `lockedSettings`; then it is enforced.
 *
 * `effectiveSettings()` is the one place other parts (popup, options page, background, live alerts)
 * read settings from. User choices live in storage.local under `settings.*`; the policy in
 * storage.managed. Both are validated; an invalid stored value counts as not set.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { type Lang, toLang } from '../i18n';
import { AUDIENCES, type Audience } from '../report';
import { type ParsedPolicy, parsePolicy } from './parse';
import {
  AlertsSchema,
  LANGUAGE_CHOICES,
  type LanguageChoice,
  type LockableSetting,
  type ManagedPolicy,
  OriginSchema,
} from './schema';

/** storage.local keys of the user's settings. */
export const SETTING_KEYS = {
  defaultRole: 'settings.role',
  language: 'settings.language',
  alerts: 'settings.alerts',
  selfHostedInstances: 'settings.instances',
} as const satisfies Record<LockableSetting, string>;

export interface AlertSettings {
  /** A system notification when recording, transcription, AI notes, streaming or a notetaker starts. */
  notifications: boolean;
  /** A small in-page banner (closed shadow root) for the same events. */
  banner: boolean;
}

export interface UserSettings {
  defaultRole?: Audience;
  language?: LanguageChoice;
  alerts?: Partial<AlertSettings>;
  selfHostedInstances?: string[];
}

/** Where a setting's value came from, for the options page ("set by your organisation"). */
export type SettingSource = 'default' | 'organisation-default' | 'user' | 'organisation';

export interface EffectiveSettings {
  role: Audience;
  language: LanguageChoice;
  alerts: AlertSettings;
  /** The organisation's instances, plus the user's own unless the organisation locked the list. */
  selfHostedInstances: string[];
  source: Record<LockableSetting, SettingSource>;
  locked: LockableSetting[];
}

export const DEFAULT_SETTINGS = {
  role: 'participant' as Audience,
  language: 'auto' as LanguageChoice,
  alerts: { notifications: true, banner: false } as AlertSettings,
};

export interface PolicyState extends ParsedPolicy {
  /** Whether storage.managed holds anything at all. */
  managed: boolean;
  /** The browser has not delivered the managed storage yet; the policy is unknown, not empty. */
  pending?: boolean;
}

/**
 * How long a report waits for storage.managed. Chromium answers the first read after a browser start
 * only once its policy service has loaded extension policies, which took 2–60 s in tests; a report
 * must not wait that long. A late answer is picked up by the next report (and the background redoes its
 * badges and pokes the open popups when it arrives).
 */
export const MANAGED_WAIT_MS = 100;

let pendingRead: Promise<Record<string, unknown>> | null = null;
let pendingSince = 0;

function managedRead(): Promise<Record<string, unknown>> {
  if (pendingRead === null) {
    pendingSince = Date.now();
    // No managed storage: Firefox rejects when no policy is installed, Chrome answers `{}`; where the
    // area does not exist at all the call throws at once.
    const read = Promise.resolve()
      .then(() => browser.storage.managed.get(null))
      .catch(() => ({}))
      .finally(() => {
        if (pendingRead === read) pendingRead = null;
      });
    pendingRead = read;
  }
  return pendingRead;
}

const LATE = Symbol('late');

/** Settles when the managed read now out has answered (at once when none is out). */
export function policyReadSettled(): Promise<void> {
  return pendingRead ? pendingRead.then(() => undefined) : Promise.resolve();
}

/**
 * The organisation's policy as validated now; none installed is an empty, valid policy. Read fresh
 * each time so that changes apply; `pending` says the browser has not delivered it yet.
 */
export async function readPolicy(waitMs = MANAGED_WAIT_MS): Promise<PolicyState> {
  const read = managedRead();
  // Every caller shares one wait: a read already out for longer does not hold the next caller up.
  const remaining = Math.max(0, pendingSince + waitMs - Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), remaining);
  });
  const raw = await Promise.race([read, late]).finally(() => clearTimeout(timer));
  if (raw === LATE) return { managed: false, pending: true, ...parsePolicy({}) };
  const managed = typeof raw === 'object' && raw !== null && Object.keys(raw).length > 0;
  return { managed, ...parsePolicy(raw) };
}

/** How each stored user setting is validated. */
export const userSettingSchemas = {
  defaultRole: v.picklist(AUDIENCES),
  language: v.picklist(LANGUAGE_CHOICES),
  alerts: AlertsSchema,
  // One bad entry (an old or hand-edited list) must not take the user's other instances with it.
  selfHostedInstances: v.pipe(
    v.array(v.unknown()),
    v.transform((items) => [
      ...new Set(
        items.flatMap((item) => {
          const origin = v.safeParse(OriginSchema, item);
          return origin.success ? [origin.output] : [];
        }),
      ),
    ]),
  ),
};

/** The user's stored choices; a value that does not validate (an old or hand-edited one) is left out. */
export async function readUserSettings(): Promise<UserSettings> {
  const stored = await browser.storage.local.get(Object.values(SETTING_KEYS));
  const settings: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(SETTING_KEYS) as [LockableSetting, string][]) {
    if (stored[key] === undefined) continue;
    const parsed = v.safeParse(userSettingSchemas[name], stored[key]);
    if (parsed.success) settings[name] = parsed.output;
  }
  return settings as UserSettings;
}

function pick<T>(
  builtIn: T,
  user: T | undefined,
  managed: T | undefined,
  locked: boolean,
): [T, SettingSource] {
  if (locked && managed !== undefined) return [managed, 'organisation'];
  if (user !== undefined) return [user, 'user'];
  if (managed !== undefined) return [managed, 'organisation-default'];
  return [builtIn, 'default'];
}

/** Per alert kind: what the policy sets is a default, or enforced when `alerts` is locked. */
function mergeAlerts(
  user: UserSettings,
  policy: ManagedPolicy,
  locked: boolean,
): [AlertSettings, SettingSource] {
  const managed = policy.alerts ?? {};
  const own = user.alerts ?? {};
  const alerts = { ...DEFAULT_SETTINGS.alerts, ...managed, ...own, ...(locked ? managed : {}) };
  if (locked && policy.alerts) return [alerts, 'organisation'];
  if (Object.keys(own).length > 0) return [alerts, 'user'];
  return [alerts, policy.alerts ? 'organisation-default' : 'default'];
}

function mergeInstances(
  user: UserSettings,
  policy: ManagedPolicy,
  locked: boolean,
): [string[], SettingSource] {
  const managed = policy.selfHostedInstances;
  const own = locked && managed ? [] : (user.selfHostedInstances ?? []);
  const origins = [...new Set([...(managed ?? []), ...own])];
  if (locked && managed) return [origins, 'organisation'];
  if (own.length > 0) return [origins, 'user'];
  return [origins, managed ? 'organisation-default' : 'default'];
}

/** The merge itself, pure: defaults ⊕ managed defaults ⊕ user ⊕ managed enforced. */
export function mergeSettings(user: UserSettings, policy: ManagedPolicy): EffectiveSettings {
  // A lock without a managed value has nothing to enforce.
  const locked = [...new Set(policy.lockedSettings ?? [])].filter((name) => policy[name] !== undefined);
  const isLocked = (name: LockableSetting) => locked.includes(name);
  const [role, roleSource] = pick(
    DEFAULT_SETTINGS.role,
    user.defaultRole,
    policy.defaultRole,
    isLocked('defaultRole'),
  );
  const [language, languageSource] = pick(
    DEFAULT_SETTINGS.language,
    user.language,
    policy.language,
    isLocked('language'),
  );
  const [alerts, alertsSource] = mergeAlerts(user, policy, isLocked('alerts'));
  const [selfHostedInstances, instancesSource] = mergeInstances(
    user,
    policy,
    isLocked('selfHostedInstances'),
  );
  return {
    role,
    language,
    alerts,
    selfHostedInstances,
    source: {
      defaultRole: roleSource,
      language: languageSource,
      alerts: alertsSource,
      selfHostedInstances: instancesSource,
    },
    locked,
  };
}

/** The settings in effect now, for any part of the extension. */
export async function effectiveSettings(policy?: ManagedPolicy): Promise<EffectiveSettings> {
  const [user, managed] = await Promise.all([
    readUserSettings().catch(() => ({})),
    policy ? Promise.resolve(policy) : readPolicy().then((state) => state.policy),
  ]);
  return mergeSettings(user, managed);
}

/** The language advice is shown in: the setting, or the browser's language for `auto`. */
export function adviceLang(choice: LanguageChoice, browserLang: string): Lang {
  return choice === 'auto' ? toLang(browserLang) : choice;
}

/**
 * Saves one of the user's settings unless the organisation locked it. Returns whether it was saved.
 * `undefined` removes the choice, so the organisation's default or the built-in one applies again.
 */
export async function saveUserSetting<K extends LockableSetting>(
  name: K,
  value: UserSettings[K] | undefined,
): Promise<boolean> {
  const { policy } = await readPolicy();
  if (policy.lockedSettings?.includes(name) && policy[name] !== undefined) return false;
  if (value === undefined) await browser.storage.local.remove(SETTING_KEYS[name]);
  else await browser.storage.local.set({ [SETTING_KEYS[name]]: value });
  return true;
}
