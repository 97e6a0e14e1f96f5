import {
  type Audience,
  compareFindings,
  DSK_AREAS,
  type Finding,
  type FindingStatus,
  isProblem,
} from '../../report';

/** Display order of the finding groups; not-applicable ones sit behind a toggle in the popup. */
export const GROUPS: { status: FindingStatus; headingKey: string }[] = [
  { status: 'fail', headingKey: 'ui_group_fail' },
  { status: 'warn', headingKey: 'ui_group_warn' },
  { status: 'unknown', headingKey: 'ui_group_unknown' },
  { status: 'pass', headingKey: 'ui_group_pass' },
  { status: 'not-applicable', headingKey: 'ui_group_notApplicable' },
];

export type Verdict = 'red' | 'amber' | 'grey' | 'green';

export const VERDICT_KEYS: Record<Verdict, string> = {
  red: 'ui_verdict_red',
  amber: 'ui_verdict_amber',
  grey: 'ui_verdict_grey',
  green: 'ui_verdict_green',
};

export const VERDICT_ICONS: Record<Verdict, string> = { red: '✖', amber: '⚠', grey: '?', green: '✔' };

/**
 * One light for the whole page. Green needs at least one pass: with nothing judged, nothing has been
 * shown to be fine (design principle "unknown is never pass").
 */
export function overallVerdict(findings: Finding[]): Verdict {
  const problems = findings.filter(isProblem);
  if (problems.some((finding) => finding.severity === 'high')) return 'red';
  if (problems.length > 0) return 'amber';
  if (findings.some((finding) => finding.status === 'unknown')) return 'grey';
  return findings.some((finding) => finding.status === 'pass') ? 'green' : 'grey';
}

export function findingsWithStatus(findings: Finding[], status: FindingStatus): Finding[] {
  return findings.filter((finding) => finding.status === status).sort(compareFindings);
}

export function countByStatus(findings: Finding[], status: FindingStatus): number {
  return findings.filter((finding) => finding.status === status).length;
}

/** Whose advice `adviceFor` gives: the chosen role's, else the finding's first audience (its default). */
export function adviceAudience(finding: Finding, role: Audience): Audience {
  return finding.adviceByAudience[role] !== undefined ? role : (finding.audience[0] ?? role);
}

/** The advice written for the chosen role, else the report's default advice. */
export function adviceFor(finding: Finding, role: Audience): string {
  return finding.adviceByAudience[role] ?? finding.advice;
}

/** One light per area of the guidance, in the order of the guidance; areas without findings are left out. */
export function areaVerdicts(findings: Finding[]) {
  return DSK_AREAS.map((area) => {
    const inArea = findings.filter((finding) => finding.area === area);
    return {
      area,
      verdict: overallVerdict(inArea),
      problems: inArea.filter(isProblem).length,
      unknown: countByStatus(inArea, 'unknown'),
      pass: countByStatus(inArea, 'pass'),
      total: inArea.length,
    };
  }).filter((row) => row.total > 0);
}
