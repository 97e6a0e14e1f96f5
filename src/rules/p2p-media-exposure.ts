import { mediaEvidence } from './host-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Peer-to-peer media shows every participant's IP address to the others, and with it their rough
 * location and provider: more than the meeting needs (DSK OH §4.5, data minimisation). Relayed or
 * server-routed media shows only the server's address.
 */
export const p2pMediaExposure: Rule = {
  id: 'p2p-media-exposure',
  severity: 'medium',
  certainty: 'D',
  area: 'minimisation',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('4.5'), gdpr('5'), gdpr('25')],
  meetingOnly: true,
  evaluate({ phase, media }) {
    if (media.length === 0) {
      return phase === 'in-meeting'
        ? { status: 'unknown', evidence: [] }
        : { status: 'not-applicable', evidence: [] };
    }
    const evidence = media.map(mediaEvidence);
    if (media.some((route) => route.p2p === true)) return { status: 'warn', evidence };
    if (media.some((route) => route.p2p === null)) return { status: 'unknown', variant: 'unclear', evidence };
    return { status: 'pass', evidence };
  },
};
