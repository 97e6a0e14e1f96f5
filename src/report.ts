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

/**
 * How sure the catalogue is of a requirement (docs/dsk-requirements.md): V verified in the guidance,
 * S secondary source, M reconstructed from other authorities' advice, D derived for newer features.
 */
export const CERTAINTIES = ['V', 'S', 'M', 'D'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What the reader is told: V and S rest on the guidance itself; M and D are derived from its principles. */
export function certaintyGrade(certainty: Certainty): 'established' | 'derived' {
  return certainty === 'V' || certainty === 'S' ? 'established' : 'derived';
}

/**
 * The areas of the DSK guidance a finding belongs to, for one traffic light each (like the columns of
 * the Berlin commissioner's ratings): operating model and provider (§2, §3.4.6, §3.5.6), transparency
 * and recording (§3.4.8, §3.5.1), secure transmission (§4.1), access (§4.2), data minimisation (§4.5).
 */
export const DSK_AREAS = ['provider', 'transparency', 'transmission', 'access', 'minimisation'] as const;
export type DskArea = (typeof DSK_AREAS)[number];

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
  certainty: Certainty;
  area: DskArea;
  audience: Audience[];
  title: string;
  /** What the requirement is and why it matters, independent of what was observed. */
  explanation: string;
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
  /** The browser had not delivered the organisation's policy yet: whether one applies is unknown. */
  pending?: boolean;
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
  /** The owner's headquarters (ISO 3166-1 alpha-2), from the third-party list. */
  country: string | null;
  category: string | null;
  ips: string[];
  /** Where the host's servers are, by IP (empty when unknown or a proxy hides them). */
  serverCountries: string[];
  /** Provider telemetry or analytics endpoint named in the client definition. */
  telemetry: boolean;
}

/** Why a media route counts as peer-to-peer or not. */
export type MediaBasis = 'relay' | 'ice-lite-server' | 'peer-candidate' | 'unclear';

export interface ReportMedia {
  /** The server's address; for a participant's device only its /24 or /48 network. */
  ip: string;
  country: string | null;
  relay: boolean;
  /** Media flows directly between participants' devices; null when the candidates do not tell. */
  p2p: boolean | null;
  basis: MediaBasis;
}

/** Why no country is claimed for page traffic. */
export type ProxyReason = 'single-address' | 'non-public-addresses';

export interface DataSource {
  id: 'third-parties' | 'countries' | 'ip-country';
  /** File or package the data comes from. */
  name: string;
  dataDate: string;
  licence: string;
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
    media: ReportMedia[];
    proxySuspected: boolean;
    proxyReason: ProxyReason | null;
  };
  /** The shipped data the findings rest on, with their dates and licences. */
  dataSources: DataSource[];
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
