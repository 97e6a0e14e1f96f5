/**
 * Isolated-world content script: watches the page, turns what it shows into PageEvidence and sends it
 * to the background when it changes. Only mutations that touch something a client definition looks at
 * trigger a read, coalesced to one per READ_INTERVAL_MS; other changes are picked up by a slow sweep.
 * Where the page-world script runs, it observes the DOM instead and only says when to read (records cost
 * less there). The page can forge or drop those triggers, so every read stays ours and the sweep then
 * reads unconditionally.
 */
import { CLIENTS, clientById } from '../clients/index';
import type { PageEvidence, PageWorldEvidence } from '../evidence';
import type { Message } from '../messages';
import { listenForAlerts } from './banner';
import { collectEvidence, sameEvidence } from './collect';
import { toPageWorldSummary } from './page-world-summary';
import {
  compileWatch,
  LABEL_ATTRIBUTES,
  mutationsMatter,
  OBSERVER_OPTIONS,
  type WatchData,
  type WatchList,
  watchDataFor,
} from './relevance';
import { runtime } from './runtime';

const READ_INTERVAL_MS = 150;
const SWEEP_INTERVAL_MS = 15_000;
const PAGE_WORLD_TAG = 'meeting-privacy-lens:page-world';
const WATCH_EVENT = 'meeting-privacy-lens:watch';
const DOM_EVENT = 'meeting-privacy-lens:dom';
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const isTopFrame = window === window.top;

const origins = new Set<string>([`${location.protocol}//${location.host}`]);
let pageWorld: PageWorldEvidence | null = null;
let lastSent: PageEvidence | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let watchData: WatchData | null = null;
let watch: WatchList | null = null;
let sentWatch: WatchData | null = null;
let observer: MutationObserver | null = null;
/** The page-world script said it observes the DOM for us: a claim the page could also make. */
let pageObserves = false;
let lastReadAt = -Infinity;
let watchedClient: string | null = null;
let lastHref = location.href;
let changedSinceRead = false;
/** The observer's batches as delivered: copying hundreds of records a second into one array costs. */
let pending: MutationRecord[][] = [];
let checkTimer: ReturnType<typeof setTimeout> | undefined;

/** Watch what the recognised client's definition reads; before recognition, what any could read. */
function currentWatch(): WatchList {
  const clientId = lastSent?.clientId ?? null;
  if (!watch || clientId !== watchedClient) {
    const definition = clientId ? clientById(clientId) : undefined;
    watchData = watchDataFor(definition ? [definition] : CLIENTS);
    watch = compileWatch(watchData);
    watchedClient = clientId;
  }
  return watch;
}

function readAndSend(): void {
  timer = undefined;
  changedSinceRead = false;
  lastReadAt = performance.now();
  lastHref = location.href;
  try {
    const evidence = collectEvidence({
      doc: document,
      url: new URL(location.href),
      origins: [...origins],
      pageWorld,
      previous: lastSent,
      now: new Date().toISOString(),
    });
    // Frames without a meeting client have nothing to add; the top frame always reports.
    if (!isTopFrame && evidence.clientId === null) return;
    if (sameEvidence(lastSent, evidence)) return;
    lastSent = evidence;
    sendWatch();
    runtime.sendMessage({ type: 'page-evidence', evidence } satisfies Message).catch(() => {
      // The background may be restarting; the next change sends again.
      lastSent = null;
    });
  } catch {
    // Unknown pages must never see an error of ours.
  }
}

function schedule(): void {
  if (timer === undefined) timer = setTimeout(readAndSend, READ_INTERVAL_MS);
}

function watchResources(): void {
  const add = (entries: PerformanceEntryList) => {
    let added = false;
    for (const entry of entries) {
      try {
        const url = new URL(entry.name);
        if (!NETWORK_SCHEMES.has(url.protocol)) continue;
        const origin = `${url.protocol}//${url.host}`;
        if (!origins.has(origin)) {
          origins.add(origin);
          added = true;
        }
      } catch {
        // An entry name that is no URL has no host worth reporting.
      }
    }
    if (added) schedule();
  };
  add(performance.getEntriesByType('resource'));
  new PerformanceObserver((list) => add(list.getEntries())).observe({ type: 'resource', buffered: true });
}

