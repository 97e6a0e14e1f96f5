/**
 * The report: the one object the popup, the export and the audit CLI show (design.md, "report (JSON)").
 * Extend it; never rename its fields.
 */
import type { ClientId, Phase, SignalName, Signals } from './evidence';

export const SCHEMA_VERSION = 1;

export const FINDING_STATUSES = ['fail', 'warn', 'unknown', 'pass', 'not-applicable'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AUDIENCES = ['participant', 'host', 'organisation'] as const;
export type Audience = (typeof AUDIENCES)[number];

export type Ref = { source: 'dsk-oh-2020'; section: string } | { source: 'gdpr'; article: string };

/** One fact a finding rests on, already worded for display. */
export interface FindingEvidence {
  /** Signal or fact name, e.g. `recording` or `host`. */
  name: SignalName | string;
  value: string;
  source: string;
  observedAt?: string;
}

export interface Finding {
  ruleId: string;
  status: FindingStatus;
  severity: Severity;
  audience: Audience[];
  title: string;
  /** What we observed, in one sentence. */
  summary: string;
  evidence: FindingEvidence[];
  /** Advice for the reader's role (the first audience unless a role was asked for). */
  advice: string;
  adviceByAudience: Partial<Record<Audience, string>>;
  refs: Ref[];
  /** The rule's own severity, present only when the organisation's policy set another (`ruleOverrides`). */
  defaultSeverity?: Severity;
}

/** What the organisation's managed policy contributed to a report. */
export interface ReportPolicy {
  /** Whether a managed policy is installed at all. */
  managed: boolean;
  /** Every ignored part of the policy with its reason, in the report's language. */
  errors: string[];
  organisationName?: string;
  /** The organisation's own guidance, shown with every finding. */
  helpUrl?: string;
  /** Rule id → severity or `off`, as applied to this report's findings. */
  ruleOverrides?: Record<string, Severity | 'off'>;
}

export type Party = 'first' | 'third' | 'unknown';

export interface ReportHost {
  host: string;
  party: Party;
  owner: string | null;
  country: string | null;
  category: string | null;
  ips: string[];
}

export interface Report {
  schemaVersion: number;
  tool: { name: string; version: string };
  url: string;
  observedAt: string;
  lang: 'en' | 'de';
  client: { id: ClientId; name: string; operator: string; selfHosted: boolean } | null;
  phase: Phase;
  signals: Signals;
  network: {
    hosts: ReportHost[];
    media: { ip: string; country: string | null; relay: boolean; p2p: boolean }[];
    proxySuspected: boolean;
  };
  findings: Finding[];
  policy: ReportPolicy;
}

const STATUS_ORDER: Record<FindingStatus, number> = {
  fail: 0,
  warn: 1,
  unknown: 2,
  pass: 3,
  'not-applicable': 4,
};
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function isProblem(finding: Finding): boolean {
  return finding.status === 'warn' || finding.status === 'fail';
}

/** The worst severity among warn/fail findings, or null when there is none. */
export function worstSeverity(findings: Finding[]): Severity | null {
  const severities = findings.filter(isProblem).map((f) => f.severity);
  if (severities.length === 0) return null;
  return severities.sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0] ?? null;
}
