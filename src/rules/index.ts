import { aiDefaults } from './ai-defaults';
import { approvedClient } from './approved-client';
import { attentionTracking } from './attention-tracking';
import { avOffAtJoin } from './av-off-at-join';
import { backgroundBlur } from './background-blur';
import { chatPersistence } from './chat-persistence';
import { dataCentreRegions } from './data-centre-regions';
import { dialInNumbers } from './dial-in-numbers';
import { e2ee } from './e2ee';
import { guessableRoomName } from './guessable-room-name';
import { liveCaptions } from './live-captions';
import { liveStreaming } from './live-streaming';
import { lobbyAdmission } from './lobby-admission';
import { notetakerBots } from './notetaker-bots';
import { operatingModel } from './operating-model';
import { p2pMediaExposure } from './p2p-media-exposure';
import { participantVisibility } from './participant-visibility';
import { passcodeInUrl } from './passcode-in-url';
import { providerTelemetry } from './provider-telemetry';
import { recordingAnnounced } from './recording-announced';
import { recordingConsent } from './recording-consent';
import { recordingDefaults } from './recording-defaults';
import { recordingMidMeeting } from './recording-mid-meeting';
import { registrationData } from './registration-data';
import { roleSeparation } from './role-separation';
import { screenShareScope } from './screen-share-scope';
import { thirdCountryTransfer } from './third-country-transfer';
import { thirdPartyHosts } from './third-party-hosts';
import { thirdPartyOwnPurposes } from './third-party-own-purposes';
import { transcriptionAi } from './transcription-ai';
import { transparencyNotice } from './transparency-notice';
import { transportEncryption } from './transport-encryption';
import type { Rule } from './types';

/** The rule catalogue, in display order for findings of equal status and severity. */
export const RULES: readonly Rule[] = [
  recordingAnnounced,
  recordingMidMeeting,
  recordingConsent,
  recordingDefaults,
  liveStreaming,
  transcriptionAi,
  aiDefaults,
  notetakerBots,
  liveCaptions,
  attentionTracking,
  avOffAtJoin,
  backgroundBlur,
  screenShareScope,
  lobbyAdmission,
  passcodeInUrl,
  guessableRoomName,
  roleSeparation,
  approvedClient,
  participantVisibility,
  dialInNumbers,
  e2ee,
  transportEncryption,
  thirdPartyOwnPurposes,
  thirdCountryTransfer,
  dataCentreRegions,
  providerTelemetry,
  thirdPartyHosts,
  p2pMediaExposure,
  transparencyNotice,
  chatPersistence,
  registrationData,
  operatingModel,
];
