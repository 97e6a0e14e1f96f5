/**
 * Runs in the page's MAIN world at document_start, before the page's own scripts. It wraps a few
 * WebRTC / media / WebSocket entry points transparently and posts a sanitised summary (counts, hosts,
 * booleans; never credentials, SDP or names) to the isolated content script. It also observes the DOM for
 * the content script, which only tells it whether anything on its watch list may have changed: records
 * cost less in this world. Imports only the tiny relevance matcher: this file is bundled alone, and the
 * page can read and tamper with everything here, so it holds no secrets.
 */
import { compileWatch, mutationsMatter, OBSERVER_OPTIONS, type WatchData, type WatchList } from './relevance';

const MESSAGE_TAG = 'meeting-privacy-lens:page-world';
const GLOBAL_MARKERS = [
  'JitsiMeetJS',
  'APP',
  'interfaceConfig',
  'OC',
  'OCA',
  'OCA.Talk',
  '__meteor_runtime_config__',
];
const WATCH_EVENT = 'meeting-privacy-lens:watch';
const DOM_EVENT = 'meeting-privacy-lens:dom';
const CHECK_INTERVAL_MS = 150;
const MAX_LIST = 100;
// Taken before the page's scripts run: frameworks (zone.js) wrap these, and our callbacks must not wake them.
const NativeMutationObserver = window.MutationObserver;
const nativeSetTimeout = window.setTimeout.bind(window);
const MAX_ENDPOINTS = 20;
const STATS_INTERVAL_MS = 5000;
const CONNECTED_DELAY_MS = 300;

const summary = {
  getUserMedia: { audio: false, video: false, calls: 0 },
  peerConnections: 0,
  iceServerHosts: [] as string[],
  webSockets: [] as string[],
  encodedTransform: false,
  globals: [] as string[],
  mediaEndpoints: [] as MediaEndpoint[],
  /** What the user is sharing now (`monitor`, `window`, `browser`), from the captured track; else null. */
  displaySurface: null as string | null,
};

const DISPLAY_SURFACES = ['monitor', 'window', 'browser', 'application'];

interface MediaEndpoint {
  /** Where this browser sends media: the remote candidate, or the TURN relay when we relay. */
  address: string;
  remoteType: string;
  localType: string;
  /** The remote description declared ICE-lite, which servers (SFUs) do and browsers never do. */
  remoteIceLite: boolean;
}

let postTimer: ReturnType<typeof setTimeout> | undefined;

function schedulePost(): void {
  if (postTimer !== undefined) return;
  postTimer = setTimeout(() => {
    postTimer = undefined;
    window.postMessage({ tag: MESSAGE_TAG, summary }, location.origin);
  }, 300);
}

function remember(list: string[], value: string | null): void {
  if (value && !list.includes(value) && list.length < MAX_LIST) list.push(value);
}

