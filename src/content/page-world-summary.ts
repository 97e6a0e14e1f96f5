import type { MediaEndpointEvidence, PageWorldEvidence } from '../evidence';

const MAX_ITEMS = 100;
const MAX_TEXT = 300;
const MAX_ENDPOINTS = 20;
const SURFACES = new Set(['monitor', 'window', 'browser', 'application']);

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isTextList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_ITEMS &&
    value.every((item) => typeof item === 'string' && item.length <= MAX_TEXT)
  );
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64;
}

function isEndpoint(value: unknown): value is MediaEndpointEvidence {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    isShortText(e.address) &&
    isShortText(e.remoteType) &&
    isShortText(e.localType) &&
    typeof e.remoteIceLite === 'boolean'
  );
}

function isEndpointList(value: unknown): value is MediaEndpointEvidence[] {
  return Array.isArray(value) && value.length <= MAX_ENDPOINTS && value.every(isEndpoint);
}

/**
 * The page-world summary as posted by page-world.ts, or null. The page can post anything on this
 * channel: this only keeps the content script from tripping over garbage; the background validates the
 * whole evidence again (message-schemas.ts). Hand-written to keep the content script small.
 */
export function toPageWorldSummary(raw: unknown): PageWorldEvidence | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  const media = s.getUserMedia as Record<string, unknown> | null | undefined;
  if (typeof media !== 'object' || media === null) return null;
  if (typeof media.audio !== 'boolean' || typeof media.video !== 'boolean' || !isCount(media.calls))
    return null;
  if (!isCount(s.peerConnections) || typeof s.encodedTransform !== 'boolean') return null;
  if (!isTextList(s.iceServerHosts) || !isTextList(s.webSockets) || !isTextList(s.globals)) return null;
  if (!isEndpointList(s.mediaEndpoints)) return null;
  const surface = s.displaySurface;
  if (surface !== undefined && surface !== null && !SURFACES.has(surface as string)) return null;
  return {
    getUserMedia: { audio: media.audio, video: media.video, calls: media.calls },
    peerConnections: s.peerConnections,
    iceServerHosts: s.iceServerHosts,
    webSockets: s.webSockets,
    encodedTransform: s.encodedTransform,
    globals: s.globals,
    mediaEndpoints: s.mediaEndpoints.map(({ address, remoteType, localType, remoteIceLite }) => ({
      address,
      remoteType,
      localType,
      remoteIceLite,
    })),
    displaySurface: (surface as string | null | undefined) ?? null,
  };
}
