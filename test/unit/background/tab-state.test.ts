import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageEvidence } from '../../../src/evidence';
import { emptySignals } from '../../../src/evidence';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { readTab, updateTab, withNetworkHit, withPageEvidence } = await import(
  '../../../src/background/tab-state'
);

function page(meetingKey: string, observedAt: string, recording: boolean | null = null): PageEvidence {
  const signals = emptySignals(observedAt);
  signals.recording = { value: recording, source: 'test', observedAt };
  return {
    url: 'https://meet.jit.si/Room',
    meetingKey,
    clientId: 'jitsi-meet',
    selfHosted: false,
    phase: 'in-meeting',
    signals,
    resources: { origins: ['https://meet.jit.si'] },
    pageWorld: null,
    observedAt,
  };
}

describe('tab state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps frames of the same meeting and replaces a frame on update', () => {
    let tab = withPageEvidence(null, 7, 0, page('jitsi-meet:room@meet.jit.si', 't1'));
    tab = withPageEvidence(tab, 7, 3, page('jitsi-meet:room@meet.jit.si', 't2'));
    tab = withPageEvidence(tab, 7, 0, page('jitsi-meet:room@meet.jit.si', 't3', true));
    expect(Object.keys(tab.frames).sort()).toEqual(['0', '3']);
    expect(tab.frames['0']?.signals.recording.value).toBe(true);
  });

  it('starts afresh when the top frame shows another meeting', () => {
    let tab = withPageEvidence(null, 7, 0, page('jitsi-meet:room@meet.jit.si', 't1', true));
    tab = withNetworkHit(tab, 7, 'meet.jit.si', '203.0.113.5', 'xmlhttprequest', 't1');
    tab = withPageEvidence(tab, 7, 3, page('jitsi-meet:room@meet.jit.si', 't2'));
    tab = withPageEvidence(tab, 7, 0, page('jitsi-meet:other@meet.jit.si', 't3'));
    expect(Object.keys(tab.frames)).toEqual(['0']);
    expect(tab.frames['0']?.signals.recording.value).toBeNull();
    expect(tab.network.hosts).toEqual([]);
  });

  it('collects each host once with its ips and request types', () => {
    let tab = withNetworkHit(null, 7, 'meet.jit.si', '203.0.113.5', 'script', 't1');
    tab = withNetworkHit(tab, 7, 'meet.jit.si', '203.0.113.5', 'xmlhttprequest', 't2');
    tab = withNetworkHit(tab, 7, 'meet.jit.si', undefined, 'image', 't3');
    expect(tab.network.hosts).toEqual([
      { host: 'meet.jit.si', ips: ['203.0.113.5'], types: ['script', 'xmlhttprequest', 'image'] },
    ]);
  });

  it('persists in storage.session and applies concurrent updates in order', async () => {
    const updates = ['t1', 't2', 't3'].map((time, index) =>
      updateTab(9, (tab) => withPageEvidence(tab, 9, index, page('jitsi-meet:room@meet.jit.si', time))),
    );
    await Promise.all(updates);
    const stored = await fakeBrowser.storage.session.get('tab:9');
    expect(Object.keys((stored['tab:9'] as { frames: object }).frames).sort()).toEqual(['0', '1', '2']);
    expect((await readTab(9))?.updatedAt).toBe('t3');
  });

  it('forgets a tab when told to', async () => {
    await updateTab(9, (tab) => withPageEvidence(tab, 9, 0, page('k', 't1')));
    await updateTab(9, () => null);
    expect(await readTab(9)).toBeNull();
  });
});
