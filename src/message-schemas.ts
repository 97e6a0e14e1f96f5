/**
 * Validation of every message the background receives. Content-script messages are checked field by
 * field: a page can run code in frames we read, so nothing is trusted by shape alone.
 */
import * as v from 'valibot';
import { CLIENT_IDS, PHASES, SIGNAL_NAMES } from './evidence';
import type { Message } from './messages';

const MAX_TEXT = 2048;
const MAX_ITEMS = 500;

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const textList = v.pipe(v.array(text), v.maxLength(MAX_ITEMS));
const shortText = v.pipe(v.string(), v.maxLength(64));

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

export const PageWorldSchema = v.object({
  getUserMedia: v.object({ audio: v.boolean(), video: v.boolean(), calls: v.number() }),
  peerConnections: v.number(),
  iceServerHosts: textList,
  webSockets: textList,
  encodedTransform: v.boolean(),
  globals: textList,
  mediaEndpoints: v.pipe(
    v.array(
      v.object({
        address: shortText,
        remoteType: shortText,
        localType: shortText,
        remoteIceLite: v.boolean(),
      }),
    ),
    v.maxLength(20),
  ),
  displaySurface: v.nullable(v.picklist(['monitor', 'window', 'browser', 'application'])),
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

export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? (result.output as Message) : null;
}
