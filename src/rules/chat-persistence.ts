import { judgeFlag } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Meeting chat kept after the meeting needs a purpose, a deletion period and notice (DSK OH §4.5). */
export const chatPersistence: Rule = {
  id: 'chat-persistence',
  severity: 'medium',
  certainty: 'M',
  area: 'minimisation',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('4.5'), dsk('3.5.1'), gdpr('5'), gdpr('13')],
  evaluate({ signals }) {
    return judgeFlag(signals, 'chatPersistent', 'warn', 'pass');
  },
};
