import { clientById } from '../clients/index';
import type { Phase, TabEvidence } from '../evidence';
import { emptySignals } from '../evidence';
import type { Lang } from '../i18n';
import { hasMessage, t } from '../i18n';
import { dataSources } from '../network/data-sources';
import { describeIssue, type PolicyIssue } from '../policy/parse';
import { toRulePolicy } from '../policy/rule-policy';
import type { ManagedPolicy } from '../policy/schema';
import type { Audience, Finding, Report, ReportPolicy } from '../report';
import { compareFindings, SCHEMA_VERSION } from '../report';
import { RULES } from './index';
import { buildRuleInput } from './input';
import type { Rule, RuleInput, RuleOutcome } from './types';

export const TOOL = { name: 'Meeting Privacy Lens', version: '0.1.0' };

/** `rule-id`, `not-applicable` → `rule_rule_id_not_applicable`: keys allow only letters, digits, underscores. */
export function ruleKey(ruleId: string, part: string): string {
  return `rule_${ruleId}_${part}`.replace(/-/g, '_');
}

/**
 * The rule's text for the variant, else for the status, else a text all rules share (`finding_<variant>`).
 * On a settings page a rule's `settings_<variant>` text comes first: there the page shows the defaults for
 * new meetings, not this meeting.
 */
function summaryKey(rule: Rule, outcome: RuleOutcome, phase: Phase): string {
  const variant = outcome.variant ?? outcome.status;
  const candidates = [ruleKey(rule.id, variant), ruleKey(rule.id, outcome.status), `finding_${variant}`];
  if (phase === 'settings') candidates.unshift(ruleKey(rule.id, `settings_${variant}`));
  return candidates.find(hasMessage) ?? ruleKey(rule.id, outcome.status);
}

const ON_SETTINGS_PAGE: RuleOutcome = { status: 'not-applicable', variant: 'settings_page', evidence: [] };
const NOT_SETTINGS_PAGE: RuleOutcome = { status: 'not-applicable', variant: 'not_settings', evidence: [] };

function outcomeOf(rule: Rule, input: RuleInput): RuleOutcome {
  const onSettingsPage = input.phase === 'settings';
  if (rule.meetingOnly && onSettingsPage) return ON_SETTINGS_PAGE;
  if (rule.settingsOnly && !onSettingsPage) return NOT_SETTINGS_PAGE;
  return rule.evaluate(input);
}

const VALUE_KEYS: Record<string, string> = {
  true: 'value_yes',
  false: 'value_no',
  'not visible': 'value_not_visible',
};

/** Signal values in the reader's language; "true (names…)" keeps its detail. */
function localiseValue(lang: Lang, value: string): string {
  const [head, ...rest] = value.split(' (');
  const key = VALUE_KEYS[head ?? ''];
  return key ? [t(lang, key), ...rest].join(' (') : value;
}

function toFinding(rule: Rule, input: RuleInput, lang: Lang, role: Audience | undefined): Finding {
  const outcome = outcomeOf(rule, input);
  const adviceByAudience: Partial<Record<Audience, string>> = {};
  for (const audience of rule.audience)
    adviceByAudience[audience] = t(lang, ruleKey(rule.id, `advice_${audience}`));
  const reader = role && rule.audience.includes(role) ? role : rule.audience[0];
  return {
    ruleId: rule.id,
    status: outcome.status,
    severity: rule.severity,
    certainty: rule.certainty,
    area: rule.area,
    audience: [...rule.audience],
    title: t(lang, ruleKey(rule.id, 'title')),
    explanation: t(lang, ruleKey(rule.id, 'explain')),
    summary: t(lang, summaryKey(rule, outcome, input.phase), ...(outcome.subs ?? [])),
    evidence: outcome.evidence.map((item) => ({ ...item, value: localiseValue(lang, item.value) })),
    advice: reader ? (adviceByAudience[reader] ?? '') : '',
    adviceByAudience,
    refs: rule.refs,
  };
}

/** The organisation's policy as validated (src/policy): what applies and what was ignored. */
export interface PolicyContext {
  managed: boolean;
  /** The browser has not delivered the managed storage yet. */
  pending?: boolean;
  policy: ManagedPolicy;
  issues: PolicyIssue[];
}

export const NO_POLICY_CONTEXT: PolicyContext = { managed: false, policy: {}, issues: [] };

/** `ruleOverrides`: a rule switched off yields no finding; another severity replaces the rule's own. */
function withOverride(finding: Finding, overrides: ManagedPolicy['ruleOverrides']): Finding | null {
  const override = overrides?.[finding.ruleId];
  if (override === undefined) return finding;
  if (override === 'off') return null;
  if (override === finding.severity) return finding;
  return { ...finding, severity: override, defaultSeverity: finding.severity };
}

export function evaluateRules(
  input: RuleInput,
  lang: Lang,
  role?: Audience,
  overrides?: ManagedPolicy['ruleOverrides'],
): Finding[] {
  return RULES.map((rule) => withOverride(toFinding(rule, input, lang, role), overrides))
    .filter((finding): finding is Finding => finding !== null)
    .sort(compareFindings);
}

function reportPolicy(context: PolicyContext, lang: Lang): ReportPolicy {
  const { policy } = context;
  return {
    managed: context.managed,
    ...(context.pending && { pending: true }),
    errors: context.issues.map((issue) => describeIssue(lang, issue)),
    ...(policy.organisationName && { organisationName: policy.organisationName }),
    ...(policy.helpUrl && { helpUrl: policy.helpUrl }),
    ...(policy.ruleOverrides && { ruleOverrides: policy.ruleOverrides }),
  };
}

/** The report for a tab, or null when no frame has reported yet. */
export function buildReport(
  tab: TabEvidence,
  lang: Lang,
  now: string,
  role?: Audience,
  policy: PolicyContext = NO_POLICY_CONTEXT,
): Report | null {
  const input = buildRuleInput(tab, now, toRulePolicy(policy.policy));
  if (!input) return null;
  const definition = input.client ? clientById(input.client.id) : undefined;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL,
    url: input.url,
    observedAt: tab.updatedAt,
    lang,
    client: definition
      ? {
          id: definition.id,
          name: definition.name,
          operator: definition.operator.name,
          selfHosted: !!input.client?.selfHosted,
        }
      : null,
    phase: input.phase,
    signals: input.client ? input.signals : emptySignals(now, 'no known meeting client on this page'),
    network: {
      hosts: input.hosts,
      media: input.media,
      proxySuspected: input.proxyReason !== null,
      proxyReason: input.proxyReason,
    },
    dataSources: dataSources(),
    findings: input.client ? evaluateRules(input, lang, role, policy.policy.ruleOverrides) : [],
    policy: reportPolicy(policy, lang),
  };
}
