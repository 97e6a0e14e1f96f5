import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Joining from home shows the home; blur or a virtual background protects it (DSK OH §3.4.5). */
export const backgroundBlur: Rule = {
  id: 'background-blur',
  severity: 'low',
  certainty: 'M',
  area: 'minimisation',
  audience: ['participant', 'organisation'],
  refs: [dsk('3.4.5'), gdpr('25')],
  evaluate({ signals }) {
    return judgeFlag(signals, 'backgroundBlurAvailable', 'pass', 'warn');
  },
};
