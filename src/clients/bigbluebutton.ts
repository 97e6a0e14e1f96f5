import { shortHash } from './readers';
import type { ClientDefinition, CustomReader, FlagReader, Probe } from './types';

// Sources: docs/clients.md §6. BigBlueButton's own Playwright suite (bigbluebutton-tests/playwright/core/
// elements.js) uses these data-test attributes (stability A); strings are app.* keys of
// bigbluebutton-html5/public/locales/{en,de}.json. Self-hosted only: recognised by its page markers.

const VIEWER_ON = ['This session is now being recorded', 'Diese Sitzung wird jetzt aufgezeichnet'];
const VIEWER_OFF = ['This session is not being recorded', 'Diese Sitzung wird nicht aufgezeichnet'];
// The moderator's indicator is a button named after what it would do next (app.recording.*Title).
const MODERATOR_ON = ['Pause recording', 'Aufzeichnung pausieren'];
const MODERATOR_OFF = [
  'Start recording',
  'Aufzeichnung starten',
  'Resume recording',
  'Aufzeichnung fortsetzen',
];

const guestLobby: Probe = {
  note: 'guest waiting page [S BBBT guestMessage, #positionInWaitingQueue]',
  selectors: ['[data-test="guestMessage"]', '#positionInWaitingQueue'],
};

function labelOf(element: Element): string {
  return `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''} ${element.textContent ?? ''}`.toLowerCase();
}

/**
 * The indicator exists only in recordable meetings [S BBBT, clients.md §6]: no indicator means the
 * meeting cannot be recorded; an indicator we cannot read (another UI language) stays unknown.
 */
const recording: CustomReader = (ctx) => {
  if (ctx.phase !== 'in-meeting' && ctx.phase !== 'prejoin') return null;
  const indicator = ctx.doc.querySelector('[data-test="recordingIndicator"]');
  if (!indicator) return { value: false, source: 'no recording indicator: the meeting is not recordable' };
  const parts = [indicator, ...indicator.querySelectorAll('[aria-label],[title],.sr-only')]
    .map(labelOf)
    .join(' ');
  const has = (texts: string[]) => texts.find((t) => parts.includes(t.toLowerCase()));
  const on = has(VIEWER_ON) ?? has(MODERATOR_ON) ?? has(['Aufzeichnung läuft', 'Recording in progress']);
  if (on) return { value: true, source: `recording indicator "${on}"` };
  const off = has(VIEWER_OFF) ?? has(MODERATOR_OFF);
  if (off) return { value: false, source: `recording indicator "${off}"` };
  return null;
};

/**
 * Greenlight v3's room settings (the front end most BBB sites put before the client): each setting is a
 * checkbox whose id is the setting's name and whose checked state its value; guestPolicy checked means
 * ASK_MODERATOR [S greenlight RoomSettings.jsx, RoomSettingsRow.jsx]. Rows an administrator disabled are
 * not rendered, so a missing checkbox means not visible.
 */
const ROOM_SETTINGS = '#room-settings';

function roomSetting(id: string, note: string): FlagReader {
  return {
    on: [{ note, selectors: [`${ROOM_SETTINGS} input#${id}:checked`] }],
    off: [{ note, selectors: [`${ROOM_SETTINGS} input#${id}:not(:checked)`] }],
    readIn: ['settings'],
  };
}

