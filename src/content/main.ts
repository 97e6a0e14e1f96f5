/**
 * Isolated-world content script: watches the page, turns what it shows into PageEvidence and sends it
 * to the background when it changes. Only mutations that touch something a client definition looks at
 * trigger a read, coalesced to one per READ_INTERVAL_MS; other changes are picked up by a slow sweep.
 */
import { CLIENTS, clientById } from '../clients/index';
import type { PageEvidence, PageWorldEvidence } from '../evidence';
import type { Message } from '../messages';
import { listenForAlerts } from './banner';
import { collectEvidence, sameEvidence } from './collect';
import { toPageWorldSummary } from './page-world-summary';
import { LABEL_ATTRIBUTES, mutationsMatter, type WatchList, watchListFor } from './relevance';
import { runtime } from './runtime';

const READ_INTERVAL_MS = 150;
const SWEEP_INTERVAL_MS = 15_000;
const PAGE_WORLD_TAG = 'meeting-privacy-lens:page-world';
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const isTopFrame = window === window.top;

const origins = new Set<string>([`${location.protocol}//${location.host}`]);
let pageWorld: PageWorldEvidence | null = null;
let lastSent: PageEvidence | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let watch: WatchList | null = null;
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
    watch = watchListFor(definition ? [definition] : CLIENTS);
    watchedClient = clientId;
  }
  return watch;
}

function readAndSend(): void {
  timer = undefined;
  changedSinceRead = false;
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
  const all = watchListFor(CLIENTS);
  return [...new Set([...LABEL_ATTRIBUTES, 'id', ...all.attributes])];
}

function watchDom(): void {
  new MutationObserver(onMutations).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: observedAttributes(),
  });
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);
  // Readers can depend on things the watch list cannot name (counts, text split over nodes).
  setInterval(() => changedSinceRead && schedule(), SWEEP_INTERVAL_MS);
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
