import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CERTAINTIES, certaintyGrade, SEVERITIES } from '../../../src/report';
import { ruleKey } from '../../../src/rules/evaluate';
import { roomNameStrength } from '../../../src/rules/guessable-room-name';
import { RULES } from '../../../src/rules/index';
import { DSK_SECTIONS, resolvesRef } from '../../../src/rules/sources';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages =>
  JSON.parse(
    readFileSync(new URL(`../../../assets/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  );
const locales = { en: load('en'), de: load('de') };

type Table = { cases: { expect: Record<string, string> }[] };
const loadTable = (name: string): Table =>
  JSON.parse(readFileSync(new URL(`../../fixtures/evidence/${name}`, import.meta.url), 'utf8'));
// Signals in rule-cases.json; hosts, addresses and media routes in network-cases.json.
const cases = [...loadTable('rule-cases.json').cases, ...loadTable('network-cases.json').cases];

/** Rules that can always judge, with why. */
const NEVER_UNKNOWN: Record<string, string> = {
  'transport-encryption': "the page's own scheme is always visible",
};

/** Rules that never report a problem, with why. */
const NEVER_PROBLEM: Record<string, string> = {
  'operating-model': 'an online service is for the organisation to verify (contract), which no page shows',
};

/** Rules whose cases need more than tab evidence, with where they are tested. */
const TESTED_ELSEWHERE: Record<string, string> = {
  'approved-client': "needs the organisation's policy: fail, warn and pass are in policy-effects.test.ts",
};
const MIN_RULES = 20;

describe('the rule catalogue', () => {
  it(`has at least ${MIN_RULES} rules`, () => {
    expect(RULES.length).toBeGreaterThanOrEqual(MIN_RULES);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a kebab-case id, a severity, a certainty tag and at least one audience', () => {
        expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(SEVERITIES).toContain(rule.severity);
        expect(CERTAINTIES).toContain(rule.certainty);
        expect(rule.audience.length).toBeGreaterThan(0);
      });

      it('cites a verified guidance heading and a GDPR article, all of which resolve', () => {
        expect(rule.refs.some((r) => r.source === 'dsk-oh-2020')).toBe(true);
        expect(rule.refs.some((r) => r.source === 'gdpr')).toBe(true);
        for (const ref of rule.refs) expect(resolvesRef(ref), JSON.stringify(ref)).toBe(true);
      });

      it('has a title, an explanation and advice for each audience in English and German', () => {
        for (const [lang, messages] of Object.entries(locales)) {
          for (const part of ['title', 'explain', ...rule.audience.map((a) => `advice_${a}`)]) {
            expect(messages[ruleKey(rule.id, part)]?.message, `${lang} ${part}`).toBeTruthy();
          }
        }
      });

      it('is exercised by the table with a problem, an unknown and a pass or not-applicable case', () => {
        const seen = new Set(cases.map((c) => c.expect[rule.id]).filter(Boolean));
        if (TESTED_ELSEWHERE[rule.id]) return;
        if (!NEVER_PROBLEM[rule.id]) expect(seen.has('warn') || seen.has('fail'), 'warn/fail').toBe(true);
        if (!NEVER_UNKNOWN[rule.id]) expect(seen.has('unknown'), 'unknown').toBe(true);
        expect(seen.has('pass') || seen.has('not-applicable'), 'pass/n.a.').toBe(true);
      });
    });
  }

  it('cites only headings of the verified table of contents', () => {
    expect(DSK_SECTIONS['3.4.8']).toBe('Transparenz, Aufzeichnungen von Videokonferenzen');
    expect(resolvesRef({ source: 'dsk-oh-2020', section: '4.6' })).toBe(false);
    expect(resolvesRef({ source: 'gdpr', article: '999' })).toBe(false);
  });

  it('tells the reader V and S rows as well established, M and D rows as derived', () => {
    expect(CERTAINTIES.map(certaintyGrade)).toEqual(['established', 'established', 'derived', 'derived']);
  });
});

describe('room name strength', () => {
  it.each([
    ['abc-defg-hij', 'random'],
    ['ancientwaysflyquietly', 'random'],
    ['x7k2p9qa', 'random'],
    ['team', 'word'],
    ['jane.doe', 'word'],
    ['vorstandssitzung', 'word'],
    ['12345', 'short'],
    ['x7', 'short'],
  ])('%s is %s', (name, strength) => {
    expect(roomNameStrength(name)).toBe(strength);
  });
});
