import type { ClientId, PageWorldEvidence, Phase, SignalName, Signals, SignalValue } from '../evidence';

/** Strings as the client shows them, per UI language. Matched as substrings after whitespace folding. */
export interface Localised {
  en: string[];
  de: string[];
}

/**
 * One way to see something on a page. Every listed part is an alternative: the probe matches when any
 * selector matches, any text occurs in the scope, or any element label (aria-label, title,
 * data-tooltip, alt) starts with one of the label strings.
 */
export interface Probe {
  /** Why this probe exists and how sure we are ([S] seen in a source, [K] unverified). */
  note: string;
  /** The URL path (routes of single-page clients such as OpenTalk's /lobby/, /room/). */
  path?: RegExp;
  selectors?: string[];
  texts?: Localised;
  labels?: Localised;
  /** Limit `texts` to elements matching this selector (default: the whole body). */
  textScope?: string;
}

/** A boolean signal read from probes. */
export interface FlagReader {
  /** Any match means `true`. */
  on: Probe[];
  /** Any match means `false` (checked only when nothing in `on` matched). */
  off?: Probe[];
  /**
   * Phases in which no match at all means `false`, because the client always shows the indicator when
   * the state is on. Elsewhere no match means `null` (not visible).
   */
  absentMeansOffIn?: Phase[];
  /** Phases in which the signal can be read at all; elsewhere it stays `null`. Default: all. */
  readIn?: Phase[];
  /**
   * A `true` seen once stays `true` for the meeting until an `off` probe matches. For toasts and
   * join-time dialogs that vanish while the state they announce goes on.
   */
  latch?: boolean;
}

export interface Observation {
  value: SignalValue;
  source: string;
  detail?: string[];
}

/** What a custom reader gets to look at. */
export interface ReadContext {
  doc: Document;
  url: URL;
  phase: Phase;
  /** The signals of the previous read of the same meeting, for readers that combine toasts and labels. */
  previous: Signals | undefined;
  /** Folded text of the body, computed once per read. */
  bodyText(): string;
  /** Folded aria-label / title / data-tooltip values of the document, computed once per read. */
  labels(): string[];
  /** Does the probe match this document? Returns the matching part as a source string. */
  match(probe: Probe): string | null;
}

export type CustomReader = (ctx: ReadContext) => Observation | null;

export type SignalReader = FlagReader | CustomReader;

/** Where a client lists participants (roster rows or video tiles), for count, guests and bots. */
export interface ParticipantList {
  note: string;
  /** Each element matching one of these is one participant. */
  rows: string[];
  /** The display name inside a row (default: the row's own text). */
  name?: string;
  /** Labels the client adds to guests or external people, e.g. "(Guest)". */
  guestMarkers?: Localised;
}

export interface PhaseRule {
  phase: Phase;
  when: Probe[];
}

export interface ClientDefinition {
  id: ClientId;
  name: string;
  operator: {
    name: string;
    /** Registrable domains (eTLD+1) that are first party for this client. */
    domains: string[];
    /** Host suffixes where the provider collects telemetry or usage analytics from the page. */
    telemetryHosts: string[];
  };
  /** Self-hostable software: any operator, first party is the page's own site. */
  selfHostable: boolean;
  /** URL patterns of the hosted service. */
  matches: RegExp[];
  /** URLs that must match this client and no other (checked by the matrix test). */
  examples: string[];
  /** Page markers that identify the software on any host (for self-hostable clients). */
  selfHostedMarkers?: Probe[];
  /**
   * Page globals the page-world script saw (untrusted: a page can fake them) that identify the software
   * on any host; every listed name must be present.
   */
  selfHostedGlobals?: string[];
  /** Recognition from what the page does rather than shows (the generic WebRTC detector). */
  detectFromPage?: (doc: Document, pageWorld: PageWorldEvidence | null) => string | null;
  /** The meeting this URL belongs to, or null for pages that are no meeting (home, settings). */
  meetingId(url: URL): string | null;
  /** Checked in order; the first rule with a matching probe gives the phase. */
  phases: PhaseRule[];
  signals: Partial<Record<SignalName, SignalReader>>;
  /**
   * Readers for the provider's settings pages (phase `settings`), which show the defaults for new meetings; there
   * they take the place of the reader of the same signal in `signals`.
   */
  settings?: Partial<Record<SignalName, CustomReader>>;
  /** What custom readers look at, so the content script knows a change there needs a new read. */
  watch?: Probe[];
  participants?: ParticipantList;
}
