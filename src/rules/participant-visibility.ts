import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Everyone present should be visible in the participant list, and the host should know who the guests
 * are before sensitive topics (DSK OH §4.2.4).
 */
export const participantVisibility: Rule = {
  id: 'participant-visibility',
  severity: 'low',
  certainty: 'M',
  area: 'access',
  audience: ['host', 'participant'],
  refs: [dsk('4.2.4'), gdpr('5'), gdpr('32')],
  evaluate({ signals, phase }) {
    const evidence = signalEvidence(signals, 'participantCount', 'guestsPresent');
    const { participantCount, guestsPresent } = signals;
    if (guestsPresent.value === true) return { status: 'warn', variant: 'guests', evidence };
    if (typeof participantCount.value === 'number')
      return { status: 'pass', subs: [String(participantCount.value)], evidence };
    if (phase !== 'in-meeting') return { status: 'not-applicable', evidence };
    return { status: 'unknown', evidence };
  },
};
