import { actionToggle, secretInUrl } from './readers';
import type { ClientDefinition, Observation, Probe, ReadContext } from './types';

// Sources: docs/clients.md §5 (jitsi-meet lang/main.json + main-de.json keys, data-testids used by Jitsi's
// own torture tests, Redux state names). Jitsi's i18n keys are stable across years (stability A), but
// operators can override texts, so selectors come first.

const MEETING_PATH = /^\/(?!(?:static|libs|images|sounds|css|lang)\/)([^/?#]+)(?:\/([^/?#]+))?/;

/** "{{name}} started the recording" toast or the consent dialog of a recorded meeting [S JIT lang]. */
const recordingToast: Probe = {
  note: 'recording.onBy toast, recording.expandedOn, dialog.recordingInProgressTitle [S JIT lang]',
  selectors: ['[data-testid="recording.onBy"]'],
  texts: {
    en: ['started the recording', 'The meeting is currently being recorded', 'Recording in progress'],
    de: ['startete die Aufnahme', 'Die Konferenz wird momentan aufgezeichnet', 'Aufnahme läuft'],
  },
};

const streamToast: Probe = {
  note: 'liveStreaming.onBy toast, liveStreaming.expandedOn [S JIT lang]',
  selectors: ['[data-testid="liveStreaming.onBy"]', '[data-testid="dialog.liveStreaming"]'],
  texts: {
    en: [
      'started the live streaming',
      'The meeting is currently being live streamed',
      'Live Streaming started',
    ],
    de: ['startete den Livestream'],
  },
};

/**
 * Jitsi's recording and live-stream labels are the same icon-only element with the "record" style rule
 * [S RecordingLabel.tsx]; only the SVG differs. They sit in the always-visible conference-info bar
 * [S CONFERENCE_INFO], so no label means neither runs. One label is told apart by the toast that
 * announced it (now or earlier in this meeting); without one, which of the two runs stays unknown.
 */
function readRecordingOrStream(ctx: ReadContext, wanted: 'recording' | 'liveStream'): Observation | null {
  if (ctx.phase !== 'in-meeting') return null;
  const labels = ctx.doc.querySelectorAll('#alwaysVisible [class*="-record"]').length;
  const [own, other] = wanted === 'recording' ? [recordingToast, streamToast] : [streamToast, recordingToast];
  const ownToast = ctx.match(own);
  if (ownToast) return { value: true, source: ownToast };
  if (labels >= 2)
    return { value: true, source: 'two recording-group labels: recording and live stream both run' };
  if (labels === 0)
    return { value: false, source: 'no recording or streaming label in the always-visible bar' };
  const otherName = wanted === 'recording' ? 'liveStream' : 'recording';
  if (ctx.previous?.[wanted].value === true) return { value: true, source: ctx.previous[wanted].source };
  if (ctx.match(other) || ctx.previous?.[otherName].value === true) {
    return {
      value: false,
      source: `the one label shown belongs to the ${otherName === 'liveStream' ? 'live stream' : 'recording'}`,
    };
  }
  return null;
}

/**
 * The moderator's security options dialog: its switches are checkboxes whose checked state is the setting
 * [S LobbySection.tsx, E2EESection.tsx, base/ui Switch.tsx]; the password actions tell a locked room
 * (remove) from an open one (add) [S PasswordSection.tsx].
 */
const securityDialog = {
  lobbyOn: {
    note: 'security dialog: lobby switch on [S LobbySection.tsx]',
    selectors: ['#lobby-section-switch:checked'],
  },
  lobbyOff: {
    note: 'security dialog: lobby switch off [S LobbySection.tsx]',
    selectors: ['#lobby-section-switch:not(:checked)'],
  },
  e2eeOn: {
    note: 'security dialog: E2EE switch on [S E2EESection.tsx]',
    selectors: ['#e2ee-section-switch:checked'],
  },
  e2eeOff: {
    note: 'security dialog: E2EE switch off [S E2EESection.tsx]',
    selectors: ['#e2ee-section-switch:not(:checked)'],
  },
  password: {
    note: 'security dialog: room locked with a password [S PasswordSection.tsx]',
    selectors: ['.security-dialog .remove-password'],
  },
  noPassword: {
    note: 'security dialog: no password set [S PasswordSection.tsx]',
    selectors: ['.security-dialog .add-password'],
  },
} satisfies Record<string, Probe>;

export const jitsiMeet: ClientDefinition = {
  id: 'jitsi-meet',
  name: 'Jitsi Meet',
  operator: {
    name: '8x8 Inc. (meet.jit.si, 8x8.vc)',
    domains: ['jit.si', 'jitsi.net', '8x8.vc', '8x8.com'],
    telemetryHosts: [],
  },
  selfHostable: true,
  matches: [/^https?:\/\/meet\.jit\.si(?:[/?#]|$)/, /^https?:\/\/8x8\.vc(?:[/?#]|$)/],
  examples: [
    'https://meet.jit.si/PrivacyLensDemo',
    'https://meet.jit.si/PrivacyLensDemo#config.startWithAudioMuted=true',
    'https://8x8.vc/vpaas-magic-cookie-0123456789abcdef/WeeklySync',
  ],
  selfHostedMarkers: [
    {
      note: 'index.html of every Jitsi Meet deployment loads these bundles, also when rebranded [S clients.md §5]',
      selectors: ['script[src*="lib-jitsi-meet"]', 'script[src*="libs/app.bundle"]'],
    },
    {
      note: 'default og:description of jitsi-meet index.html [S clients.md §5]',
      selectors: ['meta[content*="Jitsi Videobridge"]'],
    },
  ],
  // lib-jitsi-meet's entry point and the app object [S JIT base/util/helpers.ts; VEXA jitsi/selectors.ts].
  selfHostedGlobals: ['JitsiMeetJS', 'APP'],
  watch: [
    recordingToast,
    { note: 'security dialog (lobby, password, E2EE)', selectors: ['.security-dialog'] },
    { note: 'virtual background dialog', selectors: ['#virtual-background-dialog'] },
    streamToast,
    { note: 'recording-group labels (custom readers)', selectors: ['#alwaysVisible [class*="-record"]'] },
    {
      note: 'participant count in the participants button label (participantCount reader)',
      labels: { en: ['Open participants panel'], de: ['Anwesenheitsliste öffnen'] },
    },
  ],
  meetingId(url) {
    const match = MEETING_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return (match[2] ? `${match[1]}/${match[2]}` : match[1]).toLowerCase();
  },
  phases: [
    {
      phase: 'lobby',
      when: [
        {
          note: 'lobby.joiningTitle / lobby.joiningMessage, knocking screen [S JIT lang]',
          texts: {
            en: ['Asking to join meeting', "You'll join the meeting as soon as someone accepts your request"],
            de: ['Beitritt anfragen', 'Sie treten der Konferenz bei, sobald jemand Ihre Anfrage annimmt'],
          },
        },
        {
          note: 'lobby screen test ids [S JIT data-testids]',
          selectors: ['[data-testid="lobby.knockButton"]', '[data-testid="lobby.nameField"]'],
        },
      ],
    },
    {
      phase: 'prejoin',
      when: [
        {
          note: 'pre-join screen [S JIT data-testids; VEXA jitsi/selectors.ts]',
          selectors: [
            '[data-testid="prejoin.screen"]',
            '[data-testid="prejoin.joinMeeting"]',
            '#premeeting-name-input',
          ],
        },
      ],
    },
    {
      phase: 'in-meeting',
      when: [
        {
          note: 'conference layout [S VEXA jitsi/selectors.ts]',
          selectors: ['#videospace', '#largeVideoContainer', '#new-toolbox', '#filmstripLocalVideo'],
        },
      ],
    },
  ],
  signals: {
    recording: (ctx) => readRecordingOrStream(ctx, 'recording'),
    liveStream: (ctx) => readRecordingOrStream(ctx, 'liveStream'),
    transcription: {
      on: [
        {
          note: 'TranscribingLabel (style rule "transcribing") in the always-visible bar [S TranscribingLabel.tsx]',
          selectors: ['#alwaysVisible [class*="-transcribing"]'],
        },
        {
          note: 'transcribing.onBy / transcribing.on toasts, recording.onWithTranscription [S JIT lang]',
          selectors: ['[data-testid="transcribing.onBy"]'],
          texts: {
            en: ['started the transcription', 'Transcription started', 'A transcript will also be available'],
            de: ['Transkription gestartet', 'Ein Transkript wird nach der Konferenz verfügbar sein'],
          },
        },
      ],
      // The recording group of the conference info is always visible [S CONFERENCE_INFO].
      absentMeansOffIn: ['in-meeting'],
      readIn: ['in-meeting'],
    },
    aiAssistant: {
      on: [
        {
          note: 'recording consent dialog of deployments that analyse recordings with AI [S dialog.recordingInProgressDescription de; en wording K]',
          texts: {
            en: ['recorded and analyzed by AI', 'recorded and analysed by AI'],
            de: ['aufgezeichnet und von KI analysiert'],
          },
        },
      ],
      readIn: ['in-meeting'],
      latch: true,
    },
    e2ee: {
      on: [
        securityDialog.e2eeOn,
        {
          // Rendered only while the label is hovered (Popover.web.tsx), so mostly unknown.
          note: 'E2EE label tooltip e2ee.labelToolTip [S JIT lang]',
          labels: {
            en: ['Audio and Video Communication on this call is end-to-end encrypted'],
            de: ['Audio- und Videodaten dieser Unterhaltung sind jetzt zwischen den Personen verschlüsselt'],
          },
          texts: {
            en: ['Audio and Video Communication on this call is end-to-end encrypted'],
            de: ['Audio- und Videodaten dieser Unterhaltung sind jetzt zwischen den Personen verschlüsselt'],
          },
        },
      ],
      off: [securityDialog.e2eeOff],
      readIn: ['in-meeting'],
    },
    lobbyEnabled: {
      off: [securityDialog.lobbyOff],
      on: [
        securityDialog.lobbyOn,
        {
          note: 'we are knocking, so the meeting has a lobby [S JIT lang lobby.joiningTitle]',
          texts: { en: ['Asking to join meeting'], de: ['Beitritt anfragen'] },
          selectors: ['[data-testid="lobby.knockButton"]'],
        },
        {
          note: 'moderator view: lobby list in the participants pane [S JIT]',
          selectors: ['#lobby-list'],
          texts: { en: ['Waiting in lobby'], de: [] },
        },
      ],
    },
    passcodeRequired: {
      off: [securityDialog.noPassword],
      on: [
        securityDialog.password,
        {
          note: 'password field on the lobby / password prompt dialog.passwordLabel [S JIT]',
          selectors: ['#lobby-password-input', '[data-testid="lobby.password"]'],
          texts: {
            en: ['The meeting has been locked by a participant. Please enter the password to join.'],
            de: [],
          },
        },
      ],
    },
    backgroundBlurAvailable: {
      on: [
        {
          note: 'virtual background dialog (blur and backgrounds) open [S VirtualBackgroundDialog: id virtual-background-dialog]',
          selectors: ['#virtual-background-dialog'],
        },
      ],
      // The dialog closes again; the feature it offered stays available for the meeting.
      latch: true,
    },
    // JaaS and secured deployments authenticate with a JWT that can travel in the link.
    passcodeInUrl: secretInUrl(['jwt']),
    cameraOnAtJoin: actionToggle(
      'toolbar.accessibilityLabel.videomute shown ⇒ camera on [S JIT lang]',
      { en: ['Stop camera'], de: ['Kamera stoppen'] },
      { en: ['Start camera'], de: ['Kamera einschalten'] },
    ),
    micOnAtJoin: actionToggle(
      'toolbar.accessibilityLabel.mute shown ⇒ mic on [S JIT lang]',
      { en: ['Mute microphone'], de: ['Mikrofon deaktivieren'] },
      { en: ['Unmute microphone'], de: ['Stummschaltung aufheben'] },
    ),
    participantCount: (ctx) => {
      // toolbar.accessibilityLabel.participants: "Open participants panel. {{participantsCount}} participants"
      for (const label of ctx.labels()) {
        const match =
          /open participants panel\. (\d+) participants|anwesenheitsliste öffnen\. (\d+) anwesend/.exec(
            label,
          );
        const count = match?.[1] ?? match?.[2];
        if (count) return { value: Number(count), source: `label "${label}"` };
      }
      return null;
    },
  },
};
