import type { ClientId, PageWorldEvidence } from '../evidence';
import { bigbluebutton } from './bigbluebutton';
import { genericWebrtc } from './generic-webrtc';
import { googleMeet } from './google-meet';
import { gotoMeeting } from './goto-meeting';
import { jitsiMeet } from './jitsi-meet';
import { microsoftTeams } from './microsoft-teams';
import { nextcloudTalk } from './nextcloud-talk';
import { opentalk } from './opentalk';
import { createReadContext } from './read';
import type { ClientDefinition } from './types';
import { webex } from './webex';
import { whereby } from './whereby';
import { zoom } from './zoom';

/** Every client definition, in the order they are tried; the generic detector comes last. */
export const CLIENTS: readonly ClientDefinition[] = [
  zoom,
  googleMeet,
  microsoftTeams,
  webex,
  jitsiMeet,
  bigbluebutton,
  whereby,
  gotoMeeting,
  nextcloudTalk,
  opentalk,
  genericWebrtc,
];

export function clientById(id: ClientId): ClientDefinition | undefined {
  return CLIENTS.find((client) => client.id === id);
}

export function clientForUrl(href: string): ClientDefinition | null {
  return CLIENTS.find((client) => client.matches.some((pattern) => pattern.test(href))) ?? null;
}

export interface Recognised {
  client: ClientDefinition;
  selfHosted: boolean;
  source: string;
}

/**
 * The hosted service by URL, else self-hostable software by its page markers, else — last — what the
 * page does (the generic WebRTC detector).
 */
export function recogniseClient(
  doc: Document,
  url: URL,
  pageWorld: PageWorldEvidence | null = null,
): Recognised | null {
  const byUrl = clientForUrl(url.href);
  if (byUrl) return { client: byUrl, selfHosted: false, source: `URL matches ${byUrl.id}` };
  const ctx = createReadContext(doc, url, 'unknown');
  for (const client of CLIENTS) {
    for (const probe of client.selfHostedMarkers ?? []) {
      const found = ctx.match(probe);
      if (found) return { client, selfHosted: true, source: found };
    }
  }
  for (const client of CLIENTS) {
    const globals = client.selfHostedGlobals;
    if (globals && pageWorld && globals.every((name) => pageWorld.globals.includes(name))) {
      return { client, selfHosted: true, source: `page globals ${globals.join(', ')}` };
    }
  }
  for (const client of CLIENTS) {
    const found = client.detectFromPage?.(doc, pageWorld);
    if (found) return { client, selfHosted: true, source: found };
  }
  return null;
}
