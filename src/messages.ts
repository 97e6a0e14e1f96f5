/**
 * The messages between the extension's parts, and their validation. Content-script messages are
 * checked field by field: a page can run code in frames we read, so nothing is trusted by shape alone.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { PageEvidence } from './evidence';
import { CLIENT_IDS, PHASES, SIGNAL_NAMES } from './evidence';
import type { Lang } from './i18n';
import type { Audience, Report } from './report';

const MAX_TEXT = 2048;
const MAX_ITEMS = 500;

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const textList = v.pipe(v.array(text), v.maxLength(MAX_ITEMS));

const SignalSchema = v.object({
  value: v.union([v.boolean(), v.pipe(v.number(), v.finite()), text, v.null()]),
  source: text,
  observedAt: text,
  detail: v.optional(textList),
});

const SignalsSchema = v.object(
  Object.fromEntries(SIGNAL_NAMES.map((name) => [name, SignalSchema])) as Record<
    (typeof SIGNAL_NAMES)[number],
    typeof SignalSchema
  >,
);

const PageWorldSchema = v.object({
  getUserMedia: v.object({ audio: v.boolean(), video: v.boolean(), calls: v.number() }),
  peerConnections: v.number(),
  iceServerHosts: textList,
  webSockets: textList,
  encodedTransform: v.boolean(),
  globals: textList,
});

export const PageEvidenceSchema = v.object({
  url: text,
  meetingKey: text,
  clientId: v.nullable(v.picklist(CLIENT_IDS)),
  selfHosted: v.boolean(),
  phase: v.picklist(PHASES),
  signals: SignalsSchema,
  resources: v.object({ origins: textList }),
  pageWorld: v.nullable(PageWorldSchema),
  observedAt: text,
});

export const PageWorldSchemaForRelay = PageWorldSchema;

const LangSchema = v.picklist(['en', 'de']);
const AudienceSchema = v.picklist(['participant', 'host', 'organisation']);

const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('page-evidence'), evidence: PageEvidenceSchema }),
  v.object({
    type: v.literal('get-report'),
    tabId: v.pipe(v.number(), v.integer()),
    lang: v.optional(LangSchema),
    role: v.optional(AudienceSchema),
  }),
  v.object({ type: v.literal('inspect-tab'), tabId: v.pipe(v.number(), v.integer()) }),
]);

export type Message =
  | { type: 'page-evidence'; evidence: PageEvidence }
  | { type: 'get-report'; tabId: number; lang?: Lang; role?: Audience }
  | { type: 'inspect-tab'; tabId: number };

export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? (result.output as Message) : null;
}

export function sendPageEvidence(evidence: PageEvidence): Promise<unknown> {
  const message: Message = { type: 'page-evidence', evidence };
  return browser.runtime.sendMessage(message);
}

export async function requestReport(tabId: number, lang?: Lang, role?: Audience): Promise<Report | null> {
  const message: Message = { type: 'get-report', tabId, ...(lang && { lang }), ...(role && { role }) };
  return ((await browser.runtime.sendMessage(message)) as Report | null) ?? null;
}

/** Asks the background to look at a tab the user opened the popup on (uses `activeTab`). */
export async function requestInspection(tabId: number): Promise<boolean> {
  const message: Message = { type: 'inspect-tab', tabId };
  return (await browser.runtime.sendMessage(message)) === true;
}
