import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * End-to-end encryption keeps content from the provider; the guidance prefers it where the provider
 * must not see content or the protection need is high (DSK OH §4.1). Settings pages show the default
 * for new meetings.
 */
export const e2ee: Rule = {
  id: 'e2ee',
  severity: 'medium',
  certainty: 'S',
  area: 'transmission',
  audience: ['organisation', 'host'],
  refs: [dsk('4.1'), gdpr('25'), gdpr('32')],
  evaluate({ signals }) {
    return judgeFlag(signals, 'e2ee', 'pass', 'warn');
  },
};
