// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Fuzzing the content script's detectors with fast-check: random DOM trees built from each client
 * definition's own vocabulary (its selectors, classes, texts and labels mixed with garbage, huge values
 * and deep nesting), random mutation sequences on them, and random mutations of every real fixture page.
 * After each sequence the mutations are judged (relevance.ts) and the page read (collect.ts), exactly
 * the two steps the content script runs. Nothing may throw, and the evidence must pass the background's
 * own validation, so a hostile page can at worst make a signal unknown, never break the pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENTS } from '../../../src/clients/index';
import type { ClientDefinition } from '../../../src/clients/types';
import { collectEvidence } from '../../../src/content/collect';
import { toPageWorldSummary } from '../../../src/content/page-world-summary';
import { mutationsMatter, watchListFor } from '../../../src/content/relevance';
import type { PageEvidence, PageWorldEvidence } from '../../../src/evidence';
import { PageEvidenceSchema, PageWorldSchema } from '../../../src/message-schemas';
import { buildReport } from '../../../src/rules/evaluate';

/** The issue asks for at least this many DOM mutations across the suite. */
const REQUIRED_MUTATIONS = 100_000;
const TREE_RUNS_PER_CLIENT = 30;
const FIXTURE_RUNS = 4;

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const allClientsWatch = watchListFor(CLIENTS);
let mutationsSeen = 0;

interface Vocabulary {
  tags: string[];
  classes: string[];
  attributes: [string, string][];
  ids: string[];
  texts: string[];
}

/** What a definition looks for, taken from its watch list: random pages built from it reach its readers. */
function vocabularyOf(definition: ClientDefinition): Vocabulary {
  const watch = watchListFor([definition]);
  const selectors = watch.selector;
  const unique = <T>(items: T[]) => [...new Set(items)];
  return {
    // No iframes: happy-dom does not load frames, and the content script reads each frame by itself.
    tags: ['div', 'span', 'button', 'video', 'li', 'ul', 'p', 'svg', 'template', 'script', 'style'],
    classes: watch.classParts,
    attributes: [
      ...[...selectors.matchAll(/\[([\w-]+)[*^$~|]?="([^"]*)"\]/g)].map(
        (m) => [m[1], m[2]] as [string, string],
      ),
      ...watch.labels.map((label) => ['aria-label', label] as [string, string]),
    ],
    ids: unique([...selectors.matchAll(/#([\w-]+)/g)].map((m) => m[1] ?? '')),
    texts: [...watch.texts, ...watch.labels],
  };
}

const HUGE = 'x'.repeat(200_000);
const garbage = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30 }), weight: 8 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 4 },
  { arbitrary: fc.constant(HUGE), weight: 1 },
  { arbitrary: fc.constant('<img src=x onerror=alert(1)>'), weight: 1 },
  { arbitrary: fc.constant(''), weight: 1 },
);

interface TreeNode {
  tag: string;
  classes: string[];
  attributes: [string, string][];
  id: string | null;
  text: string | null;
  children: TreeNode[];
}

function treeArbitrary(words: Vocabulary): fc.Arbitrary<TreeNode> {
  const pick = <T>(items: T[], fallback: fc.Arbitrary<T>) =>
    items.length > 0 ? fc.oneof(fc.constantFrom(...items), fallback) : fallback;
  const text = fc.option(pick(words.texts, garbage), { nil: null });
  const attribute = pick(
    words.attributes,
    fc.tuple(fc.constantFrom('aria-label', 'title', 'data-testid', 'class', 'style', 'role'), garbage),
  );
  const element = (children: fc.Arbitrary<TreeNode[]>) =>
    fc.record({
      tag: fc.constantFrom(...words.tags),
      classes: fc.array(pick(words.classes, fc.string({ maxLength: 12 })), { maxLength: 3 }),
      attributes: fc.array(attribute, { maxLength: 3 }),
      id: fc.option(pick(words.ids, fc.string({ maxLength: 12 })), { nil: null }),
      text,
      children,
    });
  const { tree } = fc.letrec<{ tree: TreeNode }>((self) => ({
    tree: fc.oneof(
      { depthSize: 'small', depthIdentifier: 'tree' },
      element(fc.constant([])),
      element(fc.array(self('tree'), { maxLength: 4, depthIdentifier: 'tree' })),
    ),
  }));
  return tree;
}

