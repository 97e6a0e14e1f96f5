/**
 * The organisation's managed policy: one valibot schema per key. It is the single source of truth:
 * `assets/managed_schema.json` (Chrome/Edge, JSON Schema draft-03) is generated from it by
 * `npm run schema` (src/policy/draft03.ts), and it validates what storage.managed holds at run time,
 * which matters on Firefox (no schema) and for everything draft-03 cannot say (origins, known ids).
 *
 * Every message is an issue code (`policy_error_<code>` in _locales), so reasons are shown in the
 * reader's language.
 */
import * as v from 'valibot';
import { CLIENT_IDS } from '../evidence';
import { AUDIENCES, SEVERITIES } from '../report';
import { RULES } from '../rules/index';
import { ISO_COUNTRY_CODES } from './countries';
import { toInstanceOrigin } from './origin';

export const MAX_TEXT = 200;
export const MAX_URL = 2048;
export const MAX_ITEMS = 100;

/** Region groups an organisation can allow instead of listing countries one by one. */
export const COUNTRY_GROUPS = ['eu-eea', 'adequacy'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

export const LANGUAGE_CHOICES = ['auto', 'en', 'de'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export const OVERRIDE_VALUES = [...SEVERITIES, 'off'] as const;
export type RuleOverride = (typeof OVERRIDE_VALUES)[number];

/** Policy keys that are also user settings: a managed value is a default unless the key is locked. */
export const LOCKABLE_SETTINGS = ['defaultRole', 'language', 'alerts', 'selfHostedInstances'] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

/** An explicit `https://` address; a path is dropped (the whole origin is meant). */
function isHttpsOrigin(value: string): boolean {
  return /^https:\/\//i.test(value.trim()) && toInstanceOrigin(value) !== null;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

function isCountry(value: string): boolean {
  return (COUNTRY_GROUPS as readonly string[]).includes(value) || ISO_COUNTRY_CODES.has(value);
}

function isKnownRule(value: string): boolean {
  return RULES.some((rule) => rule.id === value);
}

const text = (max: number) => v.pipe(v.string('type'), v.maxLength(max, 'too-long'));
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, 'type'), v.maxLength(MAX_ITEMS, 'too-many'));

export const ClientIdSchema = v.picklist(CLIENT_IDS, 'unknown-client');
export const OriginSchema = v.pipe(
  text(MAX_URL),
  v.check(isHttpsOrigin, 'not-origin'),
  v.transform((value) => toInstanceOrigin(value) ?? value),
);
export const CountrySchema = v.pipe(text(16), v.check(isCountry, 'unknown-country'));
export const RuleIdSchema = v.pipe(text(MAX_TEXT), v.check(isKnownRule, 'unknown-rule'));
export const OverrideSchema = v.picklist(OVERRIDE_VALUES, 'bad-override');

export const AlertsSchema = v.strictObject(
  {
    notifications: v.optional(v.boolean('type')),
    banner: v.optional(v.boolean('type')),
  },
  'type',
);

/** Titles and descriptions are what administrators read in chrome://policy and the generated schema. */
export const POLICY_SCHEMA = {
  approvedClients: v.pipe(
    list(ClientIdSchema),
    v.title('Approved meeting services'),
    v.description(
      `Client ids the organisation approves; a meeting in any other service gets a finding. Ids: ${CLIENT_IDS.join(', ')}. Instances listed in selfHostedInstances count as approved.`,
    ),
  ),
  selfHostedInstances: v.pipe(
    list(OriginSchema),
    v.title('Self-hosted meeting instances'),
    v.description(
      'Origins (https://host[:port]) of self-hosted Jitsi Meet, BigBlueButton, Nextcloud Talk or OpenTalk instances; they are checked automatically once host access is granted and count as approved.',
    ),
  ),
  allowedCountries: v.pipe(
    list(CountrySchema),
    v.title('Allowed countries'),
    v.description(
      'Where meeting data may go: ISO 3166-1 alpha-2 codes (e.g. "CH") and the groups "eu-eea" (EU and EEA states) and "adequacy" (countries with an EU adequacy decision).',
    ),
  ),
  ruleOverrides: v.pipe(
    v.record(RuleIdSchema, OverrideSchema, 'type'),
    v.title('Rule overrides'),
    v.description(
      'Per rule id: a severity (high, medium, low, info) replacing the rule\'s own, or "off" to drop its finding.',
    ),
  ),
  alerts: v.pipe(
    AlertsSchema,
    v.title('Alerts'),
    v.description(
      'notifications: system notification when recording, transcription, AI notes, streaming or a notetaker starts; banner: a small in-page banner. Both true/false.',
    ),
  ),
  organisationName: v.pipe(
    text(MAX_TEXT),
    v.minLength(1, 'empty'),
    v.title('Organisation name'),
    v.description('Shown on the options page and in the report as the source of the policy.'),
  ),
  helpUrl: v.pipe(
    text(MAX_URL),
    v.check(isHttpsUrl, 'not-url'),
    v.title('Help link'),
    v.description("An https link to the organisation's own guidance, shown with every finding."),
  ),
  defaultRole: v.pipe(
    v.picklist(AUDIENCES, 'bad-role'),
    v.title('Role'),
    v.description('Whose advice is shown first: participant, host or organisation.'),
  ),
  language: v.pipe(
    v.picklist(LANGUAGE_CHOICES, 'bad-language'),
    v.title('Language of advice'),
    v.description("auto (the browser's language), en or de."),
  ),
  lockedSettings: v.pipe(
    list(v.picklist(LOCKABLE_SETTINGS, 'unknown-setting')),
    v.title('Locked settings'),
    v.description(
      `Keys whose managed value is enforced; the others are defaults the user may change. Keys: ${LOCKABLE_SETTINGS.join(', ')}.`,
    ),
  ),
} as const;

export type PolicyKey = keyof typeof POLICY_SCHEMA;
export const POLICY_KEYS = Object.keys(POLICY_SCHEMA) as PolicyKey[];

/** The valid part of a managed policy. Every key is optional: absent means "the organisation says nothing". */
export interface ManagedPolicy {
  approvedClients?: (typeof CLIENT_IDS)[number][];
  selfHostedInstances?: string[];
  allowedCountries?: string[];
  ruleOverrides?: Record<string, RuleOverride>;
  alerts?: { notifications?: boolean; banner?: boolean };
  organisationName?: string;
  helpUrl?: string;
  defaultRole?: (typeof AUDIENCES)[number];
  language?: LanguageChoice;
  lockedSettings?: LockableSetting[];
}
