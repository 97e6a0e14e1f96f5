import { signalEvidence } from './signal-evidence';
import { dsk, gdpr } from './sources';
import type { Rule } from './types';

/**
 * Transcripts and AI summaries process the spoken word like a recording (derived from DSK OH §3.4.8;
 * AI features may also need a DPIA, §3.5.5). Live captions: `live-captions`; bots: `notetaker-bots`.
 */
export const transcriptionAi: Rule = {
  id: 'transcription-ai',
  severity: 'high',
  certainty: 'D',
  area: 'transparency',
  audience: ['participant', 'host', 'organisation'],
  refs: [dsk('3.4.8'), dsk('3.5.5'), gdpr('6'), gdpr('13'), gdpr('35')],
  meetingOnly: true,
  evaluate({ signals }) {
    const evidence = signalEvidence(signals, 'transcription', 'aiAssistant');
    const { transcription, aiAssistant } = signals;
    if (aiAssistant.value === true) return { status: 'warn', variant: 'ai', evidence };
    if (transcription.value === true) return { status: 'warn', variant: 'transcription', evidence };
    if (transcription.value === false && aiAssistant.value === false) return { status: 'pass', evidence };
    return { status: 'unknown', evidence };
  },
};
