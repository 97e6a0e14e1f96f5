import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Third-party notetaker bots join as participants, record and transcribe, often outside the EU: guests
 * the host must admit knowingly and disclose to everyone (derived from DSK OH §3.4.8, §4.2.4).
 */
export const notetakerBots: Rule = {
  id: 'notetaker-bots',
  severity: 'high',
  certainty: 'D',
  area: 'transparency',
  audience: ['participant', 'host'],
  refs: [dsk('3.4.8'), dsk('4.2.4'), gdpr('6'), gdpr('28')],
  meetingOnly: true,
  evaluate({ signals, phase }) {
    const evidence = signalEvidence(signals, 'botsPresent');
    const value = signals.botsPresent.value;
    if (value === true) return { status: 'warn', evidence };
    if (value === false) return { status: 'pass', evidence };
    return { status: 'unknown', variant: phase === 'in-meeting' ? 'unknown' : 'before_join', evidence };
  },
};