function safeSetAttribute(element: Element, name: string, value: string): void {
  try {
    element.setAttribute(name, value);
  } catch {
    // Garbage names are no valid attribute names: the DOM refuses them, as a browser would.
  }
}

function render(doc: Document, node: TreeNode): Element {
  const element = doc.createElement(node.tag);
  for (const [name, value] of node.attributes) safeSetAttribute(element, name, value);
  const classes = node.classes.filter((c) => c.trim() && !/\s/.test(c));
  if (classes.length > 0) element.className = classes.join(' ');
  if (node.id !== null) element.id = node.id;
  if (node.text !== null) element.append(node.text);
  for (const child of node.children) element.append(render(doc, child));
  return element;
}

/** An element nested `depth` levels deep, to see that nothing recurses into a stack overflow. */
function deepNest(doc: Document, depth: number, innermost: string): Element {
  const root = doc.createElement('div');
  let current: Element = root;
  for (let i = 0; i < depth; i++) {
    const next = doc.createElement(i % 2 ? 'span' : 'div');
    current.append(next);
    current = next;
  }
  current.textContent = innermost;
  return root;
}

type Mutation =
  | { kind: 'insert'; at: number; node: TreeNode }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'attribute'; at: number; name: string; value: string }
  | { kind: 'drop-attribute'; at: number; name: string }
  | { kind: 'toggle-class'; at: number; name: string }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'nest'; at: number; depth: number; text: string };

function mutationArbitrary(words: Vocabulary): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const attributeName = fc.oneof(
    fc.constantFrom('class', 'id', 'aria-label', 'title', 'data-testid', 'style', 'aria-pressed', 'hidden'),
    ...(words.attributes.length > 0 ? [fc.constantFrom(...words.attributes.map(([name]) => name))] : []),
  );
  const value = fc.oneof(
    garbage,
    ...(words.texts.length > 0 ? [fc.constantFrom(...words.texts)] : []),
    ...(words.classes.length > 0 ? [fc.constantFrom(...words.classes)] : []),
  );
  const small = treeArbitrary(words).filter((node) => node.children.length < 3);
  // Weights: mostly the cheap changes a meeting page makes all the time, now and then a deep subtree.
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at, node: small }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('remove' as const), at }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('move' as const), at, to: fc.nat() }), weight: 2 },
    {
      arbitrary: fc.record({ kind: fc.constant('attribute' as const), at, name: attributeName, value }),
      weight: 4,
    },
    {
      arbitrary: fc.record({ kind: fc.constant('drop-attribute' as const), at, name: attributeName }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('toggle-class' as const),
        at,
        name: words.classes.length > 0 ? fc.constantFrom(...words.classes) : fc.constant('speaking'),
      }),
      weight: 8,
    },
    { arbitrary: fc.record({ kind: fc.constant('text' as const), at, text: value }), weight: 6 },
    {
      arbitrary: fc.record({
        kind: fc.constant('nest' as const),
        at,
        depth: fc.integer({ min: 10, max: 100 }),
        text: value,
      }),
      weight: 1,
    },
  );
}

/**
 * The elements mutations pick from: the page's at the start plus every one inserted since. Asking the
 * DOM for all elements on each mutation would cost more than everything under test.
 */
class Targets {
  private readonly elements: Element[];

  constructor(private readonly doc: Document) {
    this.elements = [doc.body, ...doc.body.querySelectorAll('*')];
  }

