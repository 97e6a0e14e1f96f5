import { secretInUrl } from './readers';
import type { ClientDefinition } from './types';

// Sources: docs/clients.md §5 (jitsi-meet lang/main.json + main-de.json keys, data-testids used by Jitsi's
// own torture tests, Redux state names). Jitsi's i18n keys are stable across years (stability A), but
// operators can override texts, so selectors come first.

const MEETING_PATH = /^\/(?!(?:static|libs|images|sounds|css|lang)\/)([^/?#]+)(?:\/([^/?#]+))?/;

export const jitsiMeet: ClientDefinition = {
  id: 'jitsi-meet',
  name: 'Jitsi Meet',
  operator: { name: '8x8 Inc. (meet.jit.si, 8x8.vc)', domains: ['jit.si', 'jitsi.net', '8x8.vc', '8x8.com'] },
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
  watch: [
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
    recording: {
      on: [
        {
          note: 'recording label tooltip/label videoStatus.recording, recording.expandedOn, recording.onBy [S JIT lang]',
          labels: { en: ['This meeting is being recorded'], de: ['Aufnahme läuft'] },
          texts: {
            en: ['The meeting is currently being recorded', 'started the recording', 'Recording started.'],
            de: ['Die Konferenz wird momentan aufgezeichnet', 'startete die Aufnahme', 'Aufnahme gestartet.'],
          },
        },
      ],
      off: [
        {
          note: 'recording.off [S JIT lang]',
          texts: { en: ['Recording stopped'], de: ['Aufnahme gestoppt'] },
        },
      ],
      readIn: ['in-meeting'],
      latch: true,
    },
    liveStream: {
      on: [
        {
          note: 'videoStatus.streaming, liveStreaming.expandedOn, liveStreaming.onBy [S JIT lang]',
          labels: { en: ['Streaming in progress'], de: ['Streaming läuft'] },
          texts: {
            en: [
              'The meeting is currently being live streamed',
              'started the live streaming',
              'Live Streaming started',
            ],
            de: ['Die Konferenz wird momentan', 'startete den Livestream'],
          },
        },
      ],
      readIn: ['in-meeting'],
      latch: true,
    },
    transcription: {
      on: [
        {
          note: 'transcribing.labelTooltip / transcribing.on / transcribing.expandedLabel, recording.onWithTranscription [S JIT lang]',
          labels: { en: ['This meeting is being transcribed'], de: ['Die Konferenz wird transkribiert'] },
          texts: {
            en: [
              'Transcription started',
              'Transcribing is currently on',
              'A transcript will also be available',
            ],
            de: ['Transkription gestartet', 'Ein Transkript wird nach der Konferenz verfügbar sein'],
          },
        },
      ],
      readIn: ['in-meeting'],
      latch: true,
    },
    e2ee: {
      on: [
        {
          note: 'E2EE label tooltip e2ee.labelToolTip [S JIT lang]',
          labels: {
            en: ['Audio and Video Communication on this call is end-to-end encrypted'],
            de: ['Audio- und Videodaten dieser Unterhaltung sind jetzt zwischen den Personen verschlüsselt'],
          },
        },
      ],
      readIn: ['in-meeting'],
    },
    lobbyEnabled: {
      on: [
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
      on: [
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
    // JaaS and secured deployments authenticate with a JWT that can travel in the link.
    passcodeInUrl: secretInUrl(['jwt']),
    cameraOnAtJoin: {
      on: [
        {
          note: 'toolbar.accessibilityLabel.videomute shown ⇒ camera on [S JIT lang]',
          labels: { en: ['Stop camera'], de: ['Kamera stoppen'] },
        },
      ],
      off: [
        {
          note: 'toolbar.accessibilityLabel.videounmute [S JIT lang]',
          labels: { en: ['Start camera'], de: ['Kamera einschalten'] },
        },
      ],
      readIn: ['prejoin', 'lobby'],
    },
    micOnAtJoin: {
      on: [
        {
          note: 'toolbar.accessibilityLabel.mute shown ⇒ mic on [S JIT lang]',
          labels: { en: ['Mute microphone'], de: ['Mikrofon deaktivieren'] },
        },
      ],
      off: [
        {
          note: 'toolbar.accessibilityLabel.unmute [S JIT lang]',
          labels: { en: ['Unmute microphone'], de: ['Stummschaltung aufheben'] },
        },
      ],
      readIn: ['prejoin', 'lobby'],
    },
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
