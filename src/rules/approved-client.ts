import type { FindingEvidence } from '../report';
import { dsk, gdpr } from './sources';
import type { Rule, RuleInput } from './types';

function pageOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function policyEvidence({ policy }: RuleInput): FindingEvidence[] {
  const approved = [...(policy.approvedClients ?? []), ...policy.selfHostedInstances];
  return [
    {
      name: 'approvedClients',
      value: approved.length > 0 ? approved.join(', ') : '—',
      source: 'organisation policy',
    },
  ];
}

/**
 * A service the organisation has not approved has, as far as the organisation knows, no processor
 * contract (Art. 28 GDPR, DSK OH §3.5.2) and no assessment behind it. Only judged when the managed
 * policy lists approved services; the organisation's own instances always count as approved.
 */
export const approvedClient: Rule = {
  id: 'approved-client',
  severity: 'high',
  certainty: 'D',
  area: 'provider',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('3.5.2'), gdpr('28')],
  evaluate(input) {
    const { client, policy, url } = input;
    if (!client || policy.approvedClients === null)
      return { status: 'not-applicable', variant: 'no_policy', evidence: [] };
    const evidence: FindingEvidence[] = [
      { name: 'client', value: `${client.name} (${client.id})`, source: url },
      ...policyEvidence(input),
    ];
    const origin = pageOrigin(url);
    if (origin && policy.selfHostedInstances.includes(origin))
      return { status: 'pass', variant: 'own_instance', subs: [origin], evidence };
    if (!policy.approvedClients.includes(client.id)) return { status: 'fail', subs: [client.name], evidence };
    // Approving a product is not approving whoever runs a copy of it on their own server.
    if (client.selfHosted)
      return { status: 'warn', variant: 'foreign_instance', subs: [client.name, origin ?? url], evidence };
    return { status: 'pass', subs: [client.name], evidence };
  },
};