  /** A connected element: mutations of removed ones are no mutations of the page. */
  at(index: number): Element {
    for (let step = 0; step < 8; step++) {
      const element = this.elements[(index + step * 7919) % this.elements.length];
      if (element?.isConnected) return element;
    }
    return this.doc.body;
  }

  add(element: Element): Element {
    this.elements.push(element, ...element.querySelectorAll('*'));
    return element;
  }
}

function apply(doc: Document, targets: Targets, mutation: Mutation): void {
  const target = targets.at(mutation.at);
  switch (mutation.kind) {
    case 'insert':
      target.append(targets.add(render(doc, mutation.node)));
      break;
    case 'remove':
      if (target !== doc.body) target.remove();
      break;
    case 'move': {
      const destination = targets.at(mutation.to);
      if (target !== doc.body && !target.contains(destination)) destination.append(target);
      break;
    }
    case 'attribute':
      safeSetAttribute(target, mutation.name, mutation.value);
      break;
    case 'drop-attribute':
      target.removeAttribute(mutation.name);
      break;
    case 'toggle-class':
      target.classList.toggle(mutation.name.trim() || 'x');
      break;
    case 'text':
      if (target.firstChild?.nodeType === 3) (target.firstChild as Text).data = mutation.text;
      else target.append(mutation.text);
      break;
    case 'nest':
      target.append(deepNest(doc, mutation.depth, mutation.text));
      break;
  }
}

const OBSERVED = {
  subtree: true,
  childList: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeOldValue: true,
};

/** Applies the mutations to the live document and judges the records as the content script does. */
function mutateAndJudge(doc: Document, mutations: Mutation[], definition: ClientDefinition): void {
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc, OBSERVED);
  const ownWatch = watchListFor([definition]);
  try {
    const targets = new Targets(doc);
    for (const mutation of mutations) apply(doc, targets, mutation);
    const records = observer.takeRecords();
    mutationsSeen += records.length;
    mutationsMatter(records, ownWatch);
    mutationsMatter(records, allClientsWatch);
  } finally {
    observer.disconnect();
  }
}

function read(
  doc: Document,
  url: string,
  pageWorld: PageWorldEvidence | null = null,
  previous: PageEvidence | null = null,
): PageEvidence {
  return collectEvidence({
    doc,
    url: new URL(url),
    origins: [new URL(url).origin],
    pageWorld,
    previous,
    now: '2026-01-01T00:00:00.000Z',
  });
}

/** The background accepts the evidence and can judge it: the whole pipeline after the content script. */
function expectAccepted(evidence: PageEvidence): void {
  const parsed = v.safeParse(PageEvidenceSchema, evidence);
  expect(parsed.issues?.map((issue) => issue.message) ?? []).toEqual([]);
  const tab = { tabId: 1, frames: { '0': evidence }, network: { hosts: [] }, updatedAt: evidence.observedAt };
  expect(() => buildReport(tab, 'en', evidence.observedAt)).not.toThrow();
}

function urlFor(definition: ClientDefinition): string {
  return definition.examples[0] ?? 'https://meet.example.org/SomeRoom';
}

afterAll(() => {
  document.body.innerHTML = '';
});

describe('random DOM trees and mutation sequences', () => {
  for (const definition of CLIENTS) {
    it(`never break ${definition.id}'s detectors`, () => {
      const words = vocabularyOf(definition);
      fc.assert(
        fc.property(
          fc.array(treeArbitrary(words), { maxLength: 6 }),
          fc.array(mutationArbitrary(words), { minLength: 100, maxLength: 250 }),
          (trees, mutations) => {
            document.body.replaceChildren(...trees.map((tree) => render(document, tree)));
            // Read before and after, as the content script does: latched signals carry over.
            const before = read(document, urlFor(definition));
            mutateAndJudge(document, mutations, definition);
            expectAccepted(read(document, urlFor(definition), null, before));
          },
        ),
        { numRuns: TREE_RUNS_PER_CLIENT },
      );
    });
  }
});

