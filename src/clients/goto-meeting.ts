import { actionToggle } from './readers';
import type { ClientDefinition, Probe } from './types';

// Sources: docs/clients.md §10 and addendum E: URL shapes and texts are [K] (unverified); no public code
// shows GoTo Meeting's DOM. Expect low confidence: unmatched signals stay unknown.

const MEETING_NUMBER = /^\/(?:meeting\/|join\/)?(\d{9,10})(?:[/?#]|$)/;

const waitingRoom: Probe = {
  note: 'waiting room [K clients.md §10]',
  texts: {
    en: ['Waiting room', 'The organizer will let you in'],
    de: ['Warteraum', 'Der Organisator lässt Sie'],
  },
};

export const gotoMeeting: ClientDefinition = {
  id: 'goto-meeting',
  name: 'GoTo Meeting',
  operator: {
    name: 'GoTo Group, Inc.',
    domains: ['goto.com', 'gotomeeting.com', 'logmein.com', 'getgo.com', 'goto-rtc.com', 'gotomeet.me'],
    telemetryHosts: [],
  },
  selfHostable: false,
  matches: [
    /^https:\/\/meet\.goto\.com(?:[/?#]|$)/,
    /^https:\/\/app\.goto\.com\/meeting\//,
    /^https:\/\/global\.gotomeeting\.com\/join\//,
  ],
  examples: [
    'https://meet.goto.com/123456789',
    'https://app.goto.com/meeting/987654321',
    'https://global.gotomeeting.com/join/123456789',
  ],
  meetingId(url) {
    return MEETING_NUMBER.exec(url.pathname)?.[1] ?? null;
  },
  phases: [
    { phase: 'lobby', when: [waitingRoom] },
    {
      phase: 'in-meeting',
      when: [
        { note: 'toolbar [K]', labels: { en: ['Leave meeting', 'Share screen'], de: ['Meeting verlassen'] } },
      ],
    },
    {
      phase: 'prejoin',
      when: [{ note: 'join button [K]', texts: { en: ['Join meeting'], de: ['Meeting beitreten'] } }],
    },
  ],
  signals: {
    recording: {
      on: [
        {
          note: 'recording notice [K clients.md §10]',
          texts: { en: ['This session is being recorded'], de: ['Diese Sitzung wird aufgezeichnet'] },
        },
      ],
      latch: true,
    },
    lobbyEnabled: { on: [waitingRoom], readIn: ['lobby', 'prejoin'] },
    cameraOnAtJoin: actionToggle(
      'camera toggle [K]',
      { en: ['Turn off camera'], de: ['Kamera ausschalten'] },
      { en: ['Turn on camera'], de: ['Kamera einschalten'] },
    ),
    micOnAtJoin: actionToggle(
      'microphone toggle [K]',
      { en: ['Mute'], de: ['Stummschalten'] },
      { en: ['Unmute'], de: ['Stummschaltung aufheben'] },
    ),
  },
};
