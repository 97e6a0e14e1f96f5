import { useCallback, useEffect, useState } from 'preact/hooks';
import browser, { type Storage } from 'webextension-polyfill';
import {
  effectiveSettings,
  policyReadSettled,
  readPolicy,
  SETTING_KEYS,
  type SettingSource,
  saveUserSetting,
} from '../../policy/settings';
import { AUDIENCES, type Audience } from '../../report';

export const ROLE_KEY = SETTING_KEYS.defaultRole;
export const DEFAULT_ROLE: Audience = 'participant';

export function toRole(value: unknown): Audience {
  return AUDIENCES.find((audience) => audience === value) ?? DEFAULT_ROLE;
}

/**
 * The role in effect: the user's choice, or the organisation's default or enforced one. `pending`: the
 * browser has not delivered the organisation's policy within `waitMs`, so this is the user's view.
 */
export async function loadRole(
  waitMs?: number,
): Promise<{ role: Audience; source: SettingSource; pending: boolean }> {
  const policy = await readPolicy(waitMs);
  const settings = await effectiveSettings(policy.policy);
  return { role: settings.role, source: settings.source.defaultRole, pending: policy.pending === true };
}

/** Saves the user's role; rejects when the organisation enforces one. */
export async function saveRole(role: Audience): Promise<void> {
  if (!(await saveUserSetting('defaultRole', role))) throw new Error('the role is set by the organisation');
}

/**
 * The role, `null` until it has been read, kept in step with changes made on another page (options
 * page and popup can be open at the same time) and with the organisation's policy. The third value
 * says where the role comes from; `organisation` means the user cannot change it.
 */
export function useRole(): [Audience | null, (role: Audience) => Promise<void>, SettingSource] {
  const [state, setState] = useState<{ role: Audience | null; source: SettingSource }>({
    role: null,
    source: 'default',
  });

  useEffect(() => {
    let disposed = false;
    // Paint at once with what is known; a policy the browser delivers late replaces it when it comes.
    const load = (waitMs?: number): Promise<void> =>
      loadRole(waitMs)
        .catch(() => ({ role: DEFAULT_ROLE, source: 'default' as const, pending: false }))
        .then(({ role, source, pending }) => {
          if (disposed) return;
          setState({ role, source });
          if (pending) void policyReadSettled().then(() => load());
        });
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area === 'managed' || (area === 'local' && ROLE_KEY in changes)) void load();
    };
    void load(0);
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const choose = useCallback(async (next: Audience) => {
    setState((current) => (current.source === 'organisation' ? current : { role: next, source: 'user' }));
    await saveRole(next);
  }, []);

  return [state.role, choose, state.source];
}
