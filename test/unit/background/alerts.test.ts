import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { emptySignals } from '../../../src/evidence';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { activeFeatures, alertText, nextAlerts, notificationId, tabOfNotification } = await import(
  '../../../src/background/alerts'
);

const NOW = '2026-11-26T12:00:00.000Z';

function signalsWith(on: string[]) {
  const signals = emptySignals(NOW);
  for (const name of on)
    signals[name as keyof typeof signals] = { value: true, source: 'test', observedAt: NOW };
  return signals;
}

describe('live alerts', () => {
  it('watches recording, transcription, AI notes, live streams and notetaker bots', () => {
    const all = signalsWith([
      'recording',
      'transcription',
      'aiAssistant',
      'liveStream',
      'botsPresent',
      'captions',
    ]);
    expect(activeFeatures(all)).toEqual([
      'recording',
      'transcription',
      'aiAssistant',
      'liveStream',
      'botsPresent',
    ]);
    expect(activeFeatures(emptySignals(NOW))).toEqual([]);
  });

  it('alerts a feature once when it comes on, not again while it stays on', () => {
    const first = nextAlerts(null, 'zoom:1@app.zoom.us', ['recording']);
    expect(first.alert).toEqual(['recording']);
    const again = nextAlerts(first.state, 'zoom:1@app.zoom.us', ['recording']);
    expect(again.alert).toEqual([]);
    const more = nextAlerts(again.state, 'zoom:1@app.zoom.us', ['recording', 'botsPresent']);
    expect(more.alert).toEqual(['botsPresent']);
  });

  it('alerts again when a feature stops and starts again, or in another meeting', () => {
    const on = nextAlerts(null, 'm1', ['recording']).state;
    const off = nextAlerts(on, 'm1', []).state;
    expect(nextAlerts(off, 'm1', ['recording']).alert).toEqual(['recording']);
    expect(nextAlerts(on, 'm2', ['recording']).alert).toEqual(['recording']);
  });

  it('names notifications by tab and feature, and finds the tab again', () => {
    expect(tabOfNotification(notificationId(42, 'liveStream'))).toBe(42);
    expect(tabOfNotification('someone-else')).toBeNull();
  });

  it('words the alert in the UI language with the client name', () => {
    expect(alertText('en', 'recording', 'Zoom')).toBe('Zoom: this meeting is now being recorded.');
    expect(alertText('de', 'botsPresent', 'Teams')).toBe(
      'Teams: Eine teilnehmende Person sieht nach einem Protokoll-Bot aus.',
    );
  });
});
