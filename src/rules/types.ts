import type { ClientId, PageWorldEvidence, Phase, Signals } from '../evidence';
import type {
  Audience,
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
}

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
  audience: Audience[];
  refs: Ref[];
  evaluate(input: RuleInput): RuleOutcome;
}
