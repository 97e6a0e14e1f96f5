import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * A recording that starts while people are talking catches what they said before they could decide;
 * the guidance expects notice before recording starts (DSK OH §3.4.8).
 */
export const recordingMidMeeting: Rule = {
  id: 'recording-mid-meeting',
  severity: 'high',
  certainty: 'S',
  area: 'transparency',
  audience: ['participant', 'host'],
  refs: [dsk('3.4.8'), gdpr('13')],
  meetingOnly: true,
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'recording', 'recordingStartedInMeeting');
    const { recording, recordingStartedInMeeting } = signals;
    if (recording.value === false) return { status: 'not-applicable', evidence };
    if (recording.value === true && recordingStartedInMeeting.value === true)
      return { status: 'warn', evidence };
    if (recording.value === true && recordingStartedInMeeting.value === false)
      return { status: 'pass', evidence };
    return { status: 'unknown', evidence };
  },
};
