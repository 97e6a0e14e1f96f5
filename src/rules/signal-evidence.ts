import type { Signal, SignalName, Signals } from '../evidence';
import type { FindingEvidence } from '../report';

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
