import { approvedClient } from './approved-client';
import { avOffAtJoin } from './av-off-at-join';
import { lobbyAdmission } from './lobby-admission';
import { passcodeInUrl } from './passcode-in-url';
import { recordingAnnounced } from './recording-announced';
import { thirdPartyHosts } from './third-party-hosts';
import { transcriptionAi } from './transcription-ai';
import { transportEncryption } from './transport-encryption';
import type { Rule } from './types';

/** The rule catalogue, in display order for findings of equal status and severity. */
export const RULES: readonly Rule[] = [
  recordingAnnounced,
  transcriptionAi,
  avOffAtJoin,
  lobbyAdmission,
  passcodeInUrl,
  thirdPartyHosts,
  transportEncryption,
  approvedClient,
];
