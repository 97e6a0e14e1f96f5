import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Which operating model applies decides how deep the organisation must check: a self-run service gives
 * the most control, an online service (SaaS) needs the processor contract, own purposes and third-country
 * checks (DSK OH §2.1–2.3). The page cannot prove who runs the server, only whose service it is.
 */
export const operatingModel: Rule = {
  id: 'operating-model',
  severity: 'info',
  certainty: 'V',
  area: 'provider',
  audience: ['organisation'],
  refs: [dsk('2.1'), dsk('2.2'), dsk('2.3'), gdpr('28')],
  evaluate({ client, url }) {
    if (!client) return { status: 'not-applicable', evidence: [] };
    const host = new URL(url).hostname;
    const evidence = [
      { name: 'client', value: client.name, source: host },
      { name: 'selfHosted', value: String(client.selfHosted), source: 'client recognition' },
    ];
    if (client.selfHosted) return { status: 'pass', variant: 'self_hosted', subs: [host], evidence };
    if (client.id === 'generic-webrtc') return { status: 'unknown', evidence };
    // Whether an online service is acceptable depends on its contract, which no page shows: verify, not warn.
    return { status: 'unknown', variant: 'online_service', subs: [client.name], evidence };
  },
};
