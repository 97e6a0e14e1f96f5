import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Dial-in callers listed under their full phone number disclose it to everyone (DSK OH §4.5, derived). */
export const dialInNumbers: Rule = {
  id: 'dial-in-numbers',
  severity: 'low',
  certainty: 'D',
  area: 'minimisation',
  audience: ['organisation', 'host'],
  refs: [dsk('4.5'), gdpr('5'), gdpr('25')],
  meetingOnly: true,
  evaluate({ signals }) {
    return judgeFlag(signals, 'dialInNumbersShown', 'warn', 'pass');
  },
};
