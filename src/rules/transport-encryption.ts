import { dsk, gdpr } from './sources';
import type { Rule } from './types';

const SECURE_SCHEMES = new Set(['https:', 'wss:']);

function schemeOf(origin: string): string {
  return `${origin.split(':', 1)[0]}:`;
}

/** Signalling and content travel encrypted: the page and everything it loads use https/wss (DSK OH §4.1). */
export const transportEncryption: Rule = {
  id: 'transport-encryption',
  severity: 'high',
  certainty: 'S',
  area: 'transmission',
  audience: ['organisation'],
  refs: [dsk('4.1'), gdpr('32')],
  evaluate({ protocol, origins, url, pageWorld }) {
    const page = { name: 'page', value: protocol, source: url };
    if (!SECURE_SCHEMES.has(protocol)) return { status: 'fail', variant: 'page', evidence: [page] };
    const insecure = origins.filter((origin) => !SECURE_SCHEMES.has(schemeOf(origin)));
    // WebSockets are seen only by the page-world hook, whose reports the page can forge.
    const evidence = insecure.map((origin) => ({
      name: 'connection',
      value: origin,
      source: pageWorld?.webSockets.includes(origin)
        ? 'WebSocket reported by the page-world script (unverified: the page can forge it)'
        : 'Resource Timing',
    }));
    if (insecure.length > 0)
      return { status: 'fail', variant: 'mixed', subs: [String(insecure.length)], evidence };
    return {
      status: 'pass',
      subs: [String(origins.length)],
      evidence: [
        page,
        { name: 'connections', value: String(origins.length), source: 'Resource Timing / WebSocket' },
      ],
    };
  },
};
