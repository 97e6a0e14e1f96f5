import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Automatic transcripts and built-in AI assistants process what everyone says, in every meeting they
 * are on for: each needs its own legal basis, notice to all participants and, for AI, a DPIA
 * (derived from DSK OH §3.4.8 and §3.5.5; catalogue rows transcription-captions, ai-assistant).
 * Only settings pages show these defaults (elsewhere the rule does not apply); in a meeting,
 * `transcription-ai` judges what runs.
 */
export const aiDefaults: Rule = {
  id: 'ai-defaults',
  severity: 'high',
  certainty: 'D',
  area: 'transparency',
  audience: ['host', 'organisation'],
  refs: [dsk('3.4.8'), dsk('3.5.5'), gdpr('6'), gdpr('13'), gdpr('35')],
  settingsOnly: true,
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'aiAssistantAllowed', 'autoTranscription');
    const { aiAssistantAllowed, autoTranscription } = signals;
    if (aiAssistantAllowed.value === true) return { status: 'warn', variant: 'ai', evidence };
    if (autoTranscription.value === true) return { status: 'warn', variant: 'transcription', evidence };
    if (aiAssistantAllowed.value === false && autoTranscription.value === false)
      return { status: 'pass', evidence };
    return { status: 'unknown', evidence };
  },
};
