import { approvedClient } from './approved-client';
import { avOffAtJoin } from './av-off-at-join';
import { lobbyAdmission } from './lobby-admission';
import { p2pMediaExposure } from './p2p-media-exposure';
import { passcodeInUrl } from './passcode-in-url';
import { providerTelemetry } from './provider-telemetry';
import { recordingAnnounced } from './recording-announced';
import { thirdCountryTransfer } from './third-country-transfer';
import { thirdPartyHosts } from './third-party-hosts';
import { thirdPartyOwnPurposes } from './third-party-own-purposes';
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
  thirdPartyOwnPurposes,
  thirdCountryTransfer,
  providerTelemetry,
  thirdPartyHosts,
  p2pMediaExposure,
  transportEncryption,
  approvedClient,
];