export const bigbluebutton: ClientDefinition = {
  id: 'bigbluebutton',
  name: 'BigBlueButton',
  operator: { name: 'self-hosted (the site that runs it)', domains: [], telemetryHosts: [] },
  selfHostable: true,
  matches: [],
  examples: [],
  selfHostedMarkers: [
    { note: 'html5 client path [S BBBX targets */html5client/*]', path: /^\/html5client(?:\/|$)/ },
    {
      note: 'html5 client layout [S BBBT]',
      selectors: [
        '[data-test="brandingArea"]',
        'section#ActionsBar',
        '[data-test="recordingIndicator"]',
        '[data-test="guestMessage"]',
      ],
    },
    { note: 'Greenlight v3 room settings [S greenlight RoomSettings.jsx]', selectors: ['#room-settings'] },
  ],
  watch: [{ note: 'recording indicator (custom reader)', selectors: ['[data-test="recordingIndicator"]'] }],
  meetingId(url) {
    // The session token is a credential: only a hash of it goes into the meeting key.
    const token = url.searchParams.get('sessionToken');
    if (token) return shortHash(token);
    return url.pathname.startsWith('/html5client') ? 'session' : null;
  },
  phases: [
    {
      phase: 'settings',
      when: [{ note: 'Greenlight room settings [S RoomSettings.jsx]', selectors: [ROOM_SETTINGS] }],
    },
    { phase: 'lobby', when: [guestLobby] },
    {
      phase: 'prejoin',
      when: [
        {
          note: 'audio join dialog right after joining [S BBBT audioModal]',
          selectors: ['[data-test="audioModal"]'],
        },
      ],
    },
    {
      phase: 'in-meeting',
      when: [
        {
          note: 'meeting layout [S BBBT, BBBX]',
          selectors: [
            '[data-test="userListContent"]',
            '[data-test="actionsButton"]',
            '[data-test="presentationContainer"]',
            'header#Navbar',
          ],
        },
      ],
    },
  ],
  signals: {
    allJoinAsModerator: roomSetting('glAnyoneJoinAsModerator', 'room.settings.all_users_join_as_mods [S]'),
    joinBeforeHost: roomSetting('glAnyoneCanStart', 'room.settings.allow_any_user_to_start [S]'),
    // Recordings stay on the site's BigBlueButton servers; the moderator still starts each one [S Greenlight docs].
    cloudRecording: roomSetting('record', 'room.settings.allow_room_to_be_recorded [S]'),
    recording,
    captions: {
      on: [{ note: 'live captions area [S BBBT liveCaptions]', selectors: ['[data-test="liveCaptions"]'] }],
      readIn: ['in-meeting'],
    },
    lobbyEnabled: {
      off: [
        {
          note: 'Greenlight: moderator approval off (guestPolicy ALWAYS_ACCEPT) [S RoomSettingsRow.jsx]',
          selectors: [`${ROOM_SETTINGS} input#guestPolicy:not(:checked)`],
        },
      ],
      on: [
        {
          note: 'Greenlight: moderator approval on (guestPolicy ASK_MODERATOR) [S RoomSettingsRow.jsx]',
          selectors: [`${ROOM_SETTINGS} input#guestPolicy:checked`],
        },
        guestLobby,
        {
          note: 'moderator: waiting guests [S BBBT waitingUsersBtn]',
          selectors: ['[data-test="waitingUsersBtn"]'],
        },
      ],
    },
    cameraOnAtJoin: {
      on: [
        { note: 'webcam button when sharing [S BBBT leaveVideo]', selectors: ['[data-test="leaveVideo"]'] },
      ],
      off: [{ note: 'webcam button when off [S BBBT joinVideo]', selectors: ['[data-test="joinVideo"]'] }],
      readIn: ['prejoin'],
    },
    micOnAtJoin: {
      on: [
        { note: 'microphone on [S BBBT muteMicButton]', selectors: ['[data-test="muteMicButton"]'] },
        {
          note: 'Greenlight: "Mute users when they join" off, room.settings.mute_users_on_join [S]',
          selectors: [`${ROOM_SETTINGS} input#muteOnStart:not(:checked)`],
        },
      ],
      off: [
        { note: 'microphone muted [S BBBT unmuteMicButton]', selectors: ['[data-test="unmuteMicButton"]'] },
        {
          note: 'Greenlight: "Mute users when they join" on [S]',
          selectors: [`${ROOM_SETTINGS} input#muteOnStart:checked`],
        },
      ],
      readIn: ['prejoin', 'settings'],
    },
  },
  participants: {
    note: 'user list rows [S BBBT userListItem]; guest badge [K]',
    rows: ['[data-test="userListItem"]', '[data-test="userListItemCurrent"]'],
    guestMarkers: { en: ['Guest'], de: ['Gast'] },
  },
};
