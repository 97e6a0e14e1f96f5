import { actionToggle } from './readers';
import type { ClientDefinition, CustomReader } from './types';

// Sources: docs/clients.md §7. Nextcloud Talk (spreed) is open source: the recording state is the
// title of the call-time button in src/components/TopBar/CallTime.vue [S]; the lobby text is from
// src/components/LobbyScreen.vue [S]. The Nextcloud page shell and the device-check dialog are [K].

const CALL_TOKEN = /\/call\/([a-z0-9]{4,32})(?:[/?#]|$)/i;

/** CallTime.vue titles its button "Recording" / "Starting the recording" only while recording [S]. */
const recording: CustomReader = (ctx) => {
  const button = ctx.doc.querySelector('.call-time button, .call-time [role="button"]');
  if (!button) return null;
  const title = (button.getAttribute('title') ?? '').trim();
  if (/^(recording|starting the recording|aufzeichnung|aufzeichnung wird gestartet)$/i.test(title)) {
    return { value: true, source: `call time button titled "${title}"` };
  }
  if (title === '') return { value: false, source: 'call time button without recording title' };
  return null;
};

export const nextcloudTalk: ClientDefinition = {
  id: 'nextcloud-talk',
  name: 'Nextcloud Talk',
  operator: { name: 'self-hosted (the Nextcloud that runs it)', domains: [], telemetryHosts: [] },
  selfHostable: true,
  matches: [],
  examples: [],
  selfHostedMarkers: [
    {
      note: 'Talk app assets on a Nextcloud page [K clients.md §7]',
      selectors: [
        'head[data-requesttoken] ~ body script[src*="/apps/spreed/"]',
        'head[data-requesttoken] link[href*="/apps/spreed/"]',
        'script[src*="/apps/spreed/js/"]',
      ],
    },
  ],
  // Nextcloud's page globals [K clients.md §7]; with OCA.Talk only on Talk pages.
  selfHostedGlobals: ['OC', 'OCA', 'OCA.Talk'],
  watch: [{ note: 'call time button (custom reader)', selectors: ['.call-time'] }],
  meetingId(url) {
    return CALL_TOKEN.exec(url.pathname)?.[1]?.toLowerCase() ?? null;
  },
  phases: [
    {
      phase: 'lobby',
      when: [
        {
          note: 'LobbyScreen.vue [S]; German [K]',
          selectors: ['.lobby__timer'],
          texts: { en: ['You are currently waiting in the lobby'], de: ['Sie warten gerade in der Lobby'] },
        },
      ],
    },
    {
      phase: 'prejoin',
      when: [{ note: 'device check before the call [K]', selectors: ['.media-settings'] }],
    },
    {
      phase: 'in-meeting',
      when: [{ note: 'call time in the top bar [S CallTime.vue]', selectors: ['.call-time'] }],
    },
  ],
  signals: {
    recording,
    lobbyEnabled: {
      on: [{ note: 'LobbyScreen.vue [S]', selectors: ['.lobby__timer'] }],
    },
    cameraOnAtJoin: actionToggle(
      'device check toggle names the action [K]',
      { en: ['Disable video'], de: ['Video deaktivieren'] },
      { en: ['Enable video'], de: ['Video aktivieren'] },
      ['prejoin'],
    ),
    micOnAtJoin: actionToggle(
      'device check toggle names the action [K]',
      { en: ['Mute audio'], de: ['Audio stummschalten'] },
      { en: ['Unmute audio'], de: ['Stummschaltung aufheben'] },
      ['prejoin'],
    ),
  },
};
