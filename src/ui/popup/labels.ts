/**
 * Locale keys for the client-independent names the popup shows. Written out in full so the locale test
 * finds every key and the compiler notices a new status, phase or signal without a label.
 */
import type { Phase, SignalName } from '../../evidence';
import { type Lang, t } from '../../i18n';
import type { DskArea, FindingStatus, Party, Severity } from '../../report';

export const STATUS_KEYS: Record<FindingStatus, string> = {
  fail: 'ui_status_fail',
  warn: 'ui_status_warn',
  unknown: 'ui_status_unknown',
  pass: 'ui_status_pass',
  'not-applicable': 'ui_status_notApplicable',
};

/** Icons repeat what the text says; they are hidden from screen readers. */
export const STATUS_ICONS: Record<FindingStatus, string> = {
  fail: '✖',
  warn: '⚠',
  unknown: '?',
  pass: '✔',
  'not-applicable': '–',
};

export const SEVERITY_KEYS: Record<Severity, string> = {
  high: 'ui_severity_high',
  medium: 'ui_severity_medium',
  low: 'ui_severity_low',
  info: 'ui_severity_info',
};

export const PHASE_KEYS: Record<Phase, string> = {
  settings: 'ui_phase_settings',
  prejoin: 'ui_phase_prejoin',
  lobby: 'ui_phase_lobby',
  'in-meeting': 'ui_phase_inMeeting',
  ended: 'ui_phase_ended',
  unknown: 'ui_phase_unknown',
};

export const PARTY_KEYS: Record<Party, string> = {
  first: 'ui_party_first',
  third: 'ui_party_third',
  unknown: 'ui_party_unknown',
};

const SIGNAL_KEYS: Record<SignalName, string> = {
  recording: 'ui_signal_recording',
  transcription: 'ui_signal_transcription',
  captions: 'ui_signal_captions',
  aiAssistant: 'ui_signal_aiAssistant',
  liveStream: 'ui_signal_liveStream',
  e2ee: 'ui_signal_e2ee',
  lobbyEnabled: 'ui_signal_lobbyEnabled',
  passcodeRequired: 'ui_signal_passcodeRequired',
  passcodeInUrl: 'ui_signal_passcodeInUrl',
  cameraOnAtJoin: 'ui_signal_cameraOnAtJoin',
  micOnAtJoin: 'ui_signal_micOnAtJoin',
  participantCount: 'ui_signal_participantCount',
  guestsPresent: 'ui_signal_guestsPresent',
  botsPresent: 'ui_signal_botsPresent',
  screenShareWholeScreen: 'ui_signal_screenShareWholeScreen',
  chatPersistent: 'ui_signal_chatPersistent',
  privacyNoticeLink: 'ui_signal_privacyNoticeLink',
  recordingConsentPrompt: 'ui_signal_recordingConsentPrompt',
  recordingStartedInMeeting: 'ui_signal_recordingStartedInMeeting',
  attentionTracking: 'ui_signal_attentionTracking',
  dialInNumbersShown: 'ui_signal_dialInNumbersShown',
  backgroundBlurAvailable: 'ui_signal_backgroundBlurAvailable',
  registrationExtraFields: 'ui_signal_registrationExtraFields',
  allJoinAsModerator: 'ui_signal_allJoinAsModerator',
  joinBeforeHost: 'ui_signal_joinBeforeHost',
  autoRecording: 'ui_signal_autoRecording',
  cloudRecording: 'ui_signal_cloudRecording',
  autoTranscription: 'ui_signal_autoTranscription',
  aiAssistantAllowed: 'ui_signal_aiAssistantAllowed',
  dataRegions: 'ui_signal_dataRegions',
};

function isSignalName(name: string): name is SignalName {
  return Object.hasOwn(SIGNAL_KEYS, name);
}

/** Signal names are translated; any other evidence name (a host, a count) is shown as it came. */
export function evidenceName(lang: Lang, name: string): string {
  return isSignalName(name) ? t(lang, SIGNAL_KEYS[name]) : name;
}

export const AREA_KEYS: Record<DskArea, string> = {
  provider: 'ui_area_provider',
  transparency: 'ui_area_transparency',
  transmission: 'ui_area_transmission',
  access: 'ui_area_access',
  minimisation: 'ui_area_minimisation',
};
