import type { Signal, SignalName, Signals } from '../evidence';
import type { FindingEvidence, FindingStatus } from '../report';
import type { RuleOutcome } from './types';

export function describeValue(value: Signal['value']): string {
  return value === null ? 'not visible' : String(value);
}

/** The named signals as finding evidence, with where each came from. */
export function signalEvidence(signals: Signals, ...names: SignalName[]): FindingEvidence[] {
  return names.map((name) => {
    const signal = signals[name];
    const value = signal.detail?.length
      ? `${describeValue(signal.value)} (${signal.detail.join(', ')})`
      : describeValue(signal.value);
    return { name, value, source: signal.source, observedAt: signal.observedAt };
  });
}

/**
 * The common shape of a one-signal rule: `true` gives `whenTrue`, `false` gives `whenFalse`, not visible
 * is unknown. Evidence is the signal itself.
 */
export function judgeFlag(
  signals: Signals,
  name: SignalName,
  whenTrue: FindingStatus,
  whenFalse: FindingStatus,
): RuleOutcome {
  const evidence = signalEvidence(signals, name);
  const value = signals[name].value;
  if (value === true) return { status: whenTrue, evidence };
  if (value === false) return { status: whenFalse, evidence };
  return { status: 'unknown', evidence };
}
