import type { ClientId } from '../evidence';
import { googleMeet } from './google-meet';
import { jitsiMeet } from './jitsi-meet';
import { createReadContext } from './read';
import type { ClientDefinition } from './types';
import { zoom } from './zoom';

/** Every client definition, in the order they are tried. */
export const CLIENTS: readonly ClientDefinition[] = [jitsiMeet, googleMeet, zoom];

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

/** The hosted service by URL, else self-hostable software by its page markers. */
export function recogniseClient(doc: Document, url: URL): Recognised | null {
  const byUrl = clientForUrl(url.href);
  if (byUrl) return { client: byUrl, selfHosted: false, source: `URL matches ${byUrl.id}` };
  const ctx = createReadContext(doc, url, 'unknown');
  for (const client of CLIENTS) {
    for (const probe of client.selfHostedMarkers ?? []) {
      const found = ctx.match(probe);
      if (found) return { client, selfHosted: true, source: found };
    }
  }
  return null;
}
