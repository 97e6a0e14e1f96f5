/**
 * Fuzzing in real Chromium with the built extension: each client's fixture page, served under its real
 * hostname (self-hosted software under its fixture's hostname, checked through the toolbar button),
 * gets random mutation sequences from fast-check — clones of its own elements moved around, removals,
 * attributes and texts copied between elements or replaced by garbage and 100 KB strings, subtrees
 * wrapped in deep nesting. The content script follows all of it; afterwards no error of any world of
 * the page has reached its console, and the page's original content is still read correctly.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pressToolbarButton, storedTab } from '../../scripts/browser.mjs';
import { fixturePath } from '../../scripts/fixture-server.mjs';
import { CLIENTS } from '../../src/clients/index';
import type { Phase } from '../../src/evidence';
import { type Harness, startHarness, waitForTab } from './harness';

const BATCHES = 8;
const MUTATIONS_PER_BATCH = 100;
/** Clones stop here: doubling subtrees would otherwise grow the page without bound. */
const MAX_ELEMENTS = 3000;
/** Printed with every failure: `FUZZ_SEED=<n>` replays a run. */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Embedding pages hold no client; the generic detector needs the page's own WebRTC calls. */
const SKIPPED = new Set(['embedded', 'generic-webrtc']);

interface Case {
  client: string;
  file: string;
  url: string;
  phase: Phase;
}

function fixtureCases(): Case[] {
  return CLIENTS.filter((client) => !SKIPPED.has(client.id)).flatMap((client) => {
    const expected: Record<string, { url: string; phase: Phase; frame?: string }> = JSON.parse(
      readFileSync(fixturePath(client.id, 'expected.json'), 'utf8'),
    );
    // The in-meeting page has the most to mutate; shell pages that only frame the client are skipped.
    const entries = Object.entries(expected).filter(([, e]) => !e.frame);
    const [file, expectation] =
      entries.find(([, e]) => e.phase === 'in-meeting') ??
      entries.find(([, e]) => e.phase !== 'unknown') ??
      [];
    return file && expectation
      ? [{ client: client.id, file, url: expectation.url, phase: expectation.phase }]
      : [];
  });
}

type Mutation =
  | { kind: 'clone' | 'move'; at: number; to: number }
  | { kind: 'remove' | 'nest'; at: number }
  | { kind: 'copy-attribute' | 'copy-text' | 'copy-class'; at: number; from: number }
  | { kind: 'attribute'; at: number; name: string; value: string }
  | { kind: 'text'; at: number; value: string };

// Megabyte values are the hostile-page test's; here a smaller one keeps the run short.
const HUGE = 'y'.repeat(100_000);
const garbage = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.constant(HUGE), weight: 1 },
  { arbitrary: fc.constant('<img src=x onerror=alert(1)>'), weight: 1 },
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('clone' as const, 'move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constantFrom('remove' as const, 'nest' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('copy-attribute' as const, 'copy-text' as const, 'copy-class' as const),
    at: fc.nat(),
    from: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('attribute' as const),
    at: fc.nat(),
    name: fc.constantFrom('class', 'id', 'aria-label', 'title', 'data-testid', 'role', 'style', 'hidden'),
    value: garbage,
  }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: garbage }),
);

/** Runs in the page (serialised by Playwright): applies the mutations to the live document. */
function applyInPage({ mutations, maxElements }: { mutations: Mutation[]; maxElements: number }): number {
  const all = () => Array.from(document.body.querySelectorAll('*'));
  let applied = 0;
  for (const m of mutations) {
    const elements = all();
    if (elements.length === 0) {
      // A page emptied by removals gets a fresh element to go on with.
      document.body.append(document.createElement('div'));
      continue;
    }
    const pick = (index: number) => elements[index % elements.length] as Element;
    const target = pick(m.at);
    try {
      if (m.kind === 'clone' && elements.length + target.getElementsByTagName('*').length < maxElements)
        pick(m.to).append(target.cloneNode(true));
      else if (m.kind === 'move' && !target.contains(pick(m.to))) pick(m.to).append(target);
      else if (m.kind === 'remove') target.remove();
      else if (m.kind === 'nest') {
        let wrapper: Element = target;
        for (let i = 0; i < 50; i++) {
          const outer = document.createElement('div');
          wrapper.replaceWith(outer);
          outer.append(wrapper);
          wrapper = outer;
        }
      } else if (m.kind === 'copy-attribute') {
        const source = pick(m.from);
        const name = source.getAttributeNames()[m.at % Math.max(1, source.getAttributeNames().length)];
        if (name) target.setAttribute(name, source.getAttribute(name) ?? '');
      } else if (m.kind === 'copy-text') target.textContent = pick(m.from).textContent;
      else if (m.kind === 'copy-class') target.classList.add(...pick(m.from).classList);
      else if (m.kind === 'attribute') target.setAttribute(m.name, m.value);
      else if (m.kind === 'text') target.textContent = m.value;
      applied += 1;
    } catch {
      // The DOM refuses some changes (a garbage class token): the page's own problem, not ours.
    }
  }
  return applied;
}

