import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Sharing the whole screen shows notifications and other open content, often about third parties;
 * a window or tab is enough (DSK OH §3.4.7, §4.5). Read from the captured track (page world).
 */
export const screenShareScope: Rule = {
  id: 'screen-share-scope',
  severity: 'medium',
  certainty: 'M',
  area: 'minimisation',
  audience: ['participant', 'host'],
  refs: [dsk('3.4.7'), dsk('4.5'), gdpr('5')],
  meetingOnly: true,
  evaluate({ signals }) {
    return judgeFlag(signals, 'screenShareWholeScreen', 'warn', 'pass');
  },
};
