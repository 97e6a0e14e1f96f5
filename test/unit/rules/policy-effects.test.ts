import { describe, expect, it } from 'vitest';
import type { ClientId, TabEvidence } from '../../../src/evidence';
import { emptySignals } from '../../../src/evidence';
import { parsePolicy } from '../../../src/policy/parse';
import { toRulePolicy } from '../../../src/policy/rule-policy';
import { buildReport, type PolicyContext } from '../../../src/rules/evaluate';
import { buildRuleInput } from '../../../src/rules/input';

const NOW = '2026-11-26T12:00:00.000Z';

function tab(url: string, clientId: ClientId, selfHosted = false): TabEvidence {
  const signals = emptySignals(NOW, 'fixture: not visible');
  signals.recording = { value: true, source: 'fixture', observedAt: NOW };
  signals.passcodeInUrl = { value: true, source: 'fixture', observedAt: NOW };
  return {
    tabId: 1,
    frames: {
      '0': {
        url,
        meetingKey: `${clientId}:x`,
        clientId,
        selfHosted,
        phase: 'in-meeting',
        signals,
        resources: { origins: [] },
        pageWorld: null,
        observedAt: NOW,
      },
    },
    network: { hosts: [] },
    updatedAt: NOW,
  };
}

function context(raw: unknown): PolicyContext {
  return { managed: true, ...parsePolicy(raw) };
}

function finding(report: ReturnType<typeof buildReport>, ruleId: string) {
  return report?.findings.find((f) => f.ruleId === ruleId);
}

describe('approved-client', () => {
  it('is not applicable without a list of approved services', () => {
    const report = buildReport(tab('https://zoom.us/wc/1', 'zoom'), 'en', NOW);
    expect(finding(report, 'approved-client')?.status).toBe('not-applicable');
  });

  it('fails for a service the organisation did not approve', () => {
    const report = buildReport(
      tab('https://zoom.us/wc/1', 'zoom'),
      'de',
      NOW,
      undefined,
      context({ approvedClients: ['jitsi-meet'] }),
    );
    const approved = finding(report, 'approved-client');
    expect(approved?.status).toBe('fail');
    expect(approved?.summary).toContain('Zoom');
    expect(approved?.refs).toEqual([
      { source: 'dsk-oh-2020', section: '3.5.2' },
      { source: 'gdpr', article: '28' },
    ]);
  });

  it('passes for an approved service', () => {
    const report = buildReport(
      tab('https://zoom.us/wc/1', 'zoom'),
      'en',
      NOW,
      undefined,
      context({ approvedClients: ['zoom'] }),
    );
    expect(finding(report, 'approved-client')?.status).toBe('pass');
  });

  it("passes on the organisation's own instance even when the product is not listed", () => {
    const policy = context({
      approvedClients: ['zoom'],
      selfHostedInstances: ['https://meet.example-org.de'],
    });
    const report = buildReport(
      tab('https://meet.example-org.de/room', 'jitsi-meet', true),
      'en',
      NOW,
      undefined,
      policy,
    );
    expect(finding(report, 'approved-client')?.summary).toBe(
      "https://meet.example-org.de is one of your organisation's own instances.",
    );
  });

  it("warns on someone else's copy of an approved self-hosted product", () => {
    const policy = context({
      approvedClients: ['jitsi-meet'],
      selfHostedInstances: ['https://meet.example-org.de'],
    });
    const report = buildReport(
      tab('https://jitsi.other.example/room', 'jitsi-meet', true),
      'en',
      NOW,
      undefined,
      policy,
    );
    expect(finding(report, 'approved-client')?.status).toBe('warn');
  });
});

describe('rule overrides', () => {
  it('changes a severity and says what it was, and drops a rule switched off', () => {
    const policy = context({ ruleOverrides: { 'recording-announced': 'low', 'passcode-in-url': 'off' } });
    const report = buildReport(tab('https://zoom.us/wc/1?pwd=x', 'zoom'), 'en', NOW, undefined, policy);
    expect(finding(report, 'recording-announced')).toMatchObject({
      severity: 'low',
      defaultSeverity: 'high',
    });
    expect(finding(report, 'passcode-in-url')).toBeUndefined();
    expect(report?.policy.ruleOverrides).toEqual({ 'recording-announced': 'low', 'passcode-in-url': 'off' });
  });
});

describe('the report’s policy section', () => {
  it('carries organisation, help link and every ignored part in the report language', () => {
    const policy = context({
      organisationName: 'Uni',
      helpUrl: 'https://help.example.org',
      approvedClients: ['skype'],
    });
    const report = buildReport(tab('https://zoom.us/wc/1', 'zoom'), 'de', NOW, undefined, policy);
    expect(report?.policy).toEqual({
      managed: true,
      errors: ['approvedClients[0] ("skype"): kein Meeting-Dienst, den diese Erweiterung kennt'],
      organisationName: 'Uni',
      helpUrl: 'https://help.example.org',
    });
  });

  it('gives rules the allowed countries split into groups and codes', () => {
    const input = buildRuleInput(
      tab('https://zoom.us/wc/1', 'zoom'),
      NOW,
      toRulePolicy(parsePolicy({ allowedCountries: ['eu-eea', 'adequacy', 'CH'] }).policy),
    );
    expect(input?.policy.allowedCountries).toEqual({ groups: ['eu-eea', 'adequacy'], countries: ['CH'] });
    expect(buildRuleInput(tab('https://zoom.us/wc/1', 'zoom'), NOW)?.policy.allowedCountries).toBeNull();
  });
});
