import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** A live stream discloses the meeting to an open audience: a processing of its own (DSK OH §3.4.8). */
export const liveStreaming: Rule = {
  id: 'live-streaming',
  severity: 'high',
  certainty: 'S',
  area: 'transparency',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('3.4.8'), gdpr('6'), gdpr('13')],
  meetingOnly: true,
  evaluate({ signals }) {
    return judgeFlag(signals, 'liveStream', 'warn', 'pass');
  },
};
