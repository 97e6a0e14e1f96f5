/**
 * The evidence vocabulary shared by content scripts, background, rules, UI and the audit CLI.
 * Everything here is plain JSON data (design.md, "Vocabulary and the report contract").
 */

export const CLIENT_IDS = [
  'zoom',
  'google-meet',
  'microsoft-teams',
  'webex',
  'jitsi-meet',
  'bigbluebutton',
  'whereby',
  'goto-meeting',
  'nextcloud-talk',
  'opentalk',
  'generic-webrtc',
] as const;
export type ClientId = (typeof CLIENT_IDS)[number];

export const PHASES = ['settings', 'prejoin', 'lobby', 'in-meeting', 'ended', 'unknown'] as const;
export type Phase = (typeof PHASES)[number];

export const SIGNAL_NAMES = [
  'recording',
  'transcription',
  'captions',
  'aiAssistant',
  'liveStream',
  'e2ee',
  'lobbyEnabled',
  'passcodeRequired',
  'passcodeInUrl',
  'cameraOnAtJoin',
  'micOnAtJoin',
  'participantCount',
  'guestsPresent',
  'botsPresent',
  'screenShareWholeScreen',
  'chatPersistent',
  /** A link to a privacy notice on the pre-join page (Art. 13 information before joining). */
  'privacyNoticeLink',
  /** The client asked for consent to the recording, e.g. "by staying you consent to being recorded". */
  'recordingConsentPrompt',
  /** Recording was seen off in this meeting and later on: it started while the user was present. */
  'recordingStartedInMeeting',
  /** Attention, engagement or sentiment tracking of participants is shown. */
  'attentionTracking',
  /** Participants listed under a full phone number (dial-in callers). */
  'dialInNumbersShown',
  /** The client offers background blur or a virtual background. */
  'backgroundBlurAvailable',
  /** A registration form requires data beyond name and e-mail (phone, company, job title, address). */
  'registrationExtraFields',
  /** A room setting gives every participant moderator rights. */
  'allJoinAsModerator',
  /** A room setting lets anyone start the meeting before its owner or host. */
  'joinBeforeHost',
  /** Settings: meetings are recorded automatically as they start. */
  'autoRecording',
  /** Settings: hosts may record to storage the provider or operator keeps (cloud recording, a room's "may be recorded"). */
  'cloudRecording',
  /** Settings: transcripts are made automatically (of recordings, or "record and transcribe automatically"). */
  'autoTranscription',
  /** Settings: a built-in AI assistant (meeting summary, Copilot) may run in meetings. */
  'aiAssistantAllowed',
  /** Settings: the data-centre regions that may process meetings, as the page names them, comma-separated. */
  'dataRegions',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export type SignalValue = boolean | number | string | null;

/** One observed fact. `value: null` means the page did not show it. */
export interface Signal {
  value: SignalValue;
  /** Which definition and which selector / text / API the value came from. */
  source: string;
  observedAt: string;
  /** Extra plain strings, e.g. the participant names that looked like notetaker bots. */
  detail?: string[];
}

export type Signals = Record<SignalName, Signal>;

/** What the page-world script saw (untrusted: the page can forge it). */
export interface PageWorldEvidence {
  getUserMedia: { audio: boolean; video: boolean; calls: number };
  peerConnections: number;
  /** Hosts of STUN/TURN servers from RTCPeerConnection configurations, credentials dropped. */
  iceServerHosts: string[];
  /** Scheme + host of every WebSocket the page opened, e.g. `wss://meet.jit.si`. */
  webSockets: string[];
  /** The page transformed encoded frames (insertable streams / RTCRtpScriptTransform). */
  encodedTransform: boolean;
  /** Markers of self-hostable software seen as page globals. */
  globals: string[];
  /** Where the page's peer connections send media, from getStats() of the selected ICE pairs. */
  mediaEndpoints: MediaEndpointEvidence[];
  /** The surface of a running screen share (`monitor` = whole screen, `window`, `browser`), else null. */
  displaySurface: string | null;
}

export interface MediaEndpointEvidence {
  /** IP (or mDNS name, or '' when the browser hides it) of the remote candidate, or of our TURN relay. */
  address: string;
  /** ICE candidate types: host, srflx, prflx, relay. */
  remoteType: string;
  localType: string;
  /** The remote side declared ICE-lite, as media servers do and browsers never do. */
  remoteIceLite: boolean;
}

/** Hosts a page loaded, from the Resource Timing API in the content script. */
export interface ResourceEvidence {
  /** `scheme://host` of each resource (no paths: they can carry tokens). */
  origins: string[];
}

/** Everything one frame's content script reports. */
export interface PageEvidence {
  /** Page URL with secrets (query values, fragments) removed. */
  url: string;
  /** A stable key for "this meeting": client + meeting id. A new key means a new meeting. */
  meetingKey: string;
  clientId: ClientId | null;
  selfHosted: boolean;
  phase: Phase;
  signals: Signals;
  resources: ResourceEvidence;
  pageWorld: PageWorldEvidence | null;
  observedAt: string;
}

export interface NetworkHostEvidence {
  host: string;
  ips: string[];
  types: string[];
}

/** What the background saw of the tab's requests through non-blocking webRequest. */
export interface NetworkEvidence {
  hosts: NetworkHostEvidence[];
}

/** Everything known about one tab; persisted in storage.session. */
export interface TabEvidence {
  tabId: number;
  /** Evidence per frame id; frame 0 is the top frame. */
  frames: Record<string, PageEvidence>;
  network: NetworkEvidence;
  updatedAt: string;
}

export function emptySignal(source: string, observedAt: string): Signal {
  return { value: null, source, observedAt };
}

export function emptySignals(observedAt: string, source = 'not visible'): Signals {
  const signals = {} as Signals;
  for (const name of SIGNAL_NAMES) signals[name] = emptySignal(source, observedAt);
  return signals;
}
