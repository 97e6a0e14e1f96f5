import type { PageWorldEvidence } from '../evidence';
import type { ClientDefinition } from './types';

/**
 * Any page that captures camera or microphone and opens a WebRTC peer connection is treated as a
 * meeting of unknown software, so it still gets the client-independent findings (third parties,
 * transport, media endpoints). Uncertain by nature: a page that only tests the camera, or a game with
 * voice chat, also qualifies; the report says "unknown software" and claims nothing client-specific.
 * When the script arrived too late to see the calls (on-demand check), two or more video elements
 * playing live media streams count instead.
 */
function liveVideoStreams(doc: Document): number {
  return Array.from(doc.querySelectorAll('video')).filter((video) => {
    const stream = (video as HTMLVideoElement).srcObject;
    return (
      typeof MediaStream !== 'undefined' &&
      stream instanceof MediaStream &&
      stream.getTracks().some((t) => t.readyState === 'live')
    );
  }).length;
}

function fromPageWorld(pageWorld: PageWorldEvidence | null): string | null {
  if (!pageWorld || pageWorld.getUserMedia.calls === 0 || pageWorld.peerConnections === 0) return null;
  return `page called getUserMedia ${pageWorld.getUserMedia.calls}× and opened ${pageWorld.peerConnections} RTCPeerConnection(s)`;
}

export const genericWebrtc: ClientDefinition = {
  id: 'generic-webrtc',
  name: 'Unknown WebRTC meeting software',
  operator: { name: 'unknown (the site that runs it)', domains: [], telemetryHosts: [] },
  selfHostable: true,
  matches: [],
  examples: [],
  detectFromPage(doc, pageWorld) {
    const byCalls = fromPageWorld(pageWorld);
    if (byCalls) return byCalls;
    const streams = liveVideoStreams(doc);
    return streams >= 2 ? `${streams} video elements play live media streams` : null;
  },
  meetingId(url) {
    return url.pathname;
  },
  phases: [],
  signals: {},
};
