import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Consent to a recording must be freely given; "by staying in the meeting you consent" leaves no real
 * choice where leaving has a cost, e.g. for employees or pupils (DSK OH §3.4.2, §3.4.8).
 */
export const recordingConsent: Rule = {
  id: 'recording-consent',
  severity: 'medium',
  certainty: 'M',
  area: 'transparency',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('3.4.2'), dsk('3.4.8'), gdpr('7')],
  meetingOnly: true,
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'recording', 'recordingConsentPrompt');
    const { recording, recordingConsentPrompt } = signals;
    if (recording.value === false) return { status: 'not-applicable', evidence };
    if (recording.value !== true) return { status: 'unknown', evidence };
    if (recordingConsentPrompt.value === true) return { status: 'warn', variant: 'staying', evidence };
    return { status: 'unknown', variant: 'no_prompt_seen', evidence };
  },
};
