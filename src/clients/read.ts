import type { Phase, Signal, SignalName, Signals } from '../evidence';
import { emptySignals, SIGNAL_NAMES } from '../evidence';
import { COMMON_READERS, derivedSignals, phoneNumbers } from './common-signals';
import { fold } from './fold';
import { likelyBots } from './notetakers';
import type {
  ClientDefinition,
  FlagReader,
  Localised,
  Observation,
  Probe,
  ReadContext,
  SignalReader,
} from './types';

// Re-exported: definitions and readers import it from here; the page-world bundle imports ./fold alone.
export { fold };

const SKIPPED_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const LABEL_ATTRIBUTES = ['aria-label', 'title', 'data-tooltip', 'alt'];

function visibleText(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIPPED_TEXT_PARENTS.has(parent.tagName)) continue;
    parts.push(node.nodeValue ?? '');
  }
  return fold(parts.join(' '));
}

function allStrings(localised: Localised | undefined): string[] {
  return localised ? [...localised.en, ...localised.de] : [];
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function createReadContext(doc: Document, url: URL, phase: Phase, previous?: Signals): ReadContext {
  let cachedBody: string | null = null;
  let cachedLabels: string[] | null = null;
  const scopeText = new Map<string, string>();

  const bodyText = () => {
    cachedBody ??= doc.body ? visibleText(doc.body) : '';
    return cachedBody;
  };
  const labels = () => {
    cachedLabels ??= safeQueryAll(doc, LABEL_ATTRIBUTES.map((a) => `[${a}]`).join(',')).flatMap((el) =>
      LABEL_ATTRIBUTES.map((a) => el.getAttribute(a))
        .filter((v): v is string => !!v)
        .map(fold),
    );
    return cachedLabels;
  };
  const textIn = (scope: string | undefined) => {
    if (!scope) return bodyText();
    let text = scopeText.get(scope);
    if (text === undefined) {
      text = safeQueryAll(doc, scope).map(visibleText).join(' ');
      scopeText.set(scope, text);
    }
    return text;
  };

  const match = (probe: Probe): string | null => {
    if (probe.path?.test(url.pathname)) return `path ${probe.path.source}`;
    for (const selector of probe.selectors ?? []) {
      if (safeQuery(doc, selector)) return `selector ${selector}`;
    }
    if (probe.texts) {
      const text = textIn(probe.textScope);
      for (const wanted of allStrings(probe.texts)) {
        if (text.includes(fold(wanted))) return `text "${wanted}"`;
      }
    }
    if (probe.labels) {
      const found = labels();
      for (const wanted of allStrings(probe.labels)) {
        const folded = fold(wanted);
        // Prefix, not substring: "Unmute" must not match "Mute"; suffixes like "(Ctrl + D)" may follow.
        if (found.some((label) => label.startsWith(folded))) return `label "${wanted}"`;
      }
    }
    return null;
  };

  return { doc, url, phase, previous, bodyText, labels, match };
}

function firstMatch(ctx: ReadContext, probes: Probe[] | undefined): string | null {
  for (const probe of probes ?? []) {
    const found = ctx.match(probe);
    if (found) return found;
  }
  return null;
}

function readFlag(reader: FlagReader, ctx: ReadContext): Observation | null {
  if (reader.readIn && !reader.readIn.includes(ctx.phase)) return null;
  const on = firstMatch(ctx, reader.on);
  if (on) return { value: true, source: on };
  const off = firstMatch(ctx, reader.off);
  if (off) return { value: false, source: off };
  if (reader.absentMeansOffIn?.includes(ctx.phase)) {
    return { value: false, source: `no indicator shown in phase ${ctx.phase}` };
  }
  return null;
}

function explicitOff(reader: SignalReader, ctx: ReadContext): boolean {
  return typeof reader !== 'function' && firstMatch(ctx, reader.off) !== null;
}

export function detectPhase(
  def: ClientDefinition,
  ctx: Omit<ReadContext, 'phase'>,
): { phase: Phase; source: string } {
  for (const rule of def.phases) {
    for (const probe of rule.when) {
      const found = ctx.match(probe);
      if (found) return { phase: rule.phase, source: found };
    }
  }
  return { phase: 'unknown', source: 'no phase marker matched' };
}

function safeParticipants(def: ClientDefinition, ctx: ReadContext): Partial<Record<SignalName, Observation>> {
  try {
    return readParticipants(def, ctx);
  } catch {
    return {};
  }
}

function toSignal(def: ClientDefinition, observed: Observation, observedAt: string): Signal {
  // A reader may hand back an earlier signal's source, which already names the client.
  const prefix = `${def.id}: `;
  const source = observed.source.startsWith(prefix) ? observed.source : `${prefix}${observed.source}`;
  const signal: Signal = { value: observed.value, source, observedAt };
  if (observed.detail) signal.detail = observed.detail;
  return signal;
}

function runReader(reader: SignalReader, ctx: ReadContext): Observation | null {
  try {
    return typeof reader === 'function' ? reader(ctx) : readFlag(reader, ctx);
  } catch {
    // A detector that throws yields "not visible", never a broken page.
    return null;
  }
}

/** The text a screen reader would read for a row: avatars' initials are aria-hidden and left out. */
function spokenText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[aria-hidden="true"]')) parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function rowName(row: Element, nameSelector: string | undefined): string {
  const named = nameSelector ? row.querySelector(nameSelector) : null;
  return spokenText(named ?? row);
}

