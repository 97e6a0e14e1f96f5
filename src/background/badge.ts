import browser from 'webextension-polyfill';
import type { Report, Severity } from '../report';
import { isProblem, worstSeverity } from '../report';

const COLOURS: Record<Severity, string> = {
  high: '#b3261e',
  medium: '#b45309',
  low: '#6b5b00',
  info: '#52525b',
};

/** Number of warn/fail findings on the badge, coloured by the worst severity among them. */
export async function showBadge(tabId: number, report: Report | null): Promise<void> {
  const problems = report?.findings.filter(isProblem) ?? [];
  const worst = worstSeverity(problems);
  await browser.action.setBadgeText({ tabId, text: problems.length > 0 ? String(problems.length) : '' });
  if (worst) await browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[worst] });
}
