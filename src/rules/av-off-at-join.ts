import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/** Privacy by default: camera and microphone off when entering, the user switches them on (Art. 25(2)). */
export const avOffAtJoin: Rule = {
  id: 'av-off-at-join',
  severity: 'medium',
  certainty: 'M',
  area: 'minimisation',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('3.4.5'), dsk('4.5'), gdpr('25')],
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'cameraOnAtJoin', 'micOnAtJoin');
    const camera = signals.cameraOnAtJoin.value;
    const mic = signals.micOnAtJoin.value;
    if (camera === true && mic === true) return { status: 'warn', variant: 'both', evidence };
    if (camera === true) return { status: 'warn', variant: 'camera', evidence };
    if (mic === true) return { status: 'warn', variant: 'mic', evidence };
    if (camera === false && mic === false) return { status: 'pass', evidence };
    return { status: 'unknown', evidence };
  },
};
