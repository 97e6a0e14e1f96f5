/**
 * Whether live alerts show as system notifications and as an in-page banner. One function reads them,
 * so the organisation's managed policy (its `alerts` key) can be merged in at this one place. The user's
 * choice is stored as issue 6's settings store keeps it (`settings.alerts`, a partial object), so the
 * options page of either branch reads the same value.
 */
import browser from 'webextension-polyfill';

export const ALERT_SETTINGS_KEY = 'settings.alerts';

export interface AlertSettings {
  notifications: boolean;
  banner: boolean;
}

/** Notifications are on by default; the banner draws into the meeting page, so the user opts in. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = { notifications: true, banner: false };

function flag(raw: unknown, name: keyof AlertSettings): boolean | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as Record<string, unknown>)[name];
  return typeof value === 'boolean' ? value : undefined;
}

/** Defaults, then the user's stored choice, then enforced values (managed policy); bad entries are ignored. */
export function mergeAlertSettings(user: unknown, enforced?: Partial<AlertSettings>): AlertSettings {
  const result = { ...DEFAULT_ALERT_SETTINGS };
  for (const name of ['notifications', 'banner'] as const) {
    result[name] = enforced?.[name] ?? flag(user, name) ?? result[name];
  }
  return result;
}

export async function readAlertSettings(): Promise<AlertSettings> {
  const stored = await browser.storage.local.get(ALERT_SETTINGS_KEY);
  return mergeAlertSettings(stored[ALERT_SETTINGS_KEY]);
}

export async function saveAlertSettings(settings: AlertSettings): Promise<void> {
  await browser.storage.local.set({ [ALERT_SETTINGS_KEY]: settings });
}
