import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClientId, Phase, SignalName, SignalValue, TabEvidence } from '../../../src/evidence';
import { emptySignals } from '../../../src/evidence';
import { buildReport } from '../../../src/rules/evaluate';
import { RULES } from '../../../src/rules/index';

interface RuleCase {
  name: string;
  url: string;
  clientId: ClientId;
  selfHosted?: boolean;
  phase: Phase;
  signals: Partial<Record<SignalName, SignalValue>>;
  origins: string[];
  expect: Record<string, string>;
}

const NOW = '2026-11-26T12:00:00.000Z';
const table: { cases: RuleCase[] } = JSON.parse(
  readFileSync(new URL('../../fixtures/evidence/rule-cases.json', import.meta.url), 'utf8'),
);

function tabFrom(c: RuleCase): TabEvidence {
  const signals = emptySignals(NOW, 'fixture: not visible');
  for (const [name, value] of Object.entries(c.signals)) {
    signals[name as SignalName] = { value: value ?? null, source: 'fixture', observedAt: NOW };
  }
  const url = new URL(c.url);
  return {
    tabId: 1,
    frames: {
      '0': {
        url: c.url,
        meetingKey: `${c.clientId}:x@${url.host}`,
        clientId: c.clientId,
        selfHosted: c.selfHosted ?? false,
        phase: c.phase,
        signals,
        resources: { origins: c.origins },
        pageWorld: null,
        observedAt: NOW,
      },
    },
    network: { hosts: [] },
    updatedAt: NOW,
  };
}

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
