import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Roles stay apart with least privilege: participants are no moderators, and nobody runs the meeting
 * before its host (DSK OH §4.4). Room settings show both; meeting pages do not.
 */
export const roleSeparation: Rule = {
  id: 'role-separation',
  severity: 'medium',
  certainty: 'M',
  area: 'access',
  audience: ['host', 'organisation'],
  refs: [dsk('4.4'), gdpr('25'), gdpr('32')],
  evaluate({ signals, phase }) {
    const evidence = signalEvidence(signals, 'allJoinAsModerator', 'joinBeforeHost');
    const { allJoinAsModerator, joinBeforeHost } = signals;
    if (allJoinAsModerator.value === true) return { status: 'warn', variant: 'all_moderators', evidence };
    if (joinBeforeHost.value === true) return { status: 'warn', variant: 'join_before_host', evidence };
    if (allJoinAsModerator.value === false && joinBeforeHost.value === false)
      return { status: 'pass', evidence };
    return { status: 'unknown', variant: phase === 'settings' ? 'unknown' : 'not_settings', evidence };
  },
};
