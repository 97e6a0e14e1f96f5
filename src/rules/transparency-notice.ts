import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Participants, guests included, get the Art. 13 information before or when joining; the pre-join page
 * is the last place to give it (DSK OH §3.5.1). A link is only a hint: whose notice it is, is not judged.
 */
export const transparencyNotice: Rule = {
  id: 'transparency-notice',
  severity: 'medium',
  certainty: 'V',
  area: 'transparency',
  audience: ['host', 'organisation'],
  refs: [dsk('3.5.1'), gdpr('13')],
  evaluate({ signals, phase }) {
    const evidence = signalEvidence(signals, 'privacyNoticeLink');
    const value = signals.privacyNoticeLink.value;
    if (value === true) return { status: 'pass', evidence };
    if (value === false) return { status: 'warn', evidence };
    if (phase === 'settings') return { status: 'not-applicable', evidence };
    return { status: 'unknown', variant: phase === 'prejoin' ? 'unknown' : 'not_prejoin', evidence };
  },
};
