/**
 * Origins of self-hosted meeting instances: added by the user on the options page (storage.local) or
 * by the organisation's managed policy (storage.managed, validated here because Firefox applies no
 * schema to it). Invalid entries are dropped and reported, never fatal.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';

export const USER_INSTANCES_KEY = 'settings.instances';
export const POLICY_INSTANCES_KEY = 'selfHostedInstances';

/** `https://host[:port]` only: an origin, no path, no wildcard, no plain http. */
export function toInstanceOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.hostname.includes('*')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

const OriginList = v.array(v.string());

export interface InstanceList {
  origins: string[];
  errors: string[];
}

export function parseInstances(raw: unknown, label: string): InstanceList {
  if (raw === undefined) return { origins: [], errors: [] };
  const parsed = v.safeParse(OriginList, raw);
  if (!parsed.success) return { origins: [], errors: [`${label}: expected a list of https origins`] };
  const origins: string[] = [];
  const errors: string[] = [];
  for (const entry of parsed.output) {
    const origin = toInstanceOrigin(entry);
    if (origin) origins.push(origin);
    else errors.push(`${label}: "${entry}" is not an https origin`);
  }
  return { origins: [...new Set(origins)], errors };
}

async function managedPolicy(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get(POLICY_INSTANCES_KEY);
  } catch {
    // No policy installed: Firefox rejects, Chrome answers with an empty object.
    return {};
  }
}

export async function userInstances(): Promise<InstanceList> {
  const stored = await browser.storage.local.get(USER_INSTANCES_KEY);
  return parseInstances(stored[USER_INSTANCES_KEY], 'options');
}

export async function policyInstances(): Promise<InstanceList> {
  return parseInstances((await managedPolicy())[POLICY_INSTANCES_KEY], 'policy');
}

export async function instanceOrigins(): Promise<string[]> {
  const [user, policy] = await Promise.all([userInstances(), policyInstances()]);
  return [...new Set([...policy.origins, ...user.origins])];
}

/** What the report says about the organisation's policy: whether one is set, and what of it was ignored. */
export async function policyStatus(): Promise<{ managed: boolean; errors: string[] }> {
  let managed = false;
  try {
    managed = Object.keys(await browser.storage.managed.get(null)).length > 0;
  } catch {
    // No managed storage (Firefox without policy).
  }
  return { managed, errors: (await policyInstances()).errors };
}