/** `turn:user@host:3478?transport=udp` → `host`. Credentials and ports never leave this function. */
function iceHost(url: string): string | null {
  const match = /^(?:stuns?|turns?):(?:[^@]*@)?(\[[^\]]+\]|[^:?/]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

function originOf(url: string | URL): string | null {
  try {
    const parsed = new URL(String(url), location.href);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

function guard(action: () => void): void {
  try {
    action();
  } catch {
    // Never break the page because observation failed.
  }
}

function wrapGetUserMedia(): void {
  const devices = navigator.mediaDevices;
  const original = devices?.getUserMedia;
  if (!devices || typeof original !== 'function') return;
  devices.getUserMedia = function getUserMedia(this: MediaDevices, constraints?: MediaStreamConstraints) {
    guard(() => {
      summary.getUserMedia.calls += 1;
      summary.getUserMedia.audio ||= !!constraints?.audio;
      summary.getUserMedia.video ||= !!constraints?.video;
      schedulePost();
    });
    return original.call(this, constraints);
  };
}

function noteDisplayStream(stream: MediaStream): void {
  const track = stream.getVideoTracks()[0];
  const surface = (track?.getSettings() as { displaySurface?: string } | undefined)?.displaySurface;
  if (!track || !surface || !DISPLAY_SURFACES.includes(surface)) return;
  summary.displaySurface = surface;
  track.addEventListener('ended', () =>
    guard(() => {
      summary.displaySurface = null;
      schedulePost();
    }),
  );
  schedulePost();
}

/** Screen sharing: which surface the user picked is a setting of the track the browser returns. */
function wrapGetDisplayMedia(): void {
  const devices = navigator.mediaDevices;
  const original = devices?.getDisplayMedia;
  if (!devices || typeof original !== 'function') return;
  devices.getDisplayMedia = function getDisplayMedia(
    this: MediaDevices,
    options?: DisplayMediaStreamOptions,
  ) {
    const result = original.call(this, options);
    guard(() => {
      result.then(
        (stream) => guard(() => noteDisplayStream(stream)),
        () => undefined,
      );
    });
    return result;
  };
}

interface EncodedConfig extends RTCConfiguration {
  encodedInsertableStreams?: boolean;
}

const peerConnections = new Set<RTCPeerConnection>();
const iceLiteRemotes = new WeakSet<RTCPeerConnection>();
let statsTimer: ReturnType<typeof setInterval> | undefined;

function notePeerConnection(config: EncodedConfig | undefined): void {
  summary.peerConnections += 1;
  for (const server of config?.iceServers ?? []) {
    const urls = Array.isArray(server.urls) ? server.urls : [server.urls];
    for (const url of urls) remember(summary.iceServerHosts, iceHost(url));
  }
  if (config?.encodedInsertableStreams) summary.encodedTransform = true;
  schedulePost();
}

function watchMediaRoute(connection: RTCPeerConnection): void {
  peerConnections.add(connection);
  statsTimer ??= setInterval(readMediaEndpointsQuietly, STATS_INTERVAL_MS);
  // The route is known once ICE connects; later changes are caught by the interval.
  connection.addEventListener('connectionstatechange', () => {
    if (connection.connectionState === 'connected') setTimeout(readMediaEndpointsQuietly, CONNECTED_DELAY_MS);
  });
}

type StatsEntry = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 64) : '';
}

/** The candidate pair ICE selected: Chromium names it on the transport, Firefox marks the pair. */
function selectedPairs(stats: RTCStatsReport): StatsEntry[] {
  const pairs: StatsEntry[] = [];
  stats.forEach((entry: StatsEntry) => {
    const pairId = entry.type === 'transport' ? entry.selectedCandidatePairId : undefined;
    const pair = typeof pairId === 'string' ? stats.get(pairId) : undefined;
    if (pair) pairs.push(pair);
    else if (entry.type === 'candidate-pair' && entry.selected === true) pairs.push(entry);
  });
  return pairs;
}

function endpointOf(stats: RTCStatsReport, pair: StatsEntry, iceLite: boolean): MediaEndpoint | null {
  const local = stats.get(String(pair.localCandidateId)) as StatsEntry | undefined;
  const remote = stats.get(String(pair.remoteCandidateId)) as StatsEntry | undefined;
  if (!local || !remote) return null;
  const localType = text(local.candidateType);
  const address = localType === 'relay' ? text(local.address ?? local.ip) : text(remote.address ?? remote.ip);
  return { address, remoteType: text(remote.candidateType), localType, remoteIceLite: iceLite };
}

function rememberEndpoint(endpoint: MediaEndpoint | null): void {
  if (endpoint === null || summary.mediaEndpoints.length >= MAX_ENDPOINTS) return;
  const known = summary.mediaEndpoints.some(
    (e) =>
      e.address === endpoint.address &&
      e.remoteType === endpoint.remoteType &&
      e.localType === endpoint.localType,
  );
  if (known) return;
  summary.mediaEndpoints.push(endpoint);
  schedulePost();
}

/** Reads where media flows from getStats(); never SDP, ports or credentials. */
async function readMediaEndpoints(): Promise<void> {
  for (const connection of peerConnections) {
    if (connection.connectionState === 'closed') {
      peerConnections.delete(connection);
      continue;
    }
    const stats = await connection.getStats();
    for (const pair of selectedPairs(stats))
      rememberEndpoint(endpointOf(stats, pair, iceLiteRemotes.has(connection)));
  }
  if (peerConnections.size === 0 && statsTimer !== undefined) {
    clearInterval(statsTimer);
    statsTimer = undefined;
  }
}

function readMediaEndpointsQuietly(): void {
  readMediaEndpoints().catch(() => undefined);
}

function wrapSetRemoteDescription(): void {
  const prototype = window.RTCPeerConnection?.prototype;
  const original = prototype?.setRemoteDescription;
  if (!prototype || typeof original !== 'function') return;
  prototype.setRemoteDescription = function setRemoteDescription(
    this: RTCPeerConnection,
    ...args: Parameters<RTCPeerConnection['setRemoteDescription']>
  ) {
    guard(() => {
      if (/^a=ice-lite\s*$/m.test(args[0]?.sdp ?? '')) iceLiteRemotes.add(this);
    });
    return original.apply(this, args);
  } as RTCPeerConnection['setRemoteDescription'];
}

/**
 * Replaces a page constructor by one that reports its arguments and the new instance. Transparent: same name,
 * prototype and statics, `instanceof` and subclassing keep working (Reflect.construct with new.target).
 */
function wrapConstructor(
  name: 'RTCPeerConnection' | 'WebSocket',
  observe: (args: unknown[], instance: object) => void,
): void {
  const scope = window as unknown as Record<string, unknown>;
  const Original = scope[name];
  if (typeof Original !== 'function') return;
  const Wrapped = function (this: unknown, ...args: unknown[]) {
    const instance: object = Reflect.construct(Original, args, new.target ?? Original);
    guard(() => observe(args, instance));
    return instance;
  };
  Wrapped.prototype = Original.prototype;
  Object.setPrototypeOf(Wrapped, Original);
  Object.defineProperty(Wrapped, 'name', { value: name });
  scope[name] = Wrapped;
}

function wrapEncodedTransforms(): void {
  const sender = window.RTCRtpSender?.prototype as
    | (RTCRtpSender & { createEncodedStreams?: () => unknown })
    | undefined;
  const original = sender?.createEncodedStreams;
  if (sender && typeof original === 'function') {
    sender.createEncodedStreams = function createEncodedStreams(this: RTCRtpSender) {
      guard(() => {
        summary.encodedTransform = true;
        schedulePost();
      });
      return original.call(this);
    };
  }
  const descriptor = sender && Object.getOwnPropertyDescriptor(sender, 'transform');
  if (sender && descriptor?.set) {
    const setTransform = descriptor.set;
    Object.defineProperty(sender, 'transform', {
      ...descriptor,
      set(this: RTCRtpSender, value: unknown) {
        guard(() => {
          if (value) summary.encodedTransform = true;
          schedulePost();
        });
        setTransform.call(this, value);
      },
    });
  }
}

function noteGlobals(): void {
  for (const name of GLOBAL_MARKERS) {
    // Dotted names are nested objects (OCA.Talk); only their existence is noted, never their content.
    let scope: unknown = window;
    for (const part of name.split('.'))
      scope = scope && typeof scope === 'object' ? (scope as Record<string, unknown>)[part] : undefined;
    if (scope !== undefined) remember(summary.globals, name);
  }
  schedulePost();
}

interface WatchMessage {
  watch: WatchData;
  attributes: string[];
}

let domWatch: WatchList | null = null;
let domObserver: MutationObserver | null = null;
let batches: MutationRecord[][] = [];
let checkTimer: number | undefined;
let observedHref = location.href;

function tell(kind: 'ready' | 'observing' | 'changed'): void {
  document.dispatchEvent(new CustomEvent(DOM_EVENT, { detail: kind }));
}

function checkBatches(): void {
  checkTimer = undefined;
  const pending = batches;
  batches = [];
  const watch = domWatch;
  if (!watch) return;
  if (location.href !== observedHref || pending.some((records) => mutationsMatter(records, watch))) {
    observedHref = location.href;
    tell('changed');
  }
}

/** Batches are judged together once per interval, as the content script did itself. */
function onDomMutations(records: MutationRecord[]): void {
  batches.push(records);
  if (checkTimer === undefined) checkTimer = nativeSetTimeout(() => guard(checkBatches), CHECK_INTERVAL_MS);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function toWatchMessage(raw: unknown): WatchMessage | null {
  const parsed = typeof raw === 'string' ? (JSON.parse(raw) as Partial<WatchMessage>) : null;
  const watch = parsed?.watch;
  if (!watch || typeof watch.selector !== 'string' || !isStrings(parsed.attributes)) return null;
  const lists = [watch.texts, watch.labels, watch.classParts, watch.attributes];
  return lists.every(isStrings) ? { watch, attributes: parsed.attributes } : null;
}

function observeDom(raw: unknown): void {
  const message = toWatchMessage(raw);
  if (!message) return;
  domWatch = compileWatch(message.watch);
  domObserver ??= new NativeMutationObserver(onDomMutations);
  domObserver.observe(document, { ...OBSERVER_OPTIONS, attributeFilter: message.attributes });
  tell('observing');
}

// Wrap once per page, however often the script is injected.
const WRAPPED = Symbol.for('meeting-privacy-lens.page-world');
const pageScope = window as unknown as { [WRAPPED]?: boolean };
if (!pageScope[WRAPPED]) {
  pageScope[WRAPPED] = true;
  guard(wrapGetUserMedia);
  guard(wrapGetDisplayMedia);
  guard(() =>
    wrapConstructor('RTCPeerConnection', ([config], instance) => {
      notePeerConnection(config as EncodedConfig);
      guard(() => watchMediaRoute(instance as RTCPeerConnection));
    }),
  );
  guard(wrapSetRemoteDescription);
  guard(wrapEncodedTransforms);
  guard(() =>
    wrapConstructor('WebSocket', ([url]) => {
      remember(summary.webSockets, originOf(url as string));
      schedulePost();
    }),
  );
  document.addEventListener(WATCH_EVENT, (event) => guard(() => observeDom((event as CustomEvent).detail)));
  guard(() => tell('ready'));
  if (document.readyState === 'complete') guard(noteGlobals);
  else window.addEventListener('load', () => guard(noteGlobals), { once: true });
}
