import { actionToggle, secretInUrl } from './readers';
import type { ClientDefinition, Probe } from './types';

// Sources: docs/clients.md §4 and addendum C. The unified web app (Momentum `mdc-*` components with
// data-test ids, from AWS's Live Meeting Assistant bot [S LMA webex.ts]) runs inside
// iframe#unified-webclient-iframe; the content script reads that frame. Recording and lobby texts have no
// public source yet [K]: without them the signals stay unknown.

const MEETING_PATH =
  /\/(?:meeting\/download|join|meet)\/([^/?#]+)|\/webappng\/sites\/[^/]+\/meeting\/[^/]+\/([^/?#]+)/;

const lobbyWait: Probe = {
  note: 'lobby text [K clients.md §4, addendum C]',
  texts: {
    en: ['The host will let you in soon', "You're in the lobby"],
    de: ['Der Gastgeber lässt Sie in Kürze herein'],
  },
};

export const webex: ClientDefinition = {
  id: 'webex',
  name: 'Webex',
  operator: {
    name: 'Cisco Systems, Inc.',
    domains: [
      'webex.com',
      'cisco.com',
      'wbx2.com',
      'ciscospark.com',
      'webexapis.com',
      'webexcontent.com',
      'accompany.com',
      // Cisco-owned AppDynamics end-user monitoring of the web app [S WBXNET].
      'appdynamics.com',
      'eum-appdynamics.com',
    ],
    // Client metrics metrics-a.wbx2.com and RTC metrics sj1-utsa.webex.com [S webex-js-sdk];
    // AppDynamics EUM for performance, crash and session data [S WBXNET].
    telemetryHosts: ['metrics-a.wbx2.com', 'sj1-utsa.webex.com', 'appdynamics.com', 'eum-appdynamics.com'],
  },
  selfHostable: false,
  matches: [
    /^https:\/\/[a-z0-9-]+\.webex\.com\/(?:meet\/|webappng\/|wbxmjs\/|join(?:[/?#]|$)|[^/?#]+\/j\.php)/,
    /^https:\/\/web\.webex\.com(?:[/?#]|$)/,
  ],
  examples: [
    'https://example.webex.com/webappng/sites/example/meeting/download/8f2c1e0a7b6d4c39a1e5f0d2b3c4a596?launchApp=true',
    'https://example.webex.com/meet/jane.doe',
    'https://example.webex.com/example/j.php?MTID=m0123456789abcdef0123456789abcdef',
  ],
  meetingId(url) {
    const mtid = url.searchParams.get('MTID');
    if (mtid) return mtid.toLowerCase();
    const match = MEETING_PATH.exec(url.pathname);
    return (match?.[1] ?? match?.[2])?.toLowerCase() ?? null;
  },
  phases: [
    { phase: 'lobby', when: [lobbyWait] },
    {
      phase: 'ended',
      when: [
        {
          note: 'end texts [S LMA webex.ts L786-800]',
          texts: {
            en: ['This meeting has ended', 'You have left the meeting', 'Meeting disconnected'],
            de: [],
          },
        },
      ],
    },
    {
      phase: 'in-meeting',
      when: [
        {
          note: 'in-meeting controls and names [S LMA webex.ts L476-586]',
          selectors: [
            'mdc-button[data-test="in-meeting-chat-toggle-button"]',
            '[data-test="participant-name"]',
            '.active-speaker-halo',
            'button[data-doi="CHAT:OPEN_CHAT_PANEL:MENU_CONTROL_BAR"]',
          ],
        },
      ],
    },
    {
      phase: 'prejoin',
      when: [
        {
          note: 'pre-join form [S LMA webex.ts L258-308, L381-424]',
          selectors: [
            'mdc-button[data-test="join-button"]',
            'input[data-test="Name (required)"]',
            'input[aria-label="Meeting password"]',
            '#interstitial_join_btn',
            '#guest_next-btn',
          ],
        },
      ],
    },
  ],
  signals: {
    recording: {
      on: [
        {
          note: 'recording notice [K clients.md §4]',
          texts: { en: ['This meeting is being recorded'], de: ['Dieses Meeting wird aufgezeichnet'] },
        },
      ],
      latch: true,
    },
    lobbyEnabled: { on: [lobbyWait], readIn: ['lobby', 'prejoin'] },
    passcodeRequired: {
      on: [
        {
          note: 'password field on the join form [S LMA webex.ts L306-308, L475-529]',
          selectors: ['input[aria-label="Meeting password"]', '#password_validate_btn'],
        },
      ],
      readIn: ['prejoin'],
    },
    passcodeInUrl: secretInUrl(['pwd', 'PWD']),
    cameraOnAtJoin: actionToggle(
      'camera button label names the action [S LMA "Stop video"]; German [K]',
      { en: ['Stop video'], de: ['Video beenden'] },
      { en: ['Start video'], de: ['Video starten'] },
    ),
    micOnAtJoin: actionToggle(
      'microphone button label names the action [S LMA "Mute"]; German [K]',
      { en: ['Mute'], de: ['Stummschalten'] },
      { en: ['Unmute'], de: ['Stummschaltung aufheben'] },
    ),
  },
  participants: {
    note: 'participant names in the people panel [S LMA webex.ts L571-586]',
    rows: ['[data-test="participant-name"]'],
  },
};
