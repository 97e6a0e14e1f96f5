import { clientById } from '../clients/index';
import { hostEvidence } from './host-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * The provider's own telemetry and usage analytics from the meeting page: processing for the
 * provider's own purposes unless the contract limits it to the service (DSK OH §3.4.6).
 */
export const providerTelemetry: Rule = {
  id: 'provider-telemetry',
  severity: 'medium',
  certainty: 'M',
  area: 'provider',
  audience: ['organisation'],
  refs: [dsk('3.4.6'), gdpr('28')],
  evaluate({ client, hosts }) {
    if (client === null || client.selfHosted) return { status: 'not-applicable', evidence: [] };
    const known = clientById(client.id)?.operator.telemetryHosts ?? [];
    if (known.length === 0 || hosts.length === 0) return { status: 'unknown', evidence: [] };
    const telemetry = hosts.filter((h) => h.telemetry);
    if (telemetry.length > 0) {
      return {
        status: 'warn',
        subs: [telemetry.map((h) => h.host).join(', ')],
        evidence: telemetry.map(hostEvidence),
      };
    }
    return { status: 'pass', subs: [known.join(', ')], evidence: [] };
  },
};
