/**
 * Origins of self-hosted meeting instances: added by the user on the options page (storage.local) or
 * by the organisation's managed policy (`selfHostedInstances`, validated in src/policy/parse.ts).
 * Invalid entries are dropped and reported, never fatal.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { toLang } from '../i18n';
import { toInstanceOrigin } from './origin';
import { describeIssue } from './parse';
import { effectiveSettings, readPolicy, SETTING_KEYS } from './settings';

export { toInstanceOrigin };

export const USER_INSTANCES_KEY = SETTING_KEYS.selfHostedInstances;
export const POLICY_INSTANCES_KEY = 'selfHostedInstances';

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

export async function userInstances(): Promise<InstanceList> {
  const stored = await browser.storage.local.get(USER_INSTANCES_KEY);
  return parseInstances(stored[USER_INSTANCES_KEY], 'options');
}

/** The organisation's instances, whether the list is locked, and its ignored entries in words. */
export async function policyInstances(): Promise<InstanceList & { locked: boolean }> {
  const { policy, issues } = await readPolicy();
  const lang = toLang(browser.i18n.getUILanguage());
  return {
    origins: policy.selfHostedInstances ?? [],
    errors: issues
      .filter((issue) => issue.path.startsWith(POLICY_INSTANCES_KEY))
      .map((issue) => describeIssue(lang, issue)),
    locked: !!policy.selfHostedInstances && !!policy.lockedSettings?.includes('selfHostedInstances'),
  };
}

/** Every instance checked automatically: the organisation's, and the user's unless the list is locked. */
export async function instanceOrigins(): Promise<string[]> {
  return (await effectiveSettings()).selfHostedInstances;
}
