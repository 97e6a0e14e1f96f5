import type { ClientId, PageWorldEvidence, Phase, Signals } from '../evidence';
import type {
  Audience,
  Certainty,
  DskArea,
  FindingEvidence,
  FindingStatus,
  ProxyReason,
  Ref,
  ReportHost,
  ReportMedia,
  Severity,
} from '../report';

/** The merged view of one tab that rules judge. Plain data, built by `src/rules/input.ts`. */
export interface RuleInput {
  /** Top page URL with secrets removed. */
  url: string;
  /** The page's own scheme as loaded (`https:` or `http:`). */
  protocol: string;
  client: { id: ClientId; name: string; selfHosted: boolean } | null;
  phase: Phase;
  signals: Signals;
  hosts: ReportHost[];
  /** Where the page's peer connections send media. */
  media: ReportMedia[];
  /** Set when page traffic went through a proxy, so server countries are not claimed. */
  proxyReason: ProxyReason | null;
  /** `scheme://host` of everything the page loaded or connected to. */
  origins: string[];
  pageWorld: PageWorldEvidence | null;
  /** What the organisation's managed policy says that rules judge by (src/policy). */
  policy: RulePolicy;
}

/**
 * The policy as rules see it. `null` = the organisation says nothing about it (no policy, or the key
 * was absent or invalid), so a rule falls back to its own default.
 */
export interface RulePolicy {
  approvedClients: ClientId[] | null;
  /** Origins (`https://host[:port]`) of the organisation's own instances; they count as approved. */
  selfHostedInstances: string[];
  /**
   * Where meeting data may go: ISO 3166-1 alpha-2 codes plus the groups `eu-eea` and `adequacy`
   * (resolve the groups with the rules' own country data). For the network and third-country rules.
   */
  allowedCountries: { groups: ('eu-eea' | 'adequacy')[]; countries: string[] } | null;
}

export const NO_POLICY: RulePolicy = {
  approvedClients: null,
  selfHostedInstances: [],
  allowedCountries: null,
};

export interface RuleOutcome {
  status: FindingStatus;
  /** Which summary text to show: `rule_<id>_<variant>`; defaults to the status. */
  variant?: string;
  /** Substitutions for the summary text. */
  subs?: string[];
  evidence: FindingEvidence[];
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Certainty of the catalogue row the rule rests on (docs/dsk-requirements.md): V, S, M or D. */
  certainty: Certainty;
  /** Which area of the guidance the summary counts it under. */
  area: DskArea;
  audience: Audience[];
  refs: Ref[];
  /** Judges a meeting as it runs. A settings page holds none, so there the rule does not apply. */
  meetingOnly?: true;
  /** Judges the defaults a provider's settings page shows; on any other page the rule does not apply. */
  settingsOnly?: true;
  evaluate(input: RuleInput): RuleOutcome;
}
