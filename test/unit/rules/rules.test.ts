import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/rules/evaluate';
import { RULES } from '../../../src/rules/index';
import { NOW, RULE_CASES, tabFrom } from './rule-case';

const table = { cases: RULE_CASES };

const firstCase = table.cases[0];
if (!firstCase) throw new Error('rule-cases.json has no cases');

describe('rules, table-driven from evidence', () => {
  for (const c of table.cases) {
    describe(c.name, () => {
      const report = buildReport(tabFrom(c), 'en', NOW);
      for (const [ruleId, status] of Object.entries(c.expect)) {
        it(`${ruleId} → ${status}`, () => {
          expect(report?.findings.find((f) => f.ruleId === ruleId)?.status).toBe(status);
        });
      }
      it('gives a finding for every rule, with texts and references', () => {
        expect(report?.findings.map((f) => f.ruleId).sort()).toEqual(RULES.map((r) => r.id).sort());
        for (const finding of report?.findings ?? []) {
          expect(finding.title).not.toMatch(/^rule_/);
          expect(finding.summary).not.toMatch(/^rule_/);
          expect(finding.advice).not.toBe('');
          expect(finding.refs.some((r) => r.source === 'dsk-oh-2020')).toBe(true);
          expect(finding.refs.some((r) => r.source === 'gdpr')).toBe(true);
        }
      });
    });
  }

  it('never passes a rule whose signals are all not visible', () => {
    const blank = tabFrom({ ...firstCase, signals: {}, origins: [] });
    const report = buildReport(blank, 'en', NOW);
    const passing = report?.findings.filter((f) => f.status === 'pass').map((f) => f.ruleId);
    // Only the page's own scheme is always visible.
    expect(passing).toEqual(['transport-encryption']);
  });

  it('writes German texts when asked', () => {
    const report = buildReport(tabFrom(firstCase), 'de', NOW);
    expect(report?.findings.find((f) => f.ruleId === 'recording-announced')?.summary).toBe(
      'Diese Konferenz wird aufgezeichnet.',
    );
  });

  it('gives advice for the requested role', () => {
    const report = buildReport(tabFrom(firstCase), 'en', NOW, 'organisation');
    const finding = report?.findings.find((f) => f.ruleId === 'recording-announced');
    expect(finding?.advice).toBe(finding?.adviceByAudience.organisation);
  });

  it('reports no client and no findings for a page without a meeting client', () => {
    const tab = tabFrom(firstCase);
    const frame = tab.frames['0'];
    if (frame) tab.frames['0'] = { ...frame, clientId: null, phase: 'unknown' };
    const report = buildReport(tab, 'en', NOW);
    expect(report?.client).toBeNull();
    expect(report?.findings).toEqual([]);
  });
});