interface FixtureCase {
  file: string;
  url: string;
  body: string;
}

function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const dir of readdirSync(pagesDir)) {
    let expected: Record<string, { url?: string }> = {};
    try {
      expected = JSON.parse(readFileSync(join(pagesDir, dir, 'expected.json'), 'utf8'));
    } catch {
      // A directory without expectations still has pages worth mutating.
    }
    for (const file of readdirSync(join(pagesDir, dir)).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(pagesDir, dir, file), 'utf8');
      const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
      cases.push({
        file: `${dir}/${file}`,
        url: expected[file]?.url ?? `https://${dir}.example.org/Room`,
        body,
      });
    }
  }
  return cases;
}

/**
 * The fixture's body in the live document, frames turned into plain elements with the same id and
 * classes: happy-dom cannot load frames and logs an error for each, and the content script reads each
 * frame's own document by itself anyway.
 */
function loadFixture(body: string): void {
  // Parsed inert, in a template: a parsed document would already try to load the frames.
  const parsed = document.createElement('template');
  parsed.innerHTML = body;
  for (const frame of parsed.content.querySelectorAll('iframe')) {
    const standIn = document.createElement('div');
    standIn.id = frame.id;
    standIn.className = frame.className;
    frame.replaceWith(standIn);
  }
  document.body.replaceChildren(parsed.content);
}

describe('mutated real fixture pages', () => {
  const cases = fixtureCases();
  const definitionFor = (url: string) =>
    CLIENTS.find((client) => client.matches.some((pattern) => pattern.test(url))) ?? CLIENTS[0];

  it('finds the fixtures', () => expect(cases.length).toBeGreaterThan(50));

  for (const fixture of cases) {
    it(`never break the detectors on ${fixture.file}`, () => {
      const definition = definitionFor(fixture.url) as ClientDefinition;
      const words = vocabularyOf(definition);
      fc.assert(
        fc.property(fc.array(mutationArbitrary(words), { minLength: 200, maxLength: 300 }), (mutations) => {
          loadFixture(fixture.body);
          const before = read(document, fixture.url);
          mutateAndJudge(document, mutations, definition);
          expectAccepted(read(document, fixture.url, null, before));
        }),
        { numRuns: FIXTURE_RUNS },
      );
    });
  }
});

describe('forged page-world summaries', () => {
  const summary = fc.record({
    getUserMedia: fc.record({ audio: fc.boolean(), video: fc.boolean(), calls: fc.nat() }),
    peerConnections: fc.nat(),
    iceServerHosts: fc.array(
      garbage.filter((s) => s.length <= 300),
      { maxLength: 100 },
    ),
    webSockets: fc.array(
      fc.webUrl().map((u) => u.replace(/^http/, 'ws')),
      { maxLength: 100 },
    ),
    encodedTransform: fc.boolean(),
    globals: fc.array(fc.constantFrom('JitsiMeetJS', 'APP', 'interfaceConfig', 'OC', 'OCA.Talk'), {
      maxLength: 7,
    }),
  });

  it('turn anything a page posts into a valid summary or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), summary), (raw) => {
        const parsed = toPageWorldSummary(raw);
        if (parsed) expect(v.safeParse(PageWorldSchema, parsed).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('cannot break a read or the report, whatever they claim', () => {
    document.body.innerHTML = '<div id="app"></div>';
    fc.assert(
      fc.property(summary, fc.constantFrom(...CLIENTS.map(urlFor)), (forged, url) => {
        expectAccepted(read(document, url, toPageWorldSummary(forged)));
      }),
      { numRuns: 300 },
    );
  });
});

it(`saw at least ${REQUIRED_MUTATIONS.toLocaleString('en')} DOM mutations`, () => {
  expect(mutationsSeen).toBeGreaterThanOrEqual(REQUIRED_MUTATIONS);
});
