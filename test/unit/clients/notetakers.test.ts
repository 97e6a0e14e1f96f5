import { describe, expect, it } from 'vitest';
import { likelyBots, NOTETAKER_PATTERNS } from '../../../src/clients/notetakers';

describe('notetaker bot names', () => {
  it.each([
    ['Otter.ai', 'Otter.ai'],
    ["Dana's OtterPilot", 'Otter.ai'],
    ['Fireflies.ai Notetaker', 'Fireflies.ai'],
    ['Read.ai meeting notes', 'Read AI'],
    ['tl;dv Recorder', 'tl;dv'],
    ['Fathom Notetaker', 'Fathom'],
    ['Gong Recorder', 'Gong'],
    ['Avoma Assistant', 'Avoma'],
    ['MeetGeek', 'MeetGeek'],
    ['Notta Bot', 'Notta'],
    ['tactiq', 'tactiq'],
    ['Krisp AI Notes', 'Krisp'],
    ['VexaSlim', 'Vexa'],
    ["Jonas Keller's Notetaker", 'Zoom / Teams notetaker'],
    ['Meeting Recorder', 'meeting recorder'],
    ['Aufzeichnungs-Bot', 'meeting recorder'],
    ['Recall.ai Bot', 'Recall.ai'],
    ['Sales bot', 'bot'],
  ])('%s → %s', (name, vendor) => {
    const found = likelyBots([name]);
    if (vendor === null) expect(found).toEqual([]);
    else expect(found).toEqual([`${name} (${vendor})`]);
  });

  it.each([
    'Jonas Keller',
    'Priya Nair',
    'Robert Botham',
    'Abbott Lab',
    'Dana Weber (You)',
    'Greta Grainger',
    'Otto Meyer',
  ])('does not flag %s', (name) => {
    expect(likelyBots([name])).toEqual([]);
  });

  it('keeps one entry per vendor', () => {
    const vendors = NOTETAKER_PATTERNS.map((p) => p.vendor);
    expect(new Set(vendors).size).toBe(vendors.length);
  });
});