function listenToPageWorld(): void {
  window.addEventListener('message', (event) => {
    if (event.source !== window || event.data?.tag !== PAGE_WORLD_TAG) return;
    const summary = toPageWorldSummary(event.data.summary);
    if (!summary) return;
    pageWorld = summary;
    schedule();
  });
}

/**
 * Mutations are only collected here and judged together once per READ_INTERVAL_MS: a busy page calls
 * this hundreds of times a second, and per-call work was most of what the content script cost.
 */
function onMutations(records: MutationRecord[]): void {
  if (timer !== undefined) return;
  pending.push(records);
  if (checkTimer === undefined) checkTimer = setTimeout(checkPending, READ_INTERVAL_MS);
}

function batchesMatter(batches: readonly MutationRecord[][]): boolean {
  const current = currentWatch();
  return batches.some((records) => mutationsMatter(records, current));
}

function checkPending(): void {
  checkTimer = undefined;
  const batches = pending;
  pending = [];
  if (timer !== undefined) return;
  // Already waited one interval: read now rather than schedule another.
  if (location.href !== lastHref || batchesMatter(batches)) readAndSend();
  else changedSinceRead = true;
}

/**
 * Attributes any definition reads: labels, ids, and the attributes its selectors name (that includes
 * `class`, which Jitsi's label selectors match on). `style` and other attributes that video tiles
 * change many times a second produce no records at all.
 */
function observedAttributes(): string[] {
  const all = watchDataFor(CLIENTS);
  return [...new Set([...LABEL_ATTRIBUTES, 'id', ...all.attributes])];
}

/** Reads now, or as soon as READ_INTERVAL_MS has passed since the last read: triggers can be forged. */
function readSoon(): void {
  if (timer !== undefined) return;
  const wait = READ_INTERVAL_MS - (performance.now() - lastReadAt);
  if (wait <= 0) readAndSend();
  else timer = setTimeout(readAndSend, wait);
}

/** Gives the page-world observer the current watch list, as plain data (it is no secret). */
function sendWatch(): void {
  currentWatch();
  const data = watchData;
  if (!data || data === sentWatch) return;
  sentWatch = data;
  const detail = JSON.stringify({ watch: data, attributes: observedAttributes() });
  document.dispatchEvent(new CustomEvent(WATCH_EVENT, { detail }));
}

function onPageWorldDom(event: Event): void {
  const kind = (event as CustomEvent).detail;
  if (kind === 'changed') readSoon();
  else if (kind === 'ready') {
    sentWatch = null;
    sendWatch();
  } else if (kind === 'observing' && !pageObserves) {
    pageObserves = true;
    observer?.disconnect();
    observer = null;
    pending = [];
  }
}

/**
 * Our own observer runs until the page-world script announces its own, which it does only where the
 * manifest or a registration put it (and on-demand injection, after the fact).
 */
function watchDom(): void {
  observer = new MutationObserver(onMutations);
  observer.observe(document, { ...OBSERVER_OPTIONS, attributeFilter: observedAttributes() });
  document.addEventListener(DOM_EVENT, onPageWorldDom);
  sendWatch();
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);
  // Readers can depend on things the watch list cannot name (counts, text split over nodes). Once the
  // page world triggers reads, the page could drop its triggers: then every sweep reads.
  setInterval(() => (pageObserves || changedSinceRead) && schedule(), SWEEP_INTERVAL_MS);
}

/**
 * On a settings page a host flips switches and checkboxes; a checkbox's state is a property, so the change
 * need not touch the DOM the observer sees. Input events there ask for a read.
 */
function watchSettingsInput(): void {
  const onInput = () => {
    if (lastSent?.phase === 'settings') schedule();
  };
  for (const type of ['change', 'click'])
    document.addEventListener(type, onInput, { capture: true, passive: true });
}

// The manifest, a registered script and an on-demand injection can all bring this script into a frame.
const RUNNING = Symbol.for('meeting-privacy-lens.content');
const scope = globalThis as { [RUNNING]?: boolean };
if (!scope[RUNNING]) {
  scope[RUNNING] = true;
  if (isTopFrame) listenForAlerts(runtime);
  listenToPageWorld();
  watchResources();
  watchDom();
  watchSettingsInput();
  schedule();
}
