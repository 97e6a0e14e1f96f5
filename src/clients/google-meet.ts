import { actionToggle } from './readers';
import type { ClientDefinition } from './types';

// Sources: docs/clients.md §1 and addendum D (bot code of VEXA, ATT, SCR, TT). Meet's DOM is obfuscated;
// only data-* attributes, aria-labels and dialog texts are used here (stability B). German strings marked
// [K] are unverified and may simply never match: the signal then stays unknown, never "pass".

const MEETING_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:[/?#]|$)/;
const NICKNAME = /^\/lookup\/([^/?#]+)/;

export const googleMeet: ClientDefinition = {
  id: 'google-meet',
  name: 'Google Meet',
  operator: {
    name: 'Google LLC',
    // Google's network article for Meet (support.google.com/a/answer/1279090).
    domains: [
      'google.com',
      'gstatic.com',
      'googleapis.com',
      'googleusercontent.com',
      'googlevideo.com',
      'youtube-nocookie.com',
      'google.de',
    ],
    // Clearcut/Firelog endpoint play.google.com/log [S firebase-js-sdk]; that Meet posts there is [K].
    telemetryHosts: ['play.google.com'],
  },
  selfHostable: false,
  matches: [/^https:\/\/meet\.google\.com(?:[/?#]|$)/],
  examples: [
    'https://meet.google.com/abc-defg-hij',
    'https://meet.google.com/abc-defg-hij?authuser=1',
    'https://meet.google.com/lookup/teamsync',
  ],
  watch: [
    {
      note: 'participant count badge and people button (participantCount reader)',
      selectors: ['[data-avatar-count]'],
      labels: { en: ['People -'], de: ['Personen -'] },
    },
  ],
  meetingId(url) {
    const code = MEETING_CODE.exec(url.pathname)?.[1] ?? NICKNAME.exec(url.pathname)?.[1];
    return code ? code.toLowerCase() : null;
  },
  phases: [
    {
      phase: 'lobby',
      when: [
        {
          note: 'knocking screen [S VEXA googleWaitingRoomIndicators, SCR constants; DE S SCR L333]',
          texts: {
            en: [
              'Asking to be let in',
              "You'll join the call when someone lets you in",
              'Please wait until a meeting host brings you into the call',
            ],
            de: ['Bitte warten Sie, bis Sie vom Organisator'],
          },
        },
      ],
    },
    {
      phase: 'in-meeting',
      when: [
        {
          note: 'in-call-only markers: participant tiles, people button with count [S VEXA, SCR L866-905]',
          selectors: [
            '[data-participant-id]',
            '[data-self-name]',
            '[data-avatar-count]',
            'button[aria-label^="People -"]',
            'button[aria-label^="Personen -"]',
          ],
        },
      ],
    },
    {
      phase: 'prejoin',
      when: [
        {
          note: 'green room join buttons [S ATT L246, VEXA; DE S SCR L216-222]',
          texts: {
            en: ['Ask to join', 'Join now', 'Join anyway', 'Switch here'],
            de: ['Teilnahme erbitten', 'Jetzt teilnehmen', 'Trotzdem teilnehmen'],
          },
        },
        { note: 'guest name field [S VEXA, MB]', selectors: ['input[aria-label="Your name"]'] },
      ],
    },
  ],
  signals: {
    recording: {
      on: [
        {
          note: 'forced join-time dialog [S ATT payload L310-330]; German wording [K]',
          texts: { en: ['This video call is being recorded'], de: ['Dieser Videoanruf wird aufgezeichnet'] },
          labels: { en: ['This call is being recorded'], de: [] },
        },
      ],
      latch: true,
    },
    transcription: {
      on: [
        {
          note: 'forced join-time dialog [S ATT payload L310-330]; German wording [K]',
          texts: {
            en: ['This video call is being transcribed'],
            de: ['Dieser Videoanruf wird transkribiert'],
          },
        },
      ],
      latch: true,
    },
    aiAssistant: {
      on: [
        {
          // The always-present "Take notes with Gemini" button must not count (VEXA comment).
          note: 'Gemini notes dialog and pill [S ATT, VEXA googleConsentPromptIndicators]; German wording [K]',
          texts: { en: ['Gemini is taking notes'], de: ['Gemini macht Notizen'] },
        },
      ],
      latch: true,
    },
    captions: {
      on: [
        {
          note: 'captions toggle [S ATT L517-521]; German [K]',
          labels: { en: ['Turn off captions'], de: ['Untertitel deaktivieren'] },
        },
      ],
      off: [
        {
          note: 'captions toggle [S ATT L517-521]; German [K]',
          labels: { en: ['Turn on captions'], de: ['Untertitel aktivieren'] },
        },
      ],
      readIn: ['in-meeting'],
    },
    lobbyEnabled: {
      on: [
        {
          note: 'you must knock: "Ask to join" or the knocking screen [S ATT, VEXA, SCR]',
          texts: {
            en: ['Ask to join', 'Asking to be let in'],
            de: ['Teilnahme erbitten', 'Bitte warten Sie, bis Sie vom Organisator'],
          },
        },
      ],
      off: [
        {
          note: '"Join now" admits you without anyone letting you in [S ATT L246; DE S SCR]',
          texts: { en: ['Join now'], de: ['Jetzt teilnehmen'] },
        },
      ],
      readIn: ['prejoin', 'lobby'],
    },
    passcodeInUrl: () => ({ value: false, source: 'Google Meet links carry a meeting code, no passcode' }),
    cameraOnAtJoin: actionToggle(
      'toggle label names the action [S ATT L192-196]; German [K]',
      { en: ['Turn off camera'], de: ['Kamera deaktivieren'] },
      { en: ['Turn on camera'], de: ['Kamera aktivieren'] },
    ),
    micOnAtJoin: actionToggle(
      'toggle label names the action [S ATT L192-196]; German [K]',
      { en: ['Turn off microphone'], de: ['Mikrofon deaktivieren'] },
      { en: ['Turn on microphone'], de: ['Mikrofon aktivieren'] },
    ),
    participantCount: (ctx) => {
      const badge = ctx.doc.querySelector('[data-avatar-count]')?.getAttribute('data-avatar-count');
      if (badge && /^\d+$/.test(badge))
        return { value: Number(badge), source: 'attribute data-avatar-count' };
      for (const label of ctx.labels()) {
        const match = /^(?:people|personen) - (\d+)/.exec(label);
        if (match?.[1]) return { value: Number(match[1]), source: `label "${label}"` };
      }
      return null;
    },
  },
};
