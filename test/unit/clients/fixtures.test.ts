// @vitest-environment happy-dom
/**
 * Every client definition against the HTML fixtures of its states. The fixtures follow the public
 * sources named in their headers; expected.json says what a person looking at each page can see.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientById, recogniseClient } from '../../../src/clients/index';
import { readPage } from '../../../src/clients/read';
import type { ClientId, Phase, SignalName, SignalValue } from '../../../src/evidence';

interface Expectation {
  url: string;
  lang: 'en' | 'de';
  phase: Phase;
  signals: Partial<Record<SignalName, SignalValue>>;
  basis: string;
}

const pagesDir = new URL('../../fixtures/pages/', import.meta.url);
const clientDirs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/expected.json`, pagesDir)))
  .map((entry) => entry.name);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function load(client: string, file: string): string {
  return readFileSync(new URL(`${client}/${file}`, pagesDir), 'utf8');
}

it('has fixtures for the clients of the first slice', () => {
  expect(clientDirs).toEqual(expect.arrayContaining(['jitsi-meet', 'google-meet', 'zoom']));
});

for (const clientDir of clientDirs) {
  const expected: Record<string, Expectation> = JSON.parse(load(clientDir, 'expected.json'));
  const definition = clientById(clientDir as ClientId);

  describe(clientDir, () => {
    it('has a definition', () => expect(definition).toBeDefined());

    it('covers pre-join, lobby, in-meeting, recording and a German state', () => {
      const states = Object.values(expected);
      for (const phase of ['prejoin', 'lobby', 'in-meeting'])
        expect(states.map((s) => s.phase)).toContain(phase);
      expect(states.some((s) => s.signals.recording === true)).toBe(true);
      expect(states.some((s) => s.lang === 'de')).toBe(true);
    });

    for (const [file, expectation] of Object.entries(expected)) {
      describe(file, () => {
        const html = load(clientDir, file);
        const doc = parse(html);
        const url = new URL(expectation.url);

        it('names its public sources in a header comment', () => {
          expect(html.slice(0, 4000)).toMatch(/<!--[\s\S]*(source|Source|\[S\])[\s\S]*-->/);
        });

        it(`is recognised as ${clientDir}`, () => {
          expect(recogniseClient(doc, url)?.client.id).toBe(clientDir);
        });

        it(`is in phase ${expectation.phase}`, () => {
          expect(definition && readPage(definition, doc, url, 'now').phase).toBe(expectation.phase);
        });

        for (const [signal, value] of Object.entries(expectation.signals)) {
          it(`shows ${signal} = ${value}`, () => {
            const reading = definition && readPage(definition, doc, url, 'now');
            expect(reading?.signals[signal as SignalName].value).toBe(value);
          });
        }

        it('is not mistaken for self-hosted software of another client', () => {
          const elsewhere = recogniseClient(doc, new URL('https://video.example.org/SomeRoom'));
          if (elsewhere) expect(elsewhere.client.id).toBe(clientDir);
        });
      });
    }
  });
}
