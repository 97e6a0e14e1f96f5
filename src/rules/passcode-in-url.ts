import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * A passcode or token inside the meeting link lets anyone who sees the link join: forwarded mails,
 * calendar entries, chat logs, browser history (DSK OH §4.2.1: access protection).
 */
export const passcodeInUrl: Rule = {
  id: 'passcode-in-url',
  severity: 'medium',
  certainty: 'M',
  area: 'access',
  audience: ['host', 'organisation'],
  refs: [dsk('4.2.1'), gdpr('32')],
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'passcodeInUrl');
    const value = signals.passcodeInUrl.value;
    if (value === true) return { status: 'warn', evidence };
    if (value === false) return { status: 'pass', evidence };
    return { status: 'unknown', evidence };
  },
};
