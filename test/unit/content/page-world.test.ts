// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

type Stats = Map<string, Record<string, unknown>>;

class FakePeerConnection {
  static generateCertificate = () => 'certificate';
  connectionState = 'new';
  stats: Stats = new Map();
  listeners: (() => void)[] = [];
  constructor(readonly config?: unknown) {}
  addEventListener(_type: string, listener: () => void) {
    this.listeners.push(listener);
  }
  async setRemoteDescription(_description: { type: string; sdp: string }) {}
  async getStats() {
    return this.stats;
  }
  connect(stats: Stats) {
    this.stats = stats;
    this.connectionState = 'connected';
    for (const listener of this.listeners) listener();
  }
}

/** A getStats() report as Chromium gives it: the transport names the selected candidate pair. */
function chromiumStats(local: Record<string, unknown>, remote: Record<string, unknown>): Stats {
  return new Map<string, Record<string, unknown>>([
    ['T01', { type: 'transport', selectedCandidatePairId: 'CP1', dtlsCipher: 'TLS_AES_128_GCM_SHA256' }],
    ['CP1', { type: 'candidate-pair', localCandidateId: 'L1', remoteCandidateId: 'R1', state: 'succeeded' }],
    ['CP2', { type: 'candidate-pair', localCandidateId: 'L1', remoteCandidateId: 'R2', state: 'waiting' }],
    ['L1', { type: 'local-candidate', port: 50000, usernameFragment: 'ufrag', ...local }],
    ['R1', { type: 'remote-candidate', port: 10000, ...remote }],
    ['R2', { type: 'remote-candidate', address: '198.51.100.99', candidateType: 'host', port: 1 }],
  ]);
}
class FakeSocket {
  constructor(readonly url: string) {}
}

const scope = window as unknown as Record<string, unknown>;
scope.RTCPeerConnection = FakePeerConnection;
scope.WebSocket = FakeSocket;
/** A captured display track as Chromium returns it: its settings name the surface the user picked. */
function displayStream(surface: string) {
  const listeners: (() => void)[] = [];
  const track = {
    getSettings: () => ({ displaySurface: surface }),
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    end: () => {
      for (const listener of listeners) listener();
    },
  };
  return { stream: { getVideoTracks: () => [track] }, track };
}
let nextDisplay = displayStream('monitor');

Object.defineProperty(navigator, 'mediaDevices', {
  value: {
    getUserMedia: vi.fn(async () => 'stream'),
    getDisplayMedia: vi.fn(async () => nextDisplay.stream),
  },
  configurable: true,
});
const posted: unknown[] = [];
vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => posted.push(message));

await import('../../../src/content/page-world');

interface Summary {
  displaySurface: string | null;
  getUserMedia: { audio: boolean; video: boolean; calls: number };
  peerConnections: number;
  iceServerHosts: string[];
  webSockets: string[];
  mediaEndpoints: unknown[];
}

async function lastSummary(waitMs = 350): Promise<Summary> {
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return (posted.at(-1) as { summary: Summary }).summary;
}

describe('the page-world hooks', () => {
  it('stay transparent: same name, statics, instanceof and arguments', async () => {
    const Pc = scope.RTCPeerConnection as typeof FakePeerConnection;
    expect(Pc).not.toBe(FakePeerConnection);
    expect(Pc.name).toBe('RTCPeerConnection');
    expect(Pc.generateCertificate()).toBe('certificate');
    const pc = new Pc({ iceServers: [] });
    expect(pc).toBeInstanceOf(FakePeerConnection);
    expect(pc.config).toEqual({ iceServers: [] });
    class Sub extends Pc {}
    expect(new Sub()).toBeInstanceOf(Sub);
    expect(await navigator.mediaDevices.getUserMedia({ audio: true })).toBe('stream');
  });

  it('report counts and hosts only: no credentials, ports or paths', async () => {
    const Pc = scope.RTCPeerConnection as typeof FakePeerConnection;
    new Pc({
      iceServers: [
        {
          urls: ['turn:alice@turn.example.org:3478?transport=udp', 'stun:stun.example.org:19302'],
          username: 'u',
          credential: 'secret',
        },
      ],
    });
    new (scope.WebSocket as typeof FakeSocket)(
      'wss://signal.example.org/xmpp-websocket?room=secret-room&token=abc',
    );
    await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    const summary = await lastSummary();
    expect(summary.iceServerHosts).toEqual(['turn.example.org', 'stun.example.org']);
    expect(summary.webSockets).toEqual(['wss://signal.example.org']);
    expect(summary.getUserMedia).toMatchObject({ audio: true, video: true });
    expect(summary.peerConnections).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(posted)).not.toMatch(/secret|alice|token|3478/);
  });

  it('reads where media goes from the selected ICE pair, with ICE-lite and relays, and nothing else', async () => {
    const Pc = scope.RTCPeerConnection as typeof FakePeerConnection;
    const toServer = new Pc();
    await toServer.setRemoteDescription({
      type: 'answer',
      sdp: 'v=0\r\na=ice-lite\r\na=fingerprint:sha-256 AB\r\n',
    });
    toServer.connect(
      chromiumStats(
        { address: '192.0.2.2', candidateType: 'host' },
        { address: '203.0.113.7', candidateType: 'host' },
      ),
    );
    const relayed = new Pc();
    relayed.connect(
      chromiumStats(
        { address: '198.51.100.5', candidateType: 'relay' },
        { address: '198.51.100.77', candidateType: 'srflx' },
      ),
    );
    const summary = await lastSummary(800);
    expect(summary.mediaEndpoints).toEqual([
      { address: '203.0.113.7', remoteType: 'host', localType: 'host', remoteIceLite: true },
      { address: '198.51.100.5', remoteType: 'srflx', localType: 'relay', remoteIceLite: false },
    ]);
    expect(JSON.stringify(posted)).not.toMatch(/ufrag|50000|10000|198\.51\.100\.99|fingerprint|CP1/);
  });

  it('report which surface a screen share captures, until it ends', async () => {
    nextDisplay = displayStream('monitor');
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true });
    expect(stream).toBe(nextDisplay.stream);
    expect((await lastSummary()).displaySurface).toBe('monitor');
    nextDisplay.track.end();
    expect((await lastSummary()).displaySurface).toBeNull();
    nextDisplay = displayStream('window');
    await navigator.mediaDevices.getDisplayMedia({ video: true });
    expect((await lastSummary()).displaySurface).toBe('window');
  });
});
