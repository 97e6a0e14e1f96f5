import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Live captions run speech recognition on what people say, usually at the provider; whether a transcript
 * is kept cannot be seen (derived from DSK OH §3.4.8).
 */
export const liveCaptions: Rule = {
  id: 'live-captions',
  severity: 'low',
  certainty: 'D',
  area: 'transparency',
  audience: ['participant', 'host'],
  refs: [dsk('3.4.8'), gdpr('6'), gdpr('13')],
  meetingOnly: true,
  evaluate({ signals }) {
    return judgeFlag(signals, 'captions', 'warn', 'pass');
  },
};
