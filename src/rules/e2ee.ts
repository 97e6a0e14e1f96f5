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
  evaluate({ signals, phase }) {
    const outcome = judgeFlag(signals, 'e2ee', 'pass', 'warn');
    // On a settings page the value is the default for new meetings, not this meeting's state.
    return phase === 'settings' && outcome.status !== 'unknown'
      ? { ...outcome, variant: `settings_${outcome.status}` }
      : outcome;
  },
};
