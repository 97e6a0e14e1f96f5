import type { RulePolicy } from '../rules/types';
import { COUNTRY_GROUPS, type CountryGroup, type ManagedPolicy } from './schema';

function isGroup(entry: string): entry is CountryGroup {
  return (COUNTRY_GROUPS as readonly string[]).includes(entry);
}

/** The part of a validated policy that rules judge by, as plain data. */
export function toRulePolicy(policy: ManagedPolicy): RulePolicy {
  const allowed = policy.allowedCountries;
  return {
    approvedClients: policy.approvedClients ?? null,
    selfHostedInstances: policy.selfHostedInstances ?? [],
    allowedCountries: allowed
      ? { groups: allowed.filter(isGroup), countries: allowed.filter((entry) => !isGroup(entry)) }
      : null,
  };
}
