import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Attention, engagement or sentiment scores monitor behaviour and performance, which the employer
 * context rules out (DSK OH §3.4.3; emotion recognition at work is banned by AI Act Art. 5(1)(f)).
 * No supported client is known to show such a feature today, so this mostly stays unknown.
 */
export const attentionTracking: Rule = {
  id: 'attention-tracking',
  severity: 'high',
  certainty: 'D',
  area: 'transparency',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('3.4.3'), gdpr('5'), gdpr('88')],
  meetingOnly: true,
  evaluate({ signals }) {
    return judgeFlag(signals, 'attentionTracking', 'fail', 'pass');
  },
};
