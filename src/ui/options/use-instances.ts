import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Storage } from 'webextension-polyfill';
import { originPattern } from '../../background/self-hosted';
import { policyInstances, USER_INSTANCES_KEY, userInstances } from '../../policy/instances';

export interface InstancesView {
  user: string[];
  policy: string[];
  policyErrors: string[];
  /** The organisation enforces its list: the user's own instances are not used. */
  locked: boolean;
  /** Whether the optional host permission for the origin is held; missing while it is being checked. */
  access: Record<string, boolean>;
}

async function hasAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Asks for the host permission of one origin. Browsers only show the prompt during a user gesture, so
 * call this synchronously from the click or submit handler, before anything is awaited.
 */
export function requestAccess(origin: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives the host permission back; failing (e.g. it was never granted) is harmless. */
export function revokeAccess(origin: string): Promise<boolean> {
  try {
    return browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Appends the origin to the user's list unless it is already there; `false` means it was listed. */
export async function addUserInstance(origin: string): Promise<boolean> {
  const { origins } = await userInstances();
  if (origins.includes(origin)) return false;
  await browser.storage.local.set({ [USER_INSTANCES_KEY]: [...origins, origin] });
  return true;
}

export async function removeUserInstance(origin: string): Promise<void> {
  const { origins } = await userInstances();
  await browser.storage.local.set({ [USER_INSTANCES_KEY]: origins.filter((entry) => entry !== origin) });
}

const NOTHING = { origins: [], errors: [], locked: false };

async function loadView(): Promise<InstancesView> {
  const [user, policy] = await Promise.all([
    userInstances().catch(() => NOTHING),
    policyInstances().catch(() => NOTHING),
  ]);
  const origins = [...new Set([...policy.origins, ...user.origins])];
  const checked = await Promise.all(
    origins.map(async (origin) => [origin, await hasAccess(origin)] as const),
  );
  return {
    user: user.origins,
    policy: policy.origins,
    policyErrors: policy.errors,
    locked: policy.locked,
    access: Object.fromEntries(checked),
  };
}

/**
 * The user's and the organisation's instances with their access state, `null` until first read, kept
 * live: storage (local list, managed policy) and permissions can change from other pages or the browser.
 */
export function useInstances(): [InstancesView | null, () => Promise<void>] {
  const [view, setView] = useState<InstancesView | null>(null);
  const latest = useRef(0);
  const disposed = useRef(false);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    const next = await loadView();
    // An older read finishing late must not overwrite a newer one.
    if (!disposed.current && request === latest.current) setView(next);
  }, []);

  useEffect(() => {
    disposed.current = false;
    const onStorage = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area === 'managed' || (area === 'local' && USER_INSTANCES_KEY in changes)) void reload();
    };
    const onPermissions = () => void reload();
    void reload();
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      disposed.current = true;
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, [reload]);

  return [view, reload];
}
