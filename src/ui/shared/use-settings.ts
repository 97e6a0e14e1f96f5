import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  type EffectiveSettings,
  mergeSettings,
  type PolicyState,
  policyReadSettled,
  readPolicy,
  readUserSettings,
  type UserSettings,
} from '../../policy/settings';

export interface SettingsView {
  effective: EffectiveSettings;
  user: UserSettings;
  policy: PolicyState;
}

async function loadSettings(): Promise<SettingsView> {
  const [user, policy] = await Promise.all([readUserSettings().catch(() => ({})), readPolicy()]);
  return { effective: mergeSettings(user, policy.policy), user, policy };
}

/**
 * The settings in effect, the user's own choices and the organisation's policy, `null` until read,
 * kept live: the user may change them on another page, and Chrome applies policy changes at once.
 */
export function useSettings(): [SettingsView | null, () => Promise<void>] {
  const [view, setView] = useState<SettingsView | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    const next = await loadSettings();
    if (request !== latest.current) return;
    setView(next);
    // The browser had not delivered the organisation's policy yet: show it when it comes.
    if (next.policy.pending) void policyReadSettled().then(() => reload());
  }, []);

  useEffect(() => {
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local' || area === 'managed') void reload();
    };
    void reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      // Any answer still on its way belongs to an unmounted page.
      latest.current += 1;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [reload]);

  return [view, reload];
}
