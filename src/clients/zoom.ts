import { actionToggle, secretInUrl } from './readers';
import { anySettingOn, checkedNamesBeside, settingRadio, settingToggle } from './settings-page';
import type { ClientDefinition, CustomReader, Probe } from './types';

// Sources: docs/clients.md §2 and addendum B. Strings are the en-US / de-DE locale values of Zoom's
// Meeting SDK for Web (ZSDK), whose "Client View" shares its UI code with app.zoom.us/wc; class names are
// BEM names from its bundles that bot code also uses (stability B). The meeting itself runs in the
// same-origin iframe#webclient, which the content script reads as a frame of its own.

const MEETING_NUMBER = /\/(?:wc(?:\/join)?|j|s|w)\/(\d{9,11})(?:[/?#]|$)/;

const waitingRoom: Probe = {
  note: 'waiting room texts [S ZSDK en-US/de-DE; VEXA]',
  texts: {
    en: [
      'the meeting host will let you in soon',
      'The host will let you in soon',
      "We've let them know you're here",
    ],
    de: [
      'der Meeting-Host lässt Sie in Kürze eintreten',
      'Der Host lässt Sie bald hinein',
      'Wir haben Bescheid gesagt, dass Sie da sind',
    ],
  },
};

// Waiting for the host to start says nothing about a waiting room (that comes after the host arrives).
const waitingForHost: Probe = {
  note: 'waiting for the host to start the meeting [S ZSDK]',
  selectors: ['.waiting-room-container'],
  texts: { en: ['Waiting for the host to start'], de: ['bis der Host das Meeting beginnt'] },
};

const passcodeField: Probe = {
  note: 'passcode field on the pre-join screen [S LMA zoom.ts; ZSDK "Meeting Passcode"/"Meetingkenncode"]',
  selectors: ['#input-for-pwd'],
  labels: { en: ['Meeting Passcode'], de: ['Meetingkenncode'] },
};

const pwdInUrl = secretInUrl(['pwd', 'tk']);

const e2eeRefused: Probe = {
  note: 'wc_join_not_support_e2ee_meeting [S ZSDK]',
  texts: {
    en: ['End-to-end encrypted meetings are not supported on the browser'],
    de: ['End-to-End verschlüsselte Meetings sind vorläufig nicht für den Browser geeignet'],
  },
};

/**
 * The host's web-portal "Settings" page, https://zoom.us/profile/setting?tab=meeting (tabs Meeting, Recording,
 * AI Companion), and the admin's account settings with the same labels, zoom.us/account/setting [S KB0065362], also on regional hosts such as us04web.zoom.us [S public links and automation scripts]: the
 * account's defaults for new meetings. Its markup is not public [K], so the reader takes a setting's visible label
 * and the state of the control beside it (a switch, checkbox or radio). A label it does not find, or a control it
 * cannot tell, stays unknown. Many German labels are known only from Zoom's German help articles, which sometimes
 * translate the English label themselves ([S*] below); those may differ from the German portal.
 */
const SETTINGS_PATH = /^\/(?:profile|account)\/setting(?:\/|$)/;
const SETTING_LABELS = {
  // en [S Zoom support "Changing your meeting settings" support.zoom.us/hc/en-us/articles/360034675592, KB0060501];
  // de "Warteraum" [S KB0059362 de], "Teilnehmern Beitritt vor dem Host gestatten" and older "Beitritt vor Host"
  // [S support.zoom.us/hc/de/articles/202828525], "Beim Planen neuer Meetings ein Kennwort erfordern"
  // [S support.zoom.us/hc/de/articles/115005756143, 2020]; its "Kenncode" rendering [K].
  lobbyEnabled: ['Waiting Room', 'Warteraum'],
  passcodeRequired: [
    'Require a passcode when scheduling new meetings',
    'Beim Planen neuer Meetings einen Kenncode erfordern',
    'Beim Planen neuer Meetings ein Kennwort erfordern',
  ],
  // Schedule Meeting: "Participants video" [S KB0062089], "Mute all participants when they join a meeting"
  // [S KB0063916]; German [K].
  cameraOnAtJoin: ['Participants video', 'Video der Teilnehmer'],
  muteOnJoin: [
    'Mute all participants when they join a meeting',
    'Alle Teilnehmer beim Beitritt zu einem Meeting stummschalten',
  ],
  joinBeforeHost: [
    'Allow participants to join before host',
    'Teilnehmern Beitritt vor dem Host gestatten',
    'Beitritt vor Host',
  ],
  // Recording tab: en [S KB0065362, API auto_recording "Record meetings automatically as they start"], de
  // "Automatische Aufzeichnung" [S KB0067961 de], "Cloud-Aufzeichnung" [S KB0063925 de].
  autoRecording: ['Automatic recording', 'Automatische Aufzeichnung'],
  cloudRecording: ['Cloud recording', 'Cloud-Aufzeichnung'],
  // The checkbox under Cloud recording (API recording_audio_transcript, "Automatically transcribe the audio of the
  // meeting or webinar to the cloud" [S]); its label in either language [K].
  autoTranscription: ['Create audio transcript', 'Audio transcript', 'Audiotranskript erstellen'],
  // AI Companion tab: en [S KB0057960, Northwestern and Tufts guides]; de [S* KB0080587, KB0080606].
  aiAssistantAllowed: [
    ['Meeting summary with AI Companion', 'Meeting-Zusammenfassung mit AI Companion'],
    ['Allow users to ask AI Companion questions during meetings'],
    ['Smart recording with AI Companion', 'Intelligente Aufzeichnung mit AI Companion'],
  ],
  // Security: en [S Catholic Univ. KB 157920], de [S Univ. Leipzig copy of Zoom's de article; FAU RRZE].
  e2eeAllowed: ['Allow use of end-to-end encryption', 'Nutzung von End-to-End-Verschlüsselung erlauben'],
  e2eeDefault: ['Default encryption type', 'Standardverschlüsselung'],
  // In Meeting (Advanced): en [S CIS Zoom benchmark 1.1.4.1 wording]; de [K].
  dataRegions: [
    'Select data center regions for meetings/webinars hosted by your account',
    'Rechenzentrumsregionen für von Ihrem Konto gehostete Meetings/Webinare auswählen',
  ],
};

const ENCRYPTION_TYPES = [
  {
    values: ['End-to-end encryption', 'End-to-End-Verschlüsselung'],
    value: true,
    means: 'new meetings are end-to-end encrypted',
  },
  {
    values: ['Enhanced encryption', 'Erweiterte Verschlüsselung'],
    value: false,
    means: "Zoom's servers hold the keys",
  },
];

const e2eeAllowed = settingToggle('settings', SETTING_LABELS.e2eeAllowed);
const e2eeDefault = settingRadio('settings', SETTING_LABELS.e2eeDefault, ENCRYPTION_TYPES);

/** Either E2EE is not allowed at all, or the default type says which new meetings get. */
const e2eeSetting: CustomReader = (ctx) => {
  const allowed = e2eeAllowed(ctx);
  return allowed?.value === false ? allowed : e2eeDefault(ctx);
};

/**
 * Region names as the portal lists them [S API doc example: "Europe", "Hong Kong SAR", "Australia", "India", "Japan",
 * "China", "United States", "Canada"; codes AU LA CA CN DE HK IN IE TY MX NL SG US, support.zoom.us/hc/en-us/articles/
 * 360059254691] mapped to the countries of their data centres; "Europe" groups Germany, Ireland and the Netherlands
 * (codes DE, IE, NL). German names [K]. "Latin America" is not placed: its countries are not documented.
 */
const REGION_COUNTRIES: Record<string, string[]> = {
  europe: ['DE', 'IE', 'NL'],
  europa: ['DE', 'IE', 'NL'],
  'united states': ['US'],
  'vereinigte staaten': ['US'],
  canada: ['CA'],
  kanada: ['CA'],
  australia: ['AU'],
  australien: ['AU'],
  'hong kong sar': ['HK'],
  'hongkong sar': ['HK'],
  india: ['IN'],
  indien: ['IN'],
  japan: ['JP'],
  china: ['CN'],
  mexico: ['MX'],
  mexiko: ['MX'],
  singapore: ['SG'],
  singapur: ['SG'],
};

/** The checked regions as country codes; a region it cannot place is kept as its name, so the rule stays unsure. */
const dataRegionsSetting: CustomReader = (ctx) => {
  const shown = checkedNamesBeside(ctx, SETTING_LABELS.dataRegions);
  if (!shown || shown.names.length === 0) return null;
  const codes = shown.names.flatMap((name) => REGION_COUNTRIES[name] ?? [name]);
  return {
    value: [...new Set(codes)].join(','),
    source: `settings: "${shown.label}": ${shown.names.join(', ')}`,
    detail: shown.names,
  };
};

export const zoom: ClientDefinition = {
  id: 'zoom',
  name: 'Zoom',
  operator: {
    name: 'Zoom Communications, Inc.',
    // Zoom firewall KB0060561: the web client talks to *.zoom.us and *.zoom.com.
    domains: ['zoom.us', 'zoom.com', 'zoomgov.com', 'zoom.de'],
    // Log-upload hosts named in blocklists only (oisd.nl); Zoom documents no telemetry host [K].
    telemetryHosts: ['log.zoom.us', 'logfiles.zoom.us'],
  },
  selfHostable: false,
  matches: [
    /^https:\/\/(?:[a-z0-9-]+\.)*zoom\.(?:us|com)\/(?:wc|j|s|w|profile\/setting|account\/setting)(?:[/?#]|$)/,
  ],
  examples: [
    'https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=AbCdEf123',
    'https://zoom.us/wc/join/81234567890',
    'https://us05web.zoom.us/j/81234567890?pwd=AbCdEf123',
    'https://example-company.zoom.us/wc/81234567890/join',
  ],
  watch: [
    e2eeRefused,
    passcodeField,
    {
      note: 'participants button label (participantCount)',
      labels: { en: ['open the participants list pane', 'open the manage participants list pane'], de: [] },
    },
  ],
  meetingId(url) {
    return MEETING_NUMBER.exec(url.pathname)?.[1] ?? null;
  },
  phases: [
    {
      phase: 'settings',
      when: [{ note: 'web portal settings page [S public links]', path: SETTINGS_PATH }],
    },
    { phase: 'lobby', when: [waitingRoom, waitingForHost] },
    {
      phase: 'ended',
      when: [
        {
          note: 'end dialog [S VEXA]',
          texts: { en: ['This meeting has been ended by host'], de: [] },
          textScope: '.zm-modal-body-title',
        },
      ],
    },
    {
      phase: 'in-meeting',
      when: [
        {
          note: 'meeting footer and leave button [S SCR L318, LMA zoom.ts L206, VEXA, TT L181]',
          selectors: ['#foot-bar', '#wc-footer', '.footer__leave-btn-container', '.meeting-app'],
        },
      ],
    },
    {
      phase: 'prejoin',
      when: [
        {
          note: 'preview screen ids [S VEXA zoom/selectors.ts, ZSDK preview bundle, LMA]',
          selectors: [
            '#preview-audio-control-button',
            '#preview-video-control-button',
            '#input-for-name',
            '#inputname',
            'button.preview-join-button',
            '#input-for-pwd',
          ],
        },
      ],
    },
  ],
  signals: {
    recording: {
      on: [
        {
          note: 'persistent indicator, consent dialog and participant badge [S ZSDK main-client bundle]',
          selectors: [
            '.recording-indication__recording-container',
            '.recording-indication__recording-status',
            '.recording-disclaimer-dialog',
            '.participants-icon__recording-icon',
          ],
        },
        {
          note: 'wc_record_reminder_title, wc_*_consent_title, meeting_recording [S ZSDK en-US/de-DE]',
          texts: {
            en: ['This meeting is being recorded', 'This webinar is being recorded', 'Recording...'],
            de: ['Dieses Meeting wird aufgezeichnet', 'Aufzeichnung läuft'],
          },
        },
      ],
      off: [
        {
          note: 'screen-reader announcement [S ZSDK]',
          texts: { en: ['Recording is stopped'], de: ['Die Aufnahme ist gestoppt'] },
        },
      ],
      // Zoom shows the recording indicator to everyone in the meeting while it records (ZSDK bundle).
      absentMeansOffIn: ['in-meeting'],
      latch: true,
    },
    recordingConsentPrompt: {
      on: [
        {
          note: 'recording consent modal and its body (wc_record_reminder_desc, _desc_1) [S ZSDK main-client bundle]',
          selectors: ['.recording-disclaimer-dialog'],
          texts: {
            en: [
              'By continuing to be in the meeting, you are consenting to be recorded',
              'By staying in this meeting, you consent to being recorded',
            ],
            de: [
              'Durch die fortgesetzte Teilnahme an diesem Meeting stimmen Sie der Aufzeichnung dieses Meetings zu',
              'Durch weitere Teilnahme am Meeting stimmen Sie der Aufzeichnung zu',
            ],
          },
        },
      ],
      // The modal is dismissed after the choice; the consent it asked for stays for the meeting.
      latch: true,
    },
    transcription: {
      on: [
        {
          note: 'consent titles and live transcription notices [S ZSDK en-US/de-DE]',
          texts: {
            en: [
              'This meeting is being transcribed',
              'Live Transcription (Closed Captioning) has been enabled',
              'Live Transcription is turned on',
            ],
            de: [
              'Dieses Meeting wird transkribiert',
              'Die Live-Transkription (Untertitel) ist aktiviert',
              'Live-Transkript ist eingeschaltet',
            ],
          },
        },
      ],
      latch: true,
    },
    captions: {
      on: [
        {
          note: 'caption box and "Hide Captions" [S TT L146, ZSDK]',
          selectors: ['.live-transcription-subtitle__box'],
          labels: { en: ['Hide Captions'], de: ['Untertitel ausblenden'] },
        },
      ],
      off: [
        { note: '"Show Captions" [S ZSDK]', labels: { en: ['Show Captions'], de: ['Untertitel anzeigen'] } },
      ],
      readIn: ['in-meeting'],
    },
    aiAssistant: {
      on: [
        {
          note: 'meeting-info icon for AI features (old and new id) [S ZSDK main-client]',
          selectors: ['#smart-summary-pop-panel', '#aic-pop-panel'],
          labels: { en: ['AI features are enabled in this meeting'], de: [] },
        },
        {
          note: 'AI Companion notices (smartSummary.enabled_2, consent titles) [S ZSDK en-US/de-DE]',
          texts: {
            en: [
              'Meeting Summary with AI Companion is on',
              'Meeting Summary is on',
              'transcribed for AI Companion',
              'AI Companion is using the conversation transcript',
              'Smart Recording with AI Companion is enabled',
              'AI Companion has been turned on',
            ],
            de: [
              'Meeting-Zusammenfassung mit AI Companion ist aktiviert',
              'Meeting-Zusammenfassung ist aktiviert',
              'für AI Companion transkribiert',
              'In AI Companion wird das Transkript des Gesprächs verwendet',
              'Intelligente Aufzeichnung mit AI Companion ist aktiviert',
            ],
          },
        },
      ],
      off: [
        {
          note: 'toast, not translated in de-DE [S ZSDK]',
          texts: { en: ['AI Companion has been turned off'], de: [] },
        },
      ],
      // The AI icon appears only when the server sends an AI notice list, so its absence proves nothing.
      latch: true,
    },
    liveStream: {
      on: [
        {
          note: 'livestream consent titles and "Live on" tip [S ZSDK]',
          selectors: ['.live-stream-on-tip'],
          texts: {
            en: ['This meeting is being livestreamed', 'recorded and livestreamed'],
            de: ['Dieses Meeting wird per Livestream übertragen'],
          },
        },
      ],
      latch: true,
    },
    e2ee: (ctx) => {
      const refused = ctx.match(e2eeRefused);
      if (refused) return { value: true, source: `${refused} (the web client cannot join it)` };
      if (ctx.phase === 'in-meeting') {
        return {
          value: false,
          source: 'the Zoom web client cannot join end-to-end encrypted meetings [S ZSDK]',
        };
      }
      return null;
    },
    lobbyEnabled: (ctx) => {
      if (ctx.phase !== 'lobby' && ctx.phase !== 'prejoin') return null;
      const waiting = ctx.match(waitingRoom);
      return waiting ? { value: true, source: waiting } : null;
    },
    passcodeRequired: (ctx) => {
      const field = ctx.match(passcodeField);
      if (field) return { value: true, source: field };
      const inUrl = pwdInUrl(ctx);
      return inUrl?.value === true
        ? { value: true, source: `${inUrl.source} (passcode embedded in the link)` }
        : null;
    },
    passcodeInUrl: pwdInUrl,
    participantCount: (ctx) => {
      // "open the participants list pane,[3] particpants" (sic) [S ZSDK; live recon in fixture header]
      for (const label of ctx.labels()) {
        const count = /participants list pane,\s*\[?(\d+)\]?/.exec(label)?.[1];
        if (count) return { value: Number(count), source: `label "${label}"` };
      }
      return null;
    },
    cameraOnAtJoin: actionToggle(
      'preview toggle names the action [S ZSDK wc_join_media_preview_*]',
      { en: ['Stop Video'], de: ['Video beenden'] },
      { en: ['Start Video'], de: ['Video starten'] },
      ['prejoin'],
    ),
    micOnAtJoin: actionToggle(
      'preview toggle names the action [S ZSDK]',
      { en: ['Mute'], de: ['Stummschalten'] },
      { en: ['Unmute'], de: ['Lautschalten'] },
      ['prejoin'],
    ),
  },
  settings: {
    lobbyEnabled: settingToggle('settings', SETTING_LABELS.lobbyEnabled),
    passcodeRequired: settingToggle('settings', SETTING_LABELS.passcodeRequired),
    joinBeforeHost: settingToggle('settings', SETTING_LABELS.joinBeforeHost),
    cameraOnAtJoin: settingToggle('settings', SETTING_LABELS.cameraOnAtJoin),
    micOnAtJoin: settingToggle('settings', SETTING_LABELS.muteOnJoin, (muted) => !muted),
    autoRecording: settingToggle('settings', SETTING_LABELS.autoRecording),
    cloudRecording: settingToggle('settings', SETTING_LABELS.cloudRecording),
    autoTranscription: settingToggle('settings', SETTING_LABELS.autoTranscription),
    aiAssistantAllowed: anySettingOn('settings', SETTING_LABELS.aiAssistantAllowed),
    e2ee: e2eeSetting,
    dataRegions: dataRegionsSetting,
  },
};
