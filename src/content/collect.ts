import { recogniseClient } from '../clients/index';
import { readPage } from '../clients/read';
import type { PageEvidence, PageWorldEvidence, Signal, Signals, SignalValue } from '../evidence';
import { emptySignals, SIGNAL_NAMES } from '../evidence';

/**
 * The longest text and list the background accepts (message-schemas.ts). Evidence over them would be
 * refused whole, so a page (or a participant with a very long name) could freeze the tab's findings.
 */
const MAX_TEXT = 2048;
const MAX_ITEMS = 500;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function fitValue(value: SignalValue): SignalValue {
  if (typeof value === 'string') return clip(value);
  // A count of 400 digits reads as Infinity: not a count anyone can show, so not visible.
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function fitSignal(signal: Signal): Signal {
  const fitted: Signal = { ...signal, value: fitValue(signal.value), source: clip(signal.source) };
  if (signal.detail) fitted.detail = signal.detail.slice(0, MAX_ITEMS).map(clip);
  return fitted;
}

/** Evidence within the background's limits: page-made texts and lists clipped, nothing else changed. */
export function fitForTransport(evidence: PageEvidence): PageEvidence {
  const signals = { ...evidence.signals };
  for (const name of SIGNAL_NAMES) signals[name] = fitSignal(signals[name]);
  return {
    ...evidence,
    url: clip(evidence.url),
    meetingKey: clip(evidence.meetingKey),
    signals,
    resources: { origins: evidence.resources.origins.slice(0, MAX_ITEMS).map(clip) },
  };
}

/** Origin and path only: query strings and fragments can carry passcodes and tokens. */
export function sanitiseUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** Keeps the first time a value was seen, so unchanged signals do not look new on every read. */
export function stabilise(previous: Signals | undefined, next: Signals): Signals {
  if (!previous) return next;
  const result = { ...next };
  for (const name of SIGNAL_NAMES) {
    const before: Signal = previous[name];
    const after: Signal = next[name];
    if (before.value === after.value && before.source === after.source) result[name] = before;
  }
  return result;
}

/** What the page shares, from the page world (untrusted, like everything it reports). */
function screenShareSignal(pageWorld: PageWorldEvidence | null, now: string): Signal | null {
  const surface = pageWorld?.displaySurface;
  if (!surface) return null;
  return {
    value: surface === 'monitor',
    source: `getDisplayMedia track displaySurface "${surface}" (page world)`,
    observedAt: now,
  };
}

export interface CollectInput {
  doc: Document;
  url: URL;
  origins: string[];
  pageWorld: PageWorldEvidence | null;
  previous: PageEvidence | null;
  now: string;
}

/** One frame's evidence from its document. Pure apart from reading the DOM. */
export function collectEvidence(input: CollectInput): PageEvidence {
  return fitForTransport(readEvidence(input));
}

function readEvidence({ doc, url, origins, pageWorld, previous, now }: CollectInput): PageEvidence {
  const recognised = recogniseClient(doc, url, pageWorld);
  if (!recognised) {
    return {
      url: sanitiseUrl(url),
      meetingKey: `none@${url.host}`,
      clientId: null,
      selfHosted: false,
      phase: 'unknown',
      signals: stabilise(previous?.signals, emptySignals(now, 'no known meeting client on this page')),
      resources: { origins },
      pageWorld,
      observedAt: now,
    };
  }
  const { client, selfHosted } = recognised;
  const meetingKey = `${client.id}:${client.meetingId(url) ?? 'none'}@${url.host}`;
  const sameMeeting = previous?.meetingKey === meetingKey;
  const reading = readPage(client, doc, url, now, sameMeeting ? previous?.signals : undefined);
  const share = screenShareSignal(pageWorld, now);
  if (share) reading.signals.screenShareWholeScreen = share;
  return {
    url: sanitiseUrl(url),
    meetingKey,
    clientId: client.id,
    selfHosted,
    phase: reading.phase,
    signals: stabilise(sameMeeting ? previous?.signals : undefined, reading.signals),
    resources: { origins },
    pageWorld,
    observedAt: now,
  };
}

/** Compares evidence without its timestamps. */
export function sameEvidence(a: PageEvidence | null, b: PageEvidence): boolean {
  if (!a) return false;
  return JSON.stringify({ ...a, observedAt: '' }) === JSON.stringify({ ...b, observedAt: '' });
}