/** Count, guests and likely bots from the rows the client renders; nothing rendered means not visible. */
function readParticipants(def: ClientDefinition, ctx: ReadContext): Partial<Record<SignalName, Observation>> {
  const list = def.participants;
  if (!list) return {};
  const rows = list.rows.flatMap((selector) => safeQueryAll(ctx.doc, selector));
  if (rows.length === 0) return {};
  const where = `participant list (${rows.length} rows shown)`;
  const names = rows.map((row) => rowName(row, list.name));
  const bots = likelyBots(names);
  // Only the last two digits go into the evidence: the report must not spread the numbers further.
  const phones = phoneNumbers(names);
  const result: Partial<Record<SignalName, Observation>> = {
    participantCount: { value: rows.length, source: where },
    botsPresent:
      bots.length > 0 ? { value: true, source: where, detail: bots } : { value: false, source: where },
    dialInNumbersShown:
      phones.length > 0 ? { value: true, source: where, detail: phones } : { value: false, source: where },
  };
  if (list.guestMarkers) {
    const markers = allStrings(list.guestMarkers).map(fold);
    const guests = rows
      .map((row) => fold(row.textContent ?? ''))
      .filter((text) => markers.some((m) => text.includes(m)));
    result.guestsPresent = {
      value: guests.length > 0,
      source: `${where}, guest labels ${allStrings(list.guestMarkers).join(' ')}`,
    };
  }
  return result;
}

export interface PageReading {
  phase: Phase;
  signals: Signals;
}

/**
 * Reads every signal a definition knows from a document. `previous` carries latched values of the same
 * meeting (toasts that have gone while the state they announced goes on).
 */
export function readPage(
  def: ClientDefinition,
  doc: Document,
  url: URL,
  observedAt: string,
  previous?: Signals,
): PageReading {
  const probeContext = createReadContext(doc, url, 'unknown');
  const { phase } = detectPhase(def, probeContext);
  const ctx = createReadContext(doc, url, phase, previous);
  const signals = emptySignals(observedAt, `${def.id}: not visible`);
  const participants = safeParticipants(def, ctx);
  for (const name of SIGNAL_NAMES) {
    const forSettings = phase === 'settings' ? def.settings?.[name] : undefined;
    const reader = forSettings ?? def.signals[name] ?? COMMON_READERS[name];
    const fromList = participants[name];
    if (reader) {
      const observed = runReader(reader, ctx) ?? fromList ?? null;
      signals[name] = keepLatched(name, reader, ctx, observed, previous, def, observedAt) ?? signals[name];
    } else if (fromList) {
      signals[name] = toSignal(def, fromList, observedAt);
    }
  }
  const derived = derivedSignals(ctx, (name) => signals[name]);
  for (const [name, observed] of Object.entries(derived) as [SignalName, Observation][]) {
    signals[name] = toSignal(def, observed, observedAt);
  }
  return { phase, signals };
}

function keepLatched(
  name: SignalName,
  reader: SignalReader,
  ctx: ReadContext,
  observed: Observation | null,
  previous: Signals | undefined,
  def: ClientDefinition,
  observedAt: string,
): Signal | null {
  const before = previous?.[name];
  const flag = typeof reader === 'function' ? null : reader;
  if (flag?.latch && before?.value === true && observed?.value !== true && !explicitOff(reader, ctx)) {
    return before;
  }
  // A value read in its phase (camera state on the pre-join screen) stays true for the meeting.
  const outOfPhase = flag?.readIn && !flag.readIn.includes(ctx.phase);
  if (outOfPhase && before && before.value !== null) return before;
  return observed ? toSignal(def, observed, observedAt) : null;
}
