import { actionToggle, secretInUrl } from './readers';
import type { ClientDefinition, Probe } from './types';

// Sources: docs/clients.md §9 and addendum E: no public code or vendor text confirms Whereby's DOM, so
// every probe here is [K] (unverified). Signals that do not match stay unknown, never "pass".

const NOT_ROOMS = new Set(['', 'user', 'information', 'pricing', 'login', 'signup', 'blog', 'embed', 'org']);

const knocking: Probe = {
  note: 'knock screen [K clients.md §9]',
  texts: { en: ['Waiting for the host to let you in'], de: ['Warten, bis der Gastgeber Sie hereinlässt'] },
};

export const whereby: ClientDefinition = {
  id: 'whereby',
  name: 'Whereby',
  operator: {
    name: 'Whereby AS',
    domains: ['whereby.com', 'appearin.net', 'whereby.dev'],
    // WebRTC statistics collector in Whereby's firewall list (docs.whereby.com, firewall-and-security).
    telemetryHosts: ['rtcstats.srv.whereby.com', 'rtcstats.appearin.net'],
  },
  selfHostable: false,
  matches: [
    /^https:\/\/(?:[a-z0-9-]+\.)?whereby\.com\/(?!(?:user|information|pricing|login|signup|blog)(?:[/?#]|$))[^/?#]+/,
  ],
  examples: ['https://whereby.com/privacy-lens-demo', 'https://example.whereby.com/team-standup?embed'],
  meetingId(url) {
    const room = url.pathname.split('/')[1] ?? '';
    return NOT_ROOMS.has(room) ? null : room.toLowerCase();
  },
  phases: [
    { phase: 'lobby', when: [knocking] },
    {
      phase: 'in-meeting',
      when: [
        {
          note: 'room controls [K]',
          labels: { en: ['Leave', 'Share screen'], de: ['Verlassen', 'Bildschirm teilen'] },
        },
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
          note: 'recording toast [K clients.md §9]',
          texts: { en: ['started recording'], de: ['hat die Aufnahme gestartet'] },
        },
      ],
      latch: true,
    },
    // roomKey is the host's key: whoever has such a link joins as host [K clients.md §9].
    passcodeInUrl: secretInUrl(['roomKey']),
    lobbyEnabled: {
      on: [knocking, { note: 'knock button [K]', texts: { en: ['Knock'], de: ['Anklopfen'] } }],
      readIn: ['lobby', 'prejoin'],
    },
    cameraOnAtJoin: actionToggle(
      'camera toggle [K]',
      { en: ['Turn off camera'], de: ['Kamera ausschalten'] },
      { en: ['Turn on camera'], de: ['Kamera einschalten'] },
    ),
    micOnAtJoin: actionToggle(
      'microphone toggle [K]',
      { en: ['Mute microphone'], de: ['Mikrofon stummschalten'] },
      { en: ['Unmute microphone'], de: ['Stummschaltung aufheben'] },
    ),
  },
};
