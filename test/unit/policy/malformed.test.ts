/**
 * Malformed managed policies: each case holds one bad part next to valid keys. The bad part, and only
 * it, is rejected with its reason; the valid keys still apply unchanged.
 */
import { describe, expect, it } from 'vitest';
import { describeIssue, parsePolicy } from '../../../src/policy/parse';

/** Valid keys present in every case; none of them may be touched by another key's problem. */
const VALID = {
  organisationName: 'Example University',
  helpUrl: 'https://intranet.example.org/meetings',
  defaultRole: 'host',
} as const;

const HUGE = 'x'.repeat(100_000);
const deep = (levels: number): unknown => (levels === 0 ? 'zoom' : { nested: deep(levels - 1) });
const deepList = (levels: number): unknown => (levels === 0 ? 'zoom' : [deepList(levels - 1)]);

interface Case {
  name: string;
  /** The bad part (merged over VALID). */
  policy: Record<string, unknown>;
  /** What of the bad part survives. */
  kept?: Record<string, unknown>;
  issues: { path: string; code: string }[];
}

const CASES: Case[] = [
  // wrong types for each key
  {
    name: 'approvedClients as a string',
    policy: { approvedClients: 'zoom' },
    issues: [{ path: 'approvedClients', code: 'type' }],
  },
  {
    name: 'approvedClients as an object',
    policy: { approvedClients: { zoom: true } },
    issues: [{ path: 'approvedClients', code: 'type' }],
  },
  {
    name: 'approvedClients as null',
    policy: { approvedClients: null },
    issues: [{ path: 'approvedClients', code: 'type' }],
  },
  {
    name: 'selfHostedInstances as a string',
    policy: { selfHostedInstances: 'https://meet.example.org' },
    issues: [{ path: 'selfHostedInstances', code: 'type' }],
  },
  {
    name: 'selfHostedInstances as a number',
    policy: { selfHostedInstances: 1 },
    issues: [{ path: 'selfHostedInstances', code: 'type' }],
  },
  {
    name: 'allowedCountries as a string',
    policy: { allowedCountries: 'eu-eea' },
    issues: [{ path: 'allowedCountries', code: 'type' }],
  },
  {
    name: 'ruleOverrides as a list',
    policy: { ruleOverrides: ['passcode-in-url'] },
    issues: [{ path: 'ruleOverrides', code: 'type' }],
  },
  {
    name: 'ruleOverrides as a string',
    policy: { ruleOverrides: 'off' },
    issues: [{ path: 'ruleOverrides', code: 'type' }],
  },
  { name: 'alerts as a boolean', policy: { alerts: false }, issues: [{ path: 'alerts', code: 'type' }] },
  {
    name: 'alerts as a list',
    policy: { alerts: [false, false] },
    issues: [{ path: 'alerts', code: 'type' }],
  },
  {
    name: 'organisationName as a number',
    policy: { organisationName: 7 },
    kept: {},
    issues: [{ path: 'organisationName', code: 'type' }],
  },
  {
    name: 'helpUrl as a list',
    policy: { helpUrl: ['https://x.example.org'] },
    kept: {},
    issues: [{ path: 'helpUrl', code: 'type' }],
  },
  {
    name: 'defaultRole as a boolean',
    policy: { defaultRole: true },
    kept: {},
    issues: [{ path: 'defaultRole', code: 'bad-role' }],
  },
  {
    name: 'language as a number',
    policy: { language: 49 },
    issues: [{ path: 'language', code: 'bad-language' }],
  },
  {
    name: 'lockedSettings as a string',
    policy: { lockedSettings: 'alerts' },
    issues: [{ path: 'lockedSettings', code: 'type' }],
  },
  // wrong types of entries
  {
    name: 'a number among approved clients',
    policy: { approvedClients: ['zoom', 3] },
    kept: { approvedClients: ['zoom'] },
    issues: [{ path: 'approvedClients[1]', code: 'unknown-client' }],
  },
  {
    name: 'null among instances',
    policy: { selfHostedInstances: [null, 'https://meet.example.org'] },
    kept: { selfHostedInstances: ['https://meet.example.org'] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'type' }],
  },
  {
    name: 'a number as an override',
    policy: { ruleOverrides: { 'passcode-in-url': 2, 'recording-announced': 'low' } },
    kept: { ruleOverrides: { 'recording-announced': 'low' } },
    issues: [{ path: 'ruleOverrides.passcode-in-url', code: 'bad-override' }],
  },
  {
    name: 'a string as alert switch',
    policy: { alerts: { banner: 'yes', notifications: false } },
    kept: { alerts: { notifications: false } },
    issues: [{ path: 'alerts.banner', code: 'type' }],
  },
  {
    name: 'null as alert switch',
    policy: { alerts: { notifications: null } },
    kept: { alerts: {} },
    issues: [{ path: 'alerts.notifications', code: 'type' }],
  },
  {
    name: 'a list inside lockedSettings',
    policy: { lockedSettings: [['alerts'], 'language'] },
    kept: { lockedSettings: ['language'] },
    issues: [{ path: 'lockedSettings[0]', code: 'unknown-setting' }],
  },
  // unknown keys and ids
  {
    name: 'an unknown top-level key',
    policy: { blockRecording: true },
    issues: [{ path: 'blockRecording', code: 'unknown-key' }],
  },
  {
    name: 'a misspelt key',
    policy: { approvedClient: ['zoom'] },
    issues: [{ path: 'approvedClient', code: 'unknown-key' }],
  },
  {
    name: 'a key in the wrong case',
    policy: { HelpUrl: 'https://x.example.org' },
    issues: [{ path: 'HelpUrl', code: 'unknown-key' }],
  },
  {
    name: 'an unknown alerts key',
    policy: { alerts: { sound: true, banner: false } },
    kept: { alerts: { banner: false } },
    issues: [{ path: 'alerts.sound', code: 'unknown-key' }],
  },
  {
    name: 'an unknown client id',
    policy: { approvedClients: ['google-meet', 'skype'] },
    kept: { approvedClients: ['google-meet'] },
    issues: [{ path: 'approvedClients[1]', code: 'unknown-client' }],
  },
  {
    name: 'a client name instead of its id',
    policy: { approvedClients: ['Microsoft Teams', 'zoom'] },
    kept: { approvedClients: ['zoom'] },
    issues: [{ path: 'approvedClients[0]', code: 'unknown-client' }],
  },
  {
    name: 'a client id in the wrong case',
    policy: { approvedClients: ['Zoom'] },
    kept: { approvedClients: [] },
    issues: [{ path: 'approvedClients[0]', code: 'unknown-client' }],
  },
  {
    name: 'an unknown rule id',
    policy: { ruleOverrides: { 'no-such-rule': 'off', 'passcode-in-url': 'off' } },
    kept: { ruleOverrides: { 'passcode-in-url': 'off' } },
    issues: [{ path: 'ruleOverrides.no-such-rule', code: 'unknown-rule' }],
  },
  {
    name: 'a rule id with a locale-key spelling',
    policy: { ruleOverrides: { recording_announced: 'low' } },
    kept: { ruleOverrides: {} },
    issues: [{ path: 'ruleOverrides.recording_announced', code: 'unknown-rule' }],
  },
  {
    name: 'an empty rule id',
    policy: { ruleOverrides: { '': 'off' } },
    kept: { ruleOverrides: {} },
    issues: [{ path: 'ruleOverrides.""', code: 'unknown-rule' }],
  },
  {
    name: 'an unknown severity',
    policy: { ruleOverrides: { 'recording-announced': 'critical' } },
    kept: { ruleOverrides: {} },
    issues: [{ path: 'ruleOverrides.recording-announced', code: 'bad-override' }],
  },
  {
    name: 'a severity in capitals',
    policy: { ruleOverrides: { 'recording-announced': 'HIGH', 'lobby-admission': 'info' } },
    kept: { ruleOverrides: { 'lobby-admission': 'info' } },
    issues: [{ path: 'ruleOverrides.recording-announced', code: 'bad-override' }],
  },
  {
    name: 'an unknown role',
    policy: { defaultRole: 'admin' },
    kept: {},
    issues: [{ path: 'defaultRole', code: 'bad-role' }],
  },
  {
    name: 'an unknown language',
    policy: { language: 'fr' },
    issues: [{ path: 'language', code: 'bad-language' }],
  },
  {
    name: 'a lock on a setting that does not exist',
    policy: { lockedSettings: ['helpUrl', 'alerts'] },
    kept: { lockedSettings: ['alerts'] },
    issues: [{ path: 'lockedSettings[0]', code: 'unknown-setting' }],
  },
  // bad origins and links
  {
    name: 'a plain-http instance',
    policy: { selfHostedInstances: ['http://meet.example.org', 'https://bbb.example.org'] },
    kept: { selfHostedInstances: ['https://bbb.example.org'] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'not-origin' }],
  },
  {
    name: 'an instance without scheme',
    policy: { selfHostedInstances: ['meet.example.org'] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'not-origin' }],
  },
  {
    name: 'a wildcard instance',
    policy: { selfHostedInstances: ['https://*.example.org'] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'not-origin' }],
  },
  {
    name: 'a single-label host',
    policy: { selfHostedInstances: ['https://intranet'] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'not-origin' }],
  },
  {
    name: 'an ftp instance',
    policy: { selfHostedInstances: ['ftp://files.example.org'] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'not-origin' }],
  },
  {
    name: 'an instance that is not a URL',
    policy: { selfHostedInstances: ['https://exa mple.org'] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'not-origin' }],
  },
  {
    name: 'a match pattern instead of an origin',
    policy: { selfHostedInstances: ['*://meet.example.org/*'] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'not-origin' }],
  },
  {
    name: 'a plain-http help link',
    policy: { helpUrl: 'http://intranet.example.org/help' },
    kept: {},
    issues: [{ path: 'helpUrl', code: 'not-url' }],
  },
  {
    name: 'a javascript: help link',
    policy: { helpUrl: 'javascript:alert(1)' },
    kept: {},
    issues: [{ path: 'helpUrl', code: 'not-url' }],
  },
  {
    name: 'a help link with credentials',
    policy: { helpUrl: 'https://user:pw@intranet.example.org/' },
    kept: {},
    issues: [{ path: 'helpUrl', code: 'not-url' }],
  },
  {
    name: 'a relative help link',
    policy: { helpUrl: '/help' },
    kept: {},
    issues: [{ path: 'helpUrl', code: 'not-url' }],
  },
  // countries
  {
    name: 'a country name instead of a code',
    policy: { allowedCountries: ['Germany', 'DE'] },
    kept: { allowedCountries: ['DE'] },
    issues: [{ path: 'allowedCountries[0]', code: 'unknown-country' }],
  },
  {
    name: 'a lower-case country code',
    policy: { allowedCountries: ['ch'] },
    kept: { allowedCountries: [] },
    issues: [{ path: 'allowedCountries[0]', code: 'unknown-country' }],
  },
  {
    name: 'an unassigned country code',
    policy: { allowedCountries: ['XX', 'eu-eea'] },
    kept: { allowedCountries: ['eu-eea'] },
    issues: [{ path: 'allowedCountries[0]', code: 'unknown-country' }],
  },
  {
    name: 'a region token in another spelling',
    policy: { allowedCountries: ['EU/EEA'] },
    kept: { allowedCountries: [] },
    issues: [{ path: 'allowedCountries[0]', code: 'unknown-country' }],
  },
  {
    name: 'an alpha-3 country code',
    policy: { allowedCountries: ['CHE'] },
    kept: { allowedCountries: [] },
    issues: [{ path: 'allowedCountries[0]', code: 'unknown-country' }],
  },
  // huge strings and lists
  {
    name: 'a huge organisation name',
    policy: { organisationName: HUGE },
    kept: {},
    issues: [{ path: 'organisationName', code: 'too-long' }],
  },
  {
    name: 'an empty organisation name',
    policy: { organisationName: '' },
    kept: {},
    issues: [{ path: 'organisationName', code: 'empty' }],
  },
  {
    name: 'a huge help link',
    policy: { helpUrl: `https://x.example.org/${HUGE}` },
    kept: {},
    issues: [{ path: 'helpUrl', code: 'too-long' }],
  },
  {
    name: 'a huge instance',
    policy: { selfHostedInstances: [`https://${'a'.repeat(3000)}.example.org`] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'too-long' }],
  },
  {
    name: 'a huge rule id',
    policy: { ruleOverrides: { [HUGE]: 'off' } },
    kept: { ruleOverrides: {} },
    issues: [{ path: `ruleOverrides.${HUGE.slice(0, 58)}`, code: 'too-long' }],
  },
  {
    name: 'a huge unknown key',
    policy: { [HUGE]: 1 },
    issues: [{ path: HUGE.slice(0, 58), code: 'unknown-key' }],
  },
  {
    name: 'too many approved clients',
    policy: { approvedClients: Array.from({ length: 150 }, () => 'zoom') },
    kept: { approvedClients: ['zoom'] },
    issues: [{ path: 'approvedClients[100…]', code: 'too-many' }],
  },
  // deep nesting
  {
    name: 'a deeply nested client id',
    policy: { approvedClients: [deep(200)] },
    kept: { approvedClients: [] },
    issues: [{ path: 'approvedClients[0]', code: 'unknown-client' }],
  },
  {
    name: 'deeply nested lists of instances',
    policy: { selfHostedInstances: [deepList(200)] },
    kept: { selfHostedInstances: [] },
    issues: [{ path: 'selfHostedInstances[0]', code: 'type' }],
  },
  {
    name: 'a deeply nested alert switch',
    policy: { alerts: { banner: deep(100) } },
    kept: { alerts: {} },
    issues: [{ path: 'alerts.banner', code: 'type' }],
  },
  {
    name: 'a deeply nested unknown key',
    policy: { extra: deep(500) },
    issues: [{ path: 'extra', code: 'unknown-key' }],
  },
  {
    name: 'a nested object as organisation name',
    policy: { organisationName: { de: 'Uni', en: 'University' } },
    kept: {},
    issues: [{ path: 'organisationName', code: 'type' }],
  },
  // several problems at once: each reported, each valid part kept
  {
    name: 'several bad parts in one policy',
    policy: {
      approvedClients: ['zoom', 'skype'],
      selfHostedInstances: ['https://meet.example.org', 'http://old.example.org'],
      unknown: 1,
    },
    kept: { approvedClients: ['zoom'], selfHostedInstances: ['https://meet.example.org'] },
    issues: [
      { path: 'approvedClients[1]', code: 'unknown-client' },
      { path: 'selfHostedInstances[1]', code: 'not-origin' },
      { path: 'unknown', code: 'unknown-key' },
    ],
  },
];

