import { actionToggle } from './readers';
import type { ClientDefinition } from './types';

// Sources: docs/clients.md §8: routes from app/src/config/routes.tsx, strings from the Fluent files
// app/public/locales/{en,de}/k3k.ftl, page head from app/index.html of the OpenTalk web app (stability A).
// Self-hosted or opentalk.eu: recognised by its page markers on any host.

const ROOM_ID = /^\/(?:room|lobby|waiting)\/([^/?#]+)/;

export const opentalk: ClientDefinition = {
  id: 'opentalk',
  name: 'OpenTalk',
  operator: { name: 'self-hosted or OpenTalk GmbH (opentalk.eu)', domains: [], telemetryHosts: [] },
  selfHostable: true,
  matches: [],
  examples: [],
  selfHostedMarkers: [
    {
      note: 'app/index.html description and runtime config script [S OT]',
      selectors: [
        'meta[name="description"][content="OpenTalk, a friendly video chat"]',
        'script[src="/config.js"] ~ title',
      ],
    },
  ],
  meetingId(url) {
    return ROOM_ID.exec(url.pathname)?.[1]?.toLowerCase() ?? null;
  },
  phases: [
    { phase: 'lobby', when: [{ note: 'waiting room route [S OT routes.tsx]', path: /^\/waiting\// }] },
    { phase: 'prejoin', when: [{ note: 'lobby (pre-join) route [S OT routes.tsx]', path: /^\/lobby\// }] },
    { phase: 'in-meeting', when: [{ note: 'room route [S OT routes.tsx]', path: /^\/room\// }] },
  ],
  signals: {
    recording: {
      on: [
        {
          note: 'recording-active-label, recording-active-message [S OT k3k.ftl en/de]',
          texts: {
            en: ['Recording active', 'The recording has started.'],
            de: ['Recording läuft', 'Die Aufnahme wurde gestartet.'],
          },
        },
      ],
      // The "Recording active" chip stays in the room's header while recording [S recording-active-label].
      absentMeansOffIn: ['in-meeting'],
      latch: true,
    },
    liveStream: {
      on: [
        {
          note: 'livestream-active-label, livestream-active-message [S OT k3k.ftl en/de]',
          texts: {
            en: ['Livestream active', 'The stream has started.'],
            de: ['Livestream läuft', 'Der Stream hat begonnen.'],
          },
        },
      ],
      latch: true,
    },
    lobbyEnabled: {
      on: [
        { note: 'waiting room route [S OT routes.tsx]', path: /^\/waiting\// },
        {
          note: 'waiting-room-enabled-message [S OT k3k.ftl]',
          texts: { en: ['Waiting room is enabled'], de: ['Warteraum ist aktiviert'] },
        },
      ],
    },
    passcodeRequired: {
      on: [
        {
          note: 'lobby-password-placeholder [S OT k3k.ftl]',
          selectors: ['input[placeholder="Password please"]', 'input[placeholder="Passwort bitte"]'],
        },
      ],
      // The pre-join form shows the password field only for protected rooms.
      absentMeansOffIn: ['prejoin'],
      readIn: ['prejoin'],
    },
    cameraOnAtJoin: actionToggle(
      'toolbar tooltip names the action [S OT k3k.ftl]',
      { en: ['Turn Off Video'], de: ['Kamera deaktivieren'] },
      { en: ['Turn On Video'], de: ['Kamera aktivieren'] },
    ),
    micOnAtJoin: actionToggle(
      'toolbar tooltip names the action [S OT k3k.ftl]',
      { en: ['Turn Off Audio'], de: ['Mikrofon deaktivieren'] },
      { en: ['Turn On Audio'], de: ['Mikrofon aktivieren'] },
    ),
  },
};
