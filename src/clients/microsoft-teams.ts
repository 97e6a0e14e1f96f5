import { secretInUrl } from './readers';
import { anySettingOn, settingChoice, settingToggle } from './settings-page';
import type { ClientDefinition, Probe } from './types';

// Sources: docs/clients.md §3 and addendum A. Teams' data-tid attributes are used by Microsoft's own UI
// tests and by every bot (stability A/B); banner strings are Microsoft-authored en/de texts from the Azure
// Communication Services UI library's Teams-interop compliance banner (ACSUI), matched on prefixes because
// the exact Teams web copy may differ. The browser client cannot join end-to-end encrypted meetings.

// Short /meet/<id>?p=<passcode> links carry the passcode [S ATT meeting_url_utils.py].
const teamsPasscodeInUrl = secretInUrl(['p']);

const MEETUP = /\/l\/meetup-join\/([^/?#]+)/;
const SHORT_MEET = /\/meet\/(\d{10,15})/;

const lobbyWait: Probe = {
  note: 'lobby texts [S ATT teams_ui_methods.py L60; several bots; addendum A]',
  texts: {
    en: [
      'Someone will let you in soon',
      'Someone will let you in shortly',
      'Someone in the meeting should let you in soon',
      'Waiting for someone to let you in',
      "know you're waiting",
      'When someone lets you in',
    ],
    de: ['Gleich werden Sie von einer Person im Meeting eingelassen', 'Jemand lässt Sie in Kürze herein'],
  },
};

/**
 * The organizer's "Meeting options" page, opened from the invitation's link
 * teams.microsoft.com/meetingOptions/?organizerId=…&tenantId=…&threadId=19_meeting_…@thread.v2&messageId=0&language=…
 * [S invitation e-mails in public repositories]. Its markup is not public [K], so the reader relies only on visible
 * texts: the label "Who can bypass the lobby?" / "Wer kann den Wartebereich umgehen?" [S Microsoft support article
 * "Meeting options in Microsoft Teams" en/de, support.microsoft.com/…/53261366-dbd5-45f9-aae9-a70e6354f88e] and the
 * selected value shown beside it. A value it does not know (other wording, other language) stays unknown.
 */
const MEETING_OPTIONS_PATH = /^\/meetingOptions(?:\/|$)/;
const LOBBY_BYPASS_LABELS = ['Who can bypass the lobby?', 'Wer kann den Wartebereich umgehen?'];
// "Everyone" bypasses the lobby: no one waits [S Rollins KB table, learn.microsoft.com lobbyBypassScope everyone];
// de "Jeder" [K: Microsoft's de wording of "Everyone" in the page's recording-access dropdown].
const BYPASS_EVERYONE = ['Everyone', 'Jeder'];
// Every other choice sends someone to the lobby. en [S Rollins KB "Teams Meeting Options"
// rollins.teamdynamix.com/TDClient/1835/Portal/KB/ArticleDet?ID=141772], older "Only me" [S howtoteams.com]; de "Nur
// Mitorganisatoren und ich" [S pcwelt.de article 1918394], "Personen in meiner Organisation und Gäste" [S zid.univie.ac.at
// lobby guide], "Personen in meiner Organisation", older "Personen in meinem Unternehmen" [S learn.microsoft.com de-de];
// the other de renderings are [K].
const BYPASS_RESTRICTED = [
  'People in my organization, trusted organizations, and guests',
  'People in my organization and guests',
  'People in my organization',
  'People I invite',
  'Only me and co-organizers',
  'Only me',
  'Personen in meiner Organisation, vertrauenswürdigen Organisationen und Gäste',
  'Personen in meiner Organisation und Gäste',
  'Personen in meiner Organisation',
  'Personen in meinem Unternehmen',
  'Personen, die ich einlade',
  'Nur Mitorganisatoren und ich',
  'Nur ich',
];

const lobbyBypass = settingChoice('meeting options', LOBBY_BYPASS_LABELS, [
  { values: BYPASS_EVERYONE, value: false, means: 'no one waits' },
  { values: BYPASS_RESTRICTED, value: true, means: 'others wait in the lobby' },
]);

// Recording & transcript options. en "Record and transcribe automatically", older "Record automatically" [S mirait KB
// 141; MicrosoftDocs custom-meeting-templates-overview.md]; de renderings [K].
const AUTO_RECORD_AND_TRANSCRIBE = [
  'Record and transcribe automatically',
  'Automatisch aufzeichnen und transkribieren',
];
const AUTO_RECORD_ONLY = ['Record automatically', 'Automatisch aufzeichnen'];

const autoRecording = anySettingOn('meeting options', [AUTO_RECORD_AND_TRANSCRIBE, AUTO_RECORD_ONLY]);
const autoTranscription = settingToggle('meeting options', AUTO_RECORD_AND_TRANSCRIBE);

// "Allow Copilot" with "During and after the meeting" / "Only during the meeting" [S MSDOCS copilot-teams-transcription.md];
// de "Nur während der Besprechung" [S support.microsoft.com de-de a59cb88c]; the de label, "Während und nach der
// Besprechung" and an "Off" value [K]. Both known values let Copilot run in the meeting.
const copilot = settingChoice(
  'meeting options',
  ['Allow Copilot', 'Copilot zulassen'],
  [
    {
      values: [
        'During and after the meeting',
        'Only during the meeting',
        'Während und nach der Besprechung',
        'Nur während der Besprechung',
      ],
      value: true,
      means: 'Copilot may run in the meeting',
    },
    { values: ['Off', 'Aus'], value: false, means: 'Copilot is off' },
  ],
);

// Teams Premium "End-to-end encryption" [S MSDOCS custom-meeting-templates-overview.md; de "End-to-End-Verschlüsselung"
// S* learn de-de]; the exact toggle text on the options page [K].
const e2eeOption = settingToggle('meeting options', [
  'End-to-end encryption',
  'Enable end-to-end encryption',
  'End-to-End-Verschlüsselung',
]);

// "Meeting chat" with "On" / "Off" / "In-meeting only" [S MSDOCS meeting-templates-sensitivity-labels-policies.md];
// support-page wording "Allow meeting chat" and "Enabled"/"Disabled" [K]; de "Besprechungschat" [S* learn de-de],
// de values [K]. Chat that is on stays in the meeting's chat thread after it ends.
const meetingChat = settingChoice(
  'meeting options',
  ['Meeting chat', 'Allow meeting chat', 'Besprechungschat'],
  [
    { values: ['On', 'Enabled', 'Ein', 'Aktiviert'], value: true, means: 'the chat stays after the meeting' },
    {
      values: ['In-meeting only', 'Nur während der Besprechung', 'Off', 'Disabled', 'Aus', 'Deaktiviert'],
      value: false,
      means: 'no chat is kept after the meeting',
    },
  ],
);

const e2eeRefused: Probe = {
  note: 'E2EE meetings block browser joins; error end screen [S ATT payload L412-427, MSDOCS]',
  selectors: ['[data-tid="calling-e2ee-end-screen"]'],
  texts: { en: ['An encryption error occurred'], de: [] },
};

export const microsoftTeams: ClientDefinition = {
  id: 'microsoft-teams',
  name: 'Microsoft Teams',
  operator: {
    name: 'Microsoft Corporation',
    domains: [
      'microsoft.com',
      'live.com',
      'cloud.microsoft',
      'office.net',
      'office.com',
      'skype.com',
      'microsoftonline.com',
      'msauth.net',
      'msftauth.net',
      'azureedge.net',
      'microsoft.us',
      'lync.com',
      'skypeassets.com',
    ],
    // 1DS/OneCollector default endpoint browser.events.data.microsoft.com and regional collectors
    // [S @microsoft/1ds-post-js]; older Aria collector pipe.aria.microsoft.com [K]. Teams use is [K].
    telemetryHosts: ['events.data.microsoft.com', 'aria.microsoft.com'],
  },
  selfHostable: false,
  matches: [
    /^https:\/\/teams\.microsoft\.com(?:[/?#]|$)/,
    /^https:\/\/teams\.live\.com(?:[/?#]|$)/,
    /^https:\/\/teams\.cloud\.microsoft(?:[/?#]|$)/,
    /^https:\/\/(?:gov|dod)\.teams\.microsoft\.us(?:[/?#]|$)/,
  ],
  examples: [
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM2ZjQ0ZTQt@thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d',
    'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjM2@thread.v2/0',
    'https://teams.live.com/meet/9312345678901?p=AbCdEfGh',
    'https://teams.microsoft.com/light-meetings/launch?agent=web&coords=eyJtZWV0aW5nIjoiMSJ9',
    'https://teams.microsoft.com/meetingOptions/?organizerId=a1b2c3d4-0000-4000-8000-000000000001&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&threadId=19_meeting_NjM2ZjQ0MmQt@thread.v2&messageId=0&language=en-US',
  ],
  watch: [e2eeRefused],
  meetingId(url) {
    const target = decodeURIComponent(`${url.pathname}${url.hash}`);
    const meetup = MEETUP.exec(target)?.[1];
    if (meetup) return meetup.toLowerCase();
    const short = SHORT_MEET.exec(url.pathname)?.[1];
    if (short) return short;
    // The options page names the meeting's thread with "_" for ":"; mapped back, it keys the same meeting.
    const thread = MEETING_OPTIONS_PATH.test(url.pathname) ? url.searchParams.get('threadId') : null;
    if (thread) return thread.replace(/^19_/, '19:').toLowerCase();
    const coords = url.pathname.startsWith('/light-meetings/') ? url.searchParams.get('coords') : null;
    return coords ? coords.slice(0, 64) : null;
  },
  phases: [
    {
      phase: 'settings',
      when: [{ note: 'meeting options page [S invitation link]', path: MEETING_OPTIONS_PATH }],
    },
    { phase: 'lobby', when: [lobbyWait] },
    {
      phase: 'ended',
      when: [
        {
          note: 'removed / ended texts [S VEXA; DE S SCR L620-626]',
          texts: {
            en: ["You've been removed from this meeting", 'Your request to join was declined'],
            de: ['Besprechung wurde beendet', 'Sie wurden entfernt', 'Du wurdest entfernt'],
          },
        },
        e2eeRefused,
      ],
    },
    {
      phase: 'in-meeting',
      when: [
        {
          note: 'in-call containers and hang-up button [S LMA teams.ts L513-543, VEXA, TT]',
          selectors: [
            '[data-tid="calling-toolbar"]',
            '[data-tid="call-roster"]',
            '[data-tid="modern-stage-wrapper"]',
            '[data-tid="callingScreen"]',
            '#hangup-button',
            '[data-tid="hangup-main-btn"]',
          ],
        },
      ],
    },
    {
      phase: 'prejoin',
      when: [
        {
          note: 'pre-join screen [S ATT teams_ui_methods.py, TT content-teams.js L9]',
          selectors: [
            '[data-tid="prejoin-join-button"]',
            '#prejoin-join-button',
            '[data-tid="prejoin-display-name-input"]',
          ],
        },
      ],
    },
  ],
  signals: {
    recordingConsentPrompt: {
      on: [
        {
          note: 'compliance banner consent lines, Microsoft-authored (B stability) [S ACSUI en-US/de-DE complianceBanner*]',
          texts: {
            en: [
              'By joining, you are giving consent for this meeting to be transcribed',
              'By attending this meeting, you consent to being included',
            ],
            de: ['Durch Ihre Teilnahme stimmen Sie zu, dass diese Besprechung transkribiert wird'],
          },
        },
      ],
      latch: true,
    },
    recording: {
      on: [
        {
          note: 'compliance banner [S ACSUI en-US/de-DE complianceBanner*]; recording button state [K]',
          texts: {
            en: ['Recording has started', 'Recording and transcription have started'],
            de: ['Die Aufzeichnung wurde gestartet', 'Die Aufzeichnung und Transkription haben begonnen'],
          },
        },
      ],
      off: [
        {
          note: 'compliance banner [S ACSUI]',
          texts: { en: ['Recording has stopped'], de: ['Aufzeichnung wurde beendet'] },
        },
      ],
      latch: true,
    },
    transcription: {
      on: [
        {
          note: 'compliance banner [S ACSUI en-US/de-DE]',
          texts: {
            en: ['Transcription has started', 'Recording and transcription have started'],
            de: ['Die Transkription hat begonnen', 'Die Aufzeichnung und Transkription haben begonnen'],
          },
        },
      ],
      off: [{ note: 'compliance banner [S ACSUI]', texts: { en: ['Transcription has stopped'], de: [] } }],
      latch: true,
    },
    captions: {
      on: [
        {
          note: 'live caption renderer [S VEXA msteams-captions.ts, TT L155]',
          selectors: [
            '[data-tid="closed-caption-renderer-wrapper"]',
            '[data-tid="closed-caption-v2-virtual-list-content"]',
          ],
        },
      ],
      // Captions are shown per viewer: no caption area means none are shown on this page.
      absentMeansOffIn: ['in-meeting'],
      readIn: ['in-meeting'],
    },
    aiAssistant: {
      on: [
        {
          note: 'Copilot notice [K: no public source shows the in-call text]',
          texts: { en: ['Copilot is on'], de: ['Copilot ist aktiviert'] },
        },
      ],
      latch: true,
    },
    e2ee: (ctx) => {
      const refused = ctx.match(e2eeRefused);
      if (refused) return { value: true, source: `${refused} (the browser cannot join it)` };
      if (ctx.phase === 'in-meeting') {
        return {
          value: false,
          source: 'the Teams web client cannot join end-to-end encrypted meetings [S MSDOCS]',
        };
      }
      return null;
    },
    lobbyEnabled: (ctx) => {
      if (ctx.phase !== 'lobby' && ctx.phase !== 'prejoin') return null;
      const waiting = ctx.match(lobbyWait);
      return waiting ? { value: true, source: waiting } : null;
    },
    passcodeInUrl: teamsPasscodeInUrl,
    passcodeRequired: (ctx) => {
      const inUrl = teamsPasscodeInUrl(ctx);
      return inUrl?.value === true
        ? { value: true, source: `${inUrl.source} (passcode embedded in the link)` }
        : null;
    },
    cameraOnAtJoin: {
      on: [
        {
          note: 'pre-join toggle, aria-checked="true" ⇒ on [S ATT teams_ui_methods.py L66-82]',
          selectors: [
            '[data-tid="toggle-video"][aria-checked="true"]',
            'input[data-tid="toggle-video"][checked]',
          ],
        },
      ],
      off: [
        { note: 'pre-join toggle [S ATT]', selectors: ['[data-tid="toggle-video"][aria-checked="false"]'] },
      ],
      readIn: ['prejoin', 'lobby'],
    },
    micOnAtJoin: {
      on: [
        {
          note: 'pre-join toggle, aria-checked="true" ⇒ unmuted [S ATT teams_ui_methods.py L66-82]',
          selectors: [
            '[data-tid="toggle-mute"][aria-checked="true"]',
            'input[data-tid="toggle-mute"][checked]',
          ],
        },
      ],
      off: [
        { note: 'pre-join toggle [S ATT]', selectors: ['[data-tid="toggle-mute"][aria-checked="false"]'] },
      ],
      readIn: ['prejoin', 'lobby'],
    },
  },
  participants: {
    note: 'roster rows [S MB teams/bot.ts L227, LCS content_script.js L29-36]; labels (Guest)/(External) [K]',
    rows: ['[data-tid^="participantsInCall-"]', '[data-tid="roster-participant"]'],
    guestMarkers: {
      en: ['(Guest)', '(External)', '(Unverified)'],
      de: ['(Gast)', '(Extern)', '(Nicht überprüft)'],
    },
  },
  settings: {
    lobbyEnabled: lobbyBypass,
    autoRecording,
    autoTranscription,
    aiAssistantAllowed: copilot,
    chatPersistent: meetingChat,
    e2ee: e2eeOption,
  },
};
