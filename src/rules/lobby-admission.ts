import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Only invited people may join: a lobby the host admits from, or a passcode (DSK OH §4.2.1, §4.2.4). */
export const lobbyAdmission: Rule = {
  id: 'lobby-admission',
  severity: 'medium',
  certainty: 'M',
  area: 'access',
  audience: ['host', 'organisation'],
  refs: [dsk('4.2.1'), dsk('4.2.4'), gdpr('32')],
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'lobbyEnabled', 'passcodeRequired');
    const { lobbyEnabled, passcodeRequired } = signals;
    if (lobbyEnabled.value === true) return { status: 'pass', variant: 'lobby', evidence };
    if (passcodeRequired.value === true) return { status: 'pass', variant: 'passcode', evidence };
    if (lobbyEnabled.value === false && passcodeRequired.value === false)
      return { status: 'warn', variant: 'open', evidence };
    if (lobbyEnabled.value === false) return { status: 'warn', variant: 'no_lobby', evidence };
    return { status: 'unknown', evidence };
  },
};
