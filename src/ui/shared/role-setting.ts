import { useCallback, useEffect, useState } from 'preact/hooks';
import browser, { type Storage } from 'webextension-polyfill';
import { AUDIENCES, type Audience } from '../../report';

export const ROLE_KEY = 'settings.role';
export const DEFAULT_ROLE: Audience = 'participant';

export function toRole(value: unknown): Audience {
  return AUDIENCES.find((audience) => audience === value) ?? DEFAULT_ROLE;
}

export async function loadRole(): Promise<Audience> {
  const stored = await browser.storage.local.get(ROLE_KEY);
  return toRole(stored[ROLE_KEY]);
}

export function saveRole(role: Audience): Promise<void> {
  return browser.storage.local.set({ [ROLE_KEY]: role });
}

/**
 * The stored role, `null` until it has been read, kept in step with changes made on another page
 * (options page and popup can be open at the same time).
 */
export function useRole(): [Audience | null, (role: Audience) => Promise<void>] {
  const [role, setRole] = useState<Audience | null>(null);

  useEffect(() => {
    let disposed = false;
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      const change = changes[ROLE_KEY];
      if (area === 'local' && change) setRole(toRole(change.newValue));
    };
    loadRole()
      .catch(() => DEFAULT_ROLE)
      .then((stored) => {
        if (!disposed) setRole(stored);
      });
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const choose = useCallback(async (next: Audience) => {
    setRole(next);
    await saveRole(next);
  }, []);

  return [role, choose];
}
