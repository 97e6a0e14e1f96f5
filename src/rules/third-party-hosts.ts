import type { FindingEvidence, ReportHost } from '../report';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Categories whose purpose is the vendor's or a third party's own (analytics, ads, profiling). */
const TRACKING_CATEGORIES = new Set([
  'analytics',
  'session-replay',
  'advertising',
  'tag-manager',
  'ai-notetaker',
]);

function describe(host: ReportHost): FindingEvidence {
  const owner = host.owner ? `${host.owner}${host.country ? `, ${host.country}` : ''}` : 'owner unknown';
  return {
    name: 'host',
    value: `${host.host} (${host.category ?? (host.party === 'first' ? 'first party' : 'unattributed')})`,
    source: owner,
  };
}

/**
 * The meeting page should not hand participants' data to parties other than the provider: trackers
 * serve their own purposes (DSK OH §3.4.6) and often transfer to third countries (§3.5.6).
 */
export const thirdPartyHosts: Rule = {
  id: 'third-party-hosts',
  severity: 'high',
  certainty: 'D',
  area: 'provider',
  audience: ['organisation', 'host'],
  refs: [dsk('3.4.6'), dsk('3.5.6'), gdpr('28'), gdpr('44')],
  evaluate({ hosts }) {
    if (hosts.length === 0) return { status: 'unknown', evidence: [] };
    const tracking = hosts.filter((h) => h.party === 'third' && TRACKING_CATEGORIES.has(h.category ?? ''));
    const otherThird = hosts.filter((h) => h.party === 'third' && !tracking.includes(h));
    const unattributed = hosts.filter((h) => h.party === 'unknown');
    const evidence = [...tracking, ...otherThird, ...unattributed].map(describe);
    if (tracking.length > 0)
      return { status: 'fail', variant: 'tracking', subs: [String(tracking.length)], evidence };
    if (otherThird.length + unattributed.length > 0) {
      return {
        status: 'warn',
        variant: 'other',
        subs: [String(otherThird.length + unattributed.length)],
        evidence,
      };
    }
    return { status: 'pass', subs: [String(hosts.length)], evidence: hosts.map(describe) };
  },
};