describe('malformed managed policies', () => {
  it('has at least 50 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: only the bad part is rejected, with its reason',
    (_, c) => {
      const { policy, issues } = parsePolicy({ ...VALID, ...c.policy });
      expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(c.issues);
      const valid = Object.fromEntries(Object.entries(VALID).filter(([key]) => !(key in c.policy)));
      expect(policy).toEqual({ ...valid, ...(c.kept ?? {}) });
      for (const issue of issues) expect(describeIssue('en', issue)).not.toMatch(/policy_error_/);
    },
  );
});

describe('policies that are not objects', () => {
  it.each([[[]], ['x'], [42], [true]])('%j is rejected as a whole', (raw) => {
    expect(parsePolicy(raw)).toEqual({
      policy: {},
      issues: [{ path: '(policy)', code: 'type', value: JSON.stringify(raw) }],
    });
  });

  it('treats no policy as an empty, valid one', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: {}, issues: [] });
    expect(parsePolicy({})).toEqual({ policy: {}, issues: [] });
  });

  it('keeps a rejected value short in the message', () => {
    const [issue] = parsePolicy({ organisationName: HUGE }).issues;
    expect(issue?.value?.length).toBeLessThanOrEqual(60);
    expect(describeIssue('de', issue ?? { path: '', code: '' })).toContain('Text zu lang');
  });
});
