import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Registration for a webinar or event should ask only what is needed (DSK OH §4.5, derived). */
export const registrationData: Rule = {
  id: 'registration-data',
  severity: 'low',
  certainty: 'D',
  area: 'minimisation',
  audience: ['host', 'organisation'],
  refs: [dsk('4.5'), gdpr('5')],
  evaluate({ signals }) {
    return judgeFlag(signals, 'registrationExtraFields', 'warn', 'pass');
  },
};
