import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Recording is a processing of its own that needs a legal basis (usually consent) and notice before it
 * starts; while it runs, everyone must see it (DSK OH §3.4.8). Live streaming: `live-streaming`.
 */
export const recordingAnnounced: Rule = {
  id: 'recording-announced',
  severity: 'high',
  certainty: 'S',
  area: 'transparency',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('3.4.8'), gdpr('6'), gdpr('7'), gdpr('13')],
  meetingOnly: true,
  evaluate({ signals, phase }) {
    const evidence = signalEvidence(signals, 'recording');
    const { recording } = signals;
    if (recording.value === true) return { status: 'warn', variant: 'on', evidence };
    if (recording.value === false) return { status: 'pass', evidence };
    return { status: 'unknown', variant: phase === 'in-meeting' ? 'unknown' : 'before_join', evidence };
  },
};
