import { hostEvidence } from './host-evidence';
import { dsk, gdpr } from './sources';
import { isOwnPurposeHost } from './third-party-own-purposes';
import type { Rule } from './types';

/**
 * Every other recipient outside the provider (CDNs, fonts, support chat, error reporting, unknown
 * hosts) must be covered by the processor contract as a sub-processor and named to participants
 * (DSK OH §3.4.6). Trackers are judged by `third-party-own-purposes`.
 */
export const thirdPartyHosts: Rule = {
  id: 'third-party-hosts',
  severity: 'medium',
  certainty: 'D',
  area: 'provider',
  audience: ['organisation', 'host'],
  refs: [dsk('3.4.6'), gdpr('28')],
  evaluate({ hosts }) {
    if (hosts.length === 0) return { status: 'unknown', evidence: [] };
    const others = hosts.filter((h) => h.party !== 'first' && !isOwnPurposeHost(h));
    if (others.length > 0) {
      return { status: 'warn', subs: [String(others.length)], evidence: others.map(hostEvidence) };
    }
    const first = hosts.filter((h) => h.party === 'first');
    return { status: 'pass', subs: [String(first.length)], evidence: first.map(hostEvidence) };
  },
};
