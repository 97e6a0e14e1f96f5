import type { ReportHost } from '../report';
import { hostEvidence } from './host-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Categories whose purpose is the vendor's or another party's own: analytics, ads, profiling, testing. */
const OWN_PURPOSE_CATEGORIES: ReadonlySet<string> = new Set([
  'analytics',
  'session-replay',
  'advertising',
  'tag-manager',
  'ab-testing',
  'social',
  'ai-notetaker',
]);

export function isOwnPurposeHost(host: ReportHost): boolean {
  return host.party === 'third' && OWN_PURPOSE_CATEGORIES.has(host.category ?? '');
}

/**
 * Analytics, advertising and session replay on the meeting page hand participants' usage data to
 * parties that use it for their own purposes, which a processor contract cannot cover (DSK OH §3.4.6);
 * the main reason for the Berlin commissioner's red ratings.
 */
export const thirdPartyOwnPurposes: Rule = {
  id: 'third-party-own-purposes',
  severity: 'high',
  certainty: 'V',
  area: 'provider',
  audience: ['organisation', 'host', 'participant'],
  refs: [dsk('3.4.6'), gdpr('28'), gdpr('6')],
  evaluate({ hosts }) {
    if (hosts.length === 0) return { status: 'unknown', evidence: [] };
    const trackers = hosts.filter(isOwnPurposeHost);
    if (trackers.length > 0) {
      const owners = [...new Set(trackers.map((h) => h.owner ?? h.host))].join(', ');
      return {
        status: 'fail',
        subs: [String(trackers.length), owners],
        evidence: trackers.map(hostEvidence),
      };
    }
    return { status: 'pass', subs: [String(hosts.length)], evidence: [] };
  },
};
