// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

class FakePeerConnection {
  static generateCertificate = () => 'certificate';
  constructor(readonly config?: unknown) {}
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
}

async function lastSummary(): Promise<Summary> {
  await new Promise((resolve) => setTimeout(resolve, 350));
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
