/**
 * Decides whether a batch of DOM mutations can change what a client definition reads, so that a busy
 * meeting page (speaking indicators, timers, video tiles) does not trigger a full read on every change.
 * Anything the definitions look at — selectors, texts, labels — is gathered into one watch list.
 */
import { fold } from '../clients/fold';
import type { ClientDefinition, Probe, SignalReader } from '../clients/types';

export const LABEL_ATTRIBUTES = ['aria-label', 'title', 'data-tooltip', 'alt'];

/**
 * What a watch list is made of, as plain data: the isolated content script sends it to the page-world
 * observer (page-world.ts), which must not bundle the client definitions.
 */
export interface WatchData {
  selector: string;
  texts: string[];
  labels: string[];
  classParts: string[];
  attributes: string[];
}

export interface WatchList {
  /** All probe selectors joined, or '' when there are none. */
  selector: string;
  texts: string[];
  labels: string[];
  /** Class names and class substrings (`[class*="-record"]`) used in selectors. */
  classParts: string[];
  /** Matches a class attribute containing any of classParts, or null when there are none. */
  classPattern: RegExp | null;
  /** The shortest watched text or label: shorter text cannot contain any of them. */
  shortest: number;
  /** Attributes used in selectors (`[data-avatar-count]`, `[aria-label^=…]`). */
  attributes: Set<string>;
}

function probesOf(definition: ClientDefinition): Probe[] {
  const fromReader = (reader: SignalReader | undefined): Probe[] =>
    reader && typeof reader !== 'function' ? [...reader.on, ...(reader.off ?? [])] : [];
  return [
    ...definition.phases.flatMap((rule) => rule.when),
    ...Object.values(definition.signals).flatMap(fromReader),
    ...(definition.selfHostedMarkers ?? []),
    ...(definition.watch ?? []),
    ...(definition.participants
      ? [
          {
            note: 'participant rows',
            selectors: definition.participants.rows,
            texts: definition.participants.guestMarkers,
          },
        ]
      : []),
  ];
}

function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** One pattern for many literal substrings: a class attribute is tested once, not once per part. */
function anyOf(parts: string[]): RegExp | null {
  if (parts.length === 0) return null;
  return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

export function watchDataFor(definitions: readonly ClientDefinition[]): WatchData {
  const probes = definitions.flatMap(probesOf);
  const selectors = [...new Set(probes.flatMap((p) => p.selectors ?? []))].filter(isValidSelector);
  const texts = new Set<string>();
  const labels = new Set<string>();
  for (const probe of probes) {
    for (const text of [...(probe.texts?.en ?? []), ...(probe.texts?.de ?? [])]) texts.add(fold(text));
    for (const label of [...(probe.labels?.en ?? []), ...(probe.labels?.de ?? [])]) labels.add(fold(label));
  }
  const joined = selectors.join(' ');
  const classParts = [
    ...new Set([
      ...[...joined.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? ''),
      ...[...joined.matchAll(/\[class[*^$~|]?="([^"]+)"\]/g)].map((m) => m[1] ?? ''),
    ]),
  ].filter(Boolean);
  return {
    selector: selectors.join(','),
    texts: [...texts],
    labels: [...labels],
    classParts,
    attributes: [...new Set([...joined.matchAll(/\[([\w-]+)/g)].map((m) => m[1] ?? ''))],
  };
}

export function compileWatch(data: WatchData): WatchList {
  return {
    selector: data.selector,
    texts: data.texts,
    labels: data.labels,
    classParts: data.classParts,
    classPattern: anyOf(data.classParts),
    shortest: Math.min(...[...data.texts, ...data.labels].map((t) => t.length)),
    attributes: new Set(data.attributes),
  };
}

export function watchListFor(definitions: readonly ClientDefinition[]): WatchList {
  return compileWatch(watchDataFor(definitions));
}

/** The only characters folding lengthens: "…" becomes "...", "İ" lower-cases to two code units. */
const LENGTHENED_BY_FOLDING = /[\u2026\u0130]/;

function mentionsText(text: string | null | undefined, watch: WatchList): boolean {
  // Timers and counters are shorter than any watched text: skip folding them hundreds of times a second.
  if (!text || (text.length < watch.shortest && !LENGTHENED_BY_FOLDING.test(text))) return false;
  const folded = fold(text);
  if (folded.length < watch.shortest) return false;
  return (
    watch.texts.some((wanted) => folded.includes(wanted)) || watch.labels.some((l) => folded.startsWith(l))
  );
}

function matchesSelector(element: Element, watch: WatchList, deep: boolean): boolean {
  if (!watch.selector) return false;
  return element.matches(watch.selector) || (deep && element.querySelector(watch.selector) !== null);
}

function hasWatchedLabel(element: Element, watch: WatchList): boolean {
  const carriers = [element, ...element.querySelectorAll(LABEL_ATTRIBUTES.map((a) => `[${a}]`).join(','))];
  return carriers.some((el) => LABEL_ATTRIBUTES.some((a) => mentionsText(el.getAttribute(a), watch)));
}

function nodeMatters(node: Node, watch: WatchList): boolean {
  const type = node.nodeType;
  if (type === Node.TEXT_NODE) return mentionsText(node.nodeValue, watch);
  if (type !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  return (
    matchesSelector(element, watch, true) ||
    mentionsText(element.textContent, watch) ||
    hasWatchedLabel(element, watch)
  );
}

/**
 * A class change can only change which selectors match through a class (or class substring) a
 * selector names, so plain string checks replace selector matching: speaking indicators toggle classes
 * hundreds of times a second.
 */
function classChangeMatters(oldValue: string | null, element: Element, watch: WatchList): boolean {
  const before = oldValue ?? '';
  const after = element.getAttribute('class') ?? '';
  const pattern = watch.classPattern;
  return before !== after && pattern !== null && (pattern.test(before) || pattern.test(after));
}

function attributeMatters(record: MutationRecord, watch: WatchList): boolean {
  const element = record.target as Element;
  const name = record.attributeName ?? '';
  if (LABEL_ATTRIBUTES.includes(name)) {
    return mentionsText(element.getAttribute(name), watch) || mentionsText(record.oldValue, watch);
  }
  if (name === 'class') return classChangeMatters(record.oldValue, element, watch);
  // Selectors only depend on ids, classes and the attributes they name.
  return (name === 'id' || watch.attributes.has(name)) && matchesSelector(element, watch, false);
}

function someNodeMatters(nodes: NodeList, watch: WatchList): boolean {
  // Indexed, not for…of: a NodeList iterator costs native calls per step in the isolated world.
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node && nodeMatters(node, watch)) return true;
  }
  return false;
}

function recordMatters(record: MutationRecord, watch: WatchList): boolean {
  switch (record.type) {
    case 'attributes':
      return attributeMatters(record, watch);
    case 'characterData':
      // The parent's text, because a watched phrase can span several text nodes.
      return (
        mentionsText(record.target.parentNode?.textContent, watch) || mentionsText(record.oldValue, watch)
      );
    default:
      return someNodeMatters(record.addedNodes, watch) || someNodeMatters(record.removedNodes, watch);
  }
}

/** True when any record could change a reading. */
export function mutationsMatter(records: readonly MutationRecord[], watch: WatchList): boolean {
  for (const record of records) if (recordMatters(record, watch)) return true;
  return false;
}

/** What both observers (the content script's and the page world's) ask for; attributes are filtered per watch list. */
export const OBSERVER_OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeOldValue: true,
};
