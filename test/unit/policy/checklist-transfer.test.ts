import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { CHECKLIST_KEY, parseChecklist, readChecklist, resetChecklist, setChecklistAnswer } = await import(
  '../../../src/policy/checklist'
);
const { applyImport, exportSettings, planImport } = await import('../../../src/policy/transfer');

const NOW = '2026-11-26T12:00:00.000Z';

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.storage, { managed: { get: vi.fn(async () => ({})) } });
});

describe('checklist answers (storage.local "checklist.answers")', () => {
  it('keeps valid entries and counts the rest', () => {
    expect(
      parseChecklist({
        zoom: {
          dpia: { answer: 'yes', answeredAt: NOW },
          contract: { answer: 'maybe', answeredAt: NOW },
          'legal-basis': { answer: 'no', note: 'x'.repeat(3000), answeredAt: NOW },
        },
        '': { dpia: { answer: 'yes', answeredAt: NOW } },
        jitsi: [],
      }),
    ).toEqual({ answers: { zoom: { dpia: { answer: 'yes', answeredAt: NOW } } }, dropped: 4 });
    expect(parseChecklist('nonsense')).toEqual({ answers: {}, dropped: 1 });
    expect(parseChecklist(undefined)).toEqual({ answers: {}, dropped: 0 });
  });

  it('sets, removes and resets answers per scope', async () => {
    await setChecklistAnswer('zoom', 'dpia', { answer: 'unsure', note: 'ask' }, NOW);
    await setChecklistAnswer('https://meet.example.org', 'dpia', { answer: 'yes' }, NOW);
    expect(await readChecklist()).toEqual({
      zoom: { dpia: { answer: 'unsure', note: 'ask', answeredAt: NOW } },
      'https://meet.example.org': { dpia: { answer: 'yes', answeredAt: NOW } },
    });
    await setChecklistAnswer('zoom', 'dpia', null);
    expect(Object.keys(await readChecklist())).toEqual(['https://meet.example.org']);
    await resetChecklist('https://meet.example.org');
    expect(await readChecklist()).toEqual({});
    await setChecklistAnswer('zoom', 'dpia', { answer: 'no' }, NOW);
    await resetChecklist();
    expect(await fakeBrowser.storage.local.get(CHECKLIST_KEY)).toEqual({});
  });
});

describe('settings export and import', () => {
  it('round-trips settings and answers', async () => {
    await fakeBrowser.storage.local.set({
      'settings.role': 'host',
      'settings.language': 'de',
      'settings.instances': ['https://bbb.example.org'],
    });
    await setChecklistAnswer('zoom', 'dpia', { answer: 'yes' }, NOW);
    const file = await exportSettings(NOW);
    expect(file).toEqual({
      format: 'meeting-privacy-lens/settings',
      version: 1,
      exportedAt: NOW,
      settings: { defaultRole: 'host', language: 'de', selfHostedInstances: ['https://bbb.example.org'] },
      checklist: { zoom: { dpia: { answer: 'yes', answeredAt: NOW } } },
    });
    fakeBrowser.reset();
    const plan = planImport(JSON.parse(JSON.stringify(file)), {});
    expect(plan?.applied).toEqual(['defaultRole', 'language', 'selfHostedInstances']);
    if (plan) await applyImport(plan);
    expect(await exportSettings(NOW)).toEqual(file);
  });

  it('refuses files of another kind or version', () => {
    expect(planImport({ format: 'meeting-privacy-lens/settings', version: 2, settings: {} }, {})).toBeNull();
    expect(planImport([], {})).toBeNull();
    expect(planImport(null, {})).toBeNull();
  });
});
