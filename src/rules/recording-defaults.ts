import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Recording is not needed for the meeting itself and must be off by default: each recording needs its
 * own legal basis and notice, and recordings the provider stores need a retention period and a place
 * under the controller's control (DSK OH §3.4.8; catalogue rows recording-legal-basis, recording-storage).
 * Only settings pages show these defaults; elsewhere the rule does not apply.
 */
export const recordingDefaults: Rule = {
  id: 'recording-defaults',
  severity: 'high',
  certainty: 'S',
  area: 'minimisation',
  audience: ['host', 'organisation'],
  refs: [dsk('3.4.8'), gdpr('5'), gdpr('6'), gdpr('25')],
  settingsOnly: true,
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'autoRecording', 'cloudRecording');
    const { autoRecording, cloudRecording } = signals;
    if (autoRecording.value === true) return { status: 'fail', variant: 'automatic', evidence };
    if (cloudRecording.value === true) return { status: 'warn', variant: 'cloud', evidence };
    if (autoRecording.value === false || cloudRecording.value === false) return { status: 'pass', evidence };
    return { status: 'unknown', evidence };
  },
};
