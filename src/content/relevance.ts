/**
 * Decides whether a batch of DOM mutations can change what a client definition reads, so that a busy
 * meeting page (speaking indicators, timers, video tiles) does not trigger a full read on every change.
 * Anything the definitions look at — selectors, texts, labels — is gathered into one watch list.
 */
import { fold } from '../clients/read';
import type { ClientDefinition, Probe, SignalReader } from '../clients/types';

export const LABEL_ATTRIBUTES = ['aria-label', 'title', 'data-tooltip', 'alt'];

export interface WatchList {
  /** All probe selectors joined, or '' when there are none. */
  selector: string;
  texts: string[];
  labels: string[];
  /** Class names and class substrings (`[class*="-record"]`) used in selectors. */
  classParts: string[];
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

export function watchListFor(definitions: readonly ClientDefinition[]): WatchList {
  const probes = definitions.flatMap(probesOf);
  const selectors = [...new Set(probes.flatMap((p) => p.selectors ?? []))].filter(isValidSelector);
  const texts = new Set<string>();
  const labels = new Set<string>();
  for (const probe of probes) {
    for (const text of [...(probe.texts?.en ?? []), ...(probe.texts?.de ?? [])]) texts.add(fold(text));
    for (const label of [...(probe.labels?.en ?? []), ...(probe.labels?.de ?? [])]) labels.add(fold(label));
  }
  const joined = selectors.join(' ');
  return {
    selector: selectors.join(','),
    texts: [...texts],
    labels: [...labels],
    classParts: [
      ...new Set([
        ...[...joined.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? ''),
        ...[...joined.matchAll(/\[class[*^$~|]?="([^"]+)"\]/g)].map((m) => m[1] ?? ''),
      ]),
    ].filter(Boolean),
    shortest: Math.min(...[...texts, ...labels].map((t) => t.length)),
    attributes: new Set([...joined.matchAll(/\[([\w-]+)/g)].map((m) => m[1] ?? '')),
  };
}

function mentionsText(text: string | null | undefined, watch: WatchList): boolean {
  // Folding only ever lengthens "…" (to "..."), so three times the raw length bounds the folded one.
  if (!text || text.length * 3 < watch.shortest) return false;
  const folded = fold(text);
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
  if (node.nodeType === Node.TEXT_NODE) return mentionsText(node.nodeValue, watch);
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
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
  return before !== after && watch.classParts.some((part) => before.includes(part) || after.includes(part));
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

/** True when any record could change a reading. */
export function mutationsMatter(records: MutationRecord[], watch: WatchList): boolean {
  for (const record of records) {
    if (record.type === 'attributes' && attributeMatters(record, watch)) return true;
    if (record.type === 'characterData') {
      // The parent's text, because a watched phrase can span several text nodes.
      if (mentionsText(record.target.parentNode?.textContent, watch) || mentionsText(record.oldValue, watch))
        return true;
    }
    if (record.type === 'childList') {
      for (const node of record.addedNodes) if (nodeMatters(node, watch)) return true;
      for (const node of record.removedNodes) if (nodeMatters(node, watch)) return true;
    }
  }
  return false;
}