function bodyOf(client: string, file: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(readFileSync(fixturePath(client, file), 'utf8'))?.[1] ?? '';
}

const cases = fixtureCases();
let harness: Harness;

beforeAll(async () => {
  const routes = Object.fromEntries(
    cases.map((c) => {
      const url = new URL(c.url);
      return [`${url.host}${url.pathname}`, { file: fixturePath(c.client, c.file) }];
    }),
  );
  harness = await startHarness(routes, [...new Set(cases.map((c) => new URL(c.url).host))]);
});

afterAll(async () => {
  await harness?.close();
});

it('covers every client definition but the generic detector', () => {
  expect(cases.map((c) => c.client).sort()).toEqual(
    CLIENTS.map((c) => c.id)
      .filter((id) => !SKIPPED.has(id))
      .sort(),
  );
});

describe(`random mutation sequences in real Chromium (seed ${SEED})`, () => {
  for (const [index, fixture] of cases.entries()) {
    it(`${fixture.client} (${fixture.file}): no error in the page console, still read correctly`, async () => {
      const page: Page = await harness.context.newPage();
      const cdp: CDPSession = await harness.context.newCDPSession(page);
      const errors: string[] = [];
      cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
        errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
      );
      cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
        if (type === 'error') errors.push(args.map((a) => a.value ?? a.description).join(' '));
      });
      await cdp.send('Runtime.enable');
      await page.goto(fixture.url);
      const hosted = CLIENTS.find((c) => c.id === fixture.client)?.matches.some((p) => p.test(fixture.url));
      if (!hosted) await pressToolbarButton(harness, page.url());
      const tabId = await harness.worker.evaluate(async (url) => {
        const tabs = await chrome.tabs.query({});
        return (tabs.find((t) => t.url === url) ?? tabs.find((t) => !t.url?.startsWith('chrome-extension:')))
          ?.id;
      }, page.url());
      if (tabId === undefined) throw new Error(`no tab for ${fixture.url}`);
      await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.clientId === fixture.client);

      const batches = fc.sample(
        fc.array(mutation, { minLength: MUTATIONS_PER_BATCH, maxLength: MUTATIONS_PER_BATCH }),
        {
          numRuns: BATCHES,
          seed: SEED + index,
        },
      );
      let applied = 0;
      for (const batch of batches) {
        applied += await page.evaluate(applyInPage, { mutations: batch, maxElements: MAX_ELEMENTS });
        // Let the content script read between batches (it reads at most every 150 ms).
        await page.waitForTimeout(200);
      }
      expect(applied).toBeGreaterThan((BATCHES * MUTATIONS_PER_BATCH) / 2);

      // The original page once more: the content script survived and reads it as before.
      await page.evaluate(
        (body) => {
          document.body.innerHTML = body;
        },
        bodyOf(fixture.client, fixture.file),
      );
      await waitForTab(harness, tabId, (tab) => tab?.frames['0']?.phase === fixture.phase);
      expect((await storedTab(harness.worker, tabId))?.frames['0']?.clientId).toBe(fixture.client);
      expect(errors, `seed ${SEED + index}`).toEqual([]);
      await cdp.detach();
      await page.close();
    });
  }
});

describe('the extension on the network', () => {
  it('made no network request of its own during this run', () => {
    expect(harness.ownRequests).toEqual([]);
  });
});
