import type { ClientId, PageWorldEvidence, Phase, Signals } from '../evidence';
import type {
  Audience,
  Certainty,
  DskArea,
  FindingEvidence,
  FindingStatus,
  Ref,
  ReportHost,
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
  /** Certainty of the catalogue row the rule rests on (docs/dsk-requirements.md): V, S, M or D. */
  certainty: Certainty;
  /** Which area of the guidance the summary counts it under. */
  area: DskArea;
  audience: Audience[];
  refs: Ref[];
  evaluate(input: RuleInput): RuleOutcome;
}
