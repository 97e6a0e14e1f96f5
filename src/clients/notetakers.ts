/**
 * Display names that suggest an automated notetaker or meeting-recorder bot. Names are chosen by the
 * bots' users, so this is a heuristic: a match says "looks like a bot", never "is a bot". Sources: the
 * vendors' own default bot names as documented on their sites (docs/clients.md §0.5), kept as data so a
 * new vendor is a one-line change with a test.
 */
export const NOTETAKER_PATTERNS: readonly { vendor: string; pattern: RegExp }[] = [
  { vendor: 'Otter.ai', pattern: /\botter(?:\.ai|pilot)?\b/i },
  { vendor: 'Fireflies.ai', pattern: /\bfireflies\b/i },
  { vendor: 'Read AI', pattern: /\bread\.?ai\b/i },
  { vendor: 'tl;dv', pattern: /\btl;?dv\b/i },
  { vendor: 'Fathom', pattern: /\bfathom\b/i },
  { vendor: 'Gong', pattern: /\bgong\b/i },
  { vendor: 'Avoma', pattern: /\bavoma\b/i },
  { vendor: 'Grain', pattern: /\bgrain\b/i },
  { vendor: 'Sembly', pattern: /\bsembly\b/i },
  { vendor: 'MeetGeek', pattern: /\bmeetgeek\b/i },
  { vendor: 'Notta', pattern: /\bnotta\b/i },
  { vendor: 'Airgram', pattern: /\bairgram\b/i },
  { vendor: 'Supernormal', pattern: /\bsupernormal\b/i },
  { vendor: 'Bluedot', pattern: /\bbluedot\b/i },
  { vendor: 'Circleback', pattern: /\bcircleback\b/i },
  { vendor: 'Jamie', pattern: /\bjamie\b.*\b(?:ai|notes?)\b/i },
  { vendor: 'tactiq', pattern: /\btactiq\b/i },
  { vendor: 'Krisp', pattern: /\bkrisp\b/i },
  { vendor: 'Vexa', pattern: /\bvexa(?:slim)?\b/i },
  { vendor: 'Recall.ai', pattern: /\brecall(?:\.ai)?\s*(?:bot|notetaker)\b/i },
  { vendor: 'Zoom / Teams notetaker', pattern: /\bnote[- ]?taker\b/i },
  { vendor: 'meeting recorder', pattern: /\b(?:meeting )?recorder\b|\baufzeichnungs?-?bot\b/i },
  { vendor: 'bot', pattern: /(?:^|[\s(])bot(?:$|[\s)])/i },
];

/** The names that look like notetaker bots, each with the vendor it resembles. */
export function likelyBots(names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const match = NOTETAKER_PATTERNS.find(({ pattern }) => pattern.test(name));
    if (match) found.push(`${name.trim()} (${match.vendor})`);
  }
  return found;
}
