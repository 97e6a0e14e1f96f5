import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientId, Phase, SignalName, SignalValue, TabEvidence } from '../../../src/evidence';
import { emptySignals } from '../../../src/evidence';

/** One row of test/fixtures/evidence/rule-cases.json: shorthand tab evidence and the expected statuses. */
export interface RuleCase {
  name: string;
  url: string;
  clientId: ClientId;
  selfHosted?: boolean;
  phase: Phase;
  signals: Partial<Record<SignalName, SignalValue>>;
  origins: string[];
  expect: Record<string, string>;
}

export const NOW = '2026-11-26T12:00:00.000Z';

export const RULE_CASES: RuleCase[] = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/evidence/rule-cases.json'),
    'utf8',
  ),
).cases;

export function tabFrom(c: RuleCase): TabEvidence {
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
