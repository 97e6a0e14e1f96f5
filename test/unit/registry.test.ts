import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../../src/clients/index';
import { CLIENT_IDS } from '../../src/evidence';
import { RULES } from '../../src/rules/index';

const SUPPORT_FILES = {
  clients: [
    'index.ts',
    'types.ts',
    'read.ts',
    'fold.ts',
    'readers.ts',
    'notetakers.ts',
    'common-signals.ts',
    'settings-page.ts',
  ],
  rules: [
    'index.ts',
    'types.ts',
    'sources.ts',
    'input.ts',
    'evaluate.ts',
    'signal-evidence.ts',
    'host-evidence.ts',
    'country-verdict.ts',
  ],
};

function unitIds(folder: keyof typeof SUPPORT_FILES): string[] {
  return readdirSync(new URL(`../../src/${folder}/`, import.meta.url))
    .filter((name) => name.endsWith('.ts') && !SUPPORT_FILES[folder].includes(name))
    .map((name) => name.replace(/\.ts$/, ''))
    .sort();
}

describe('registries', () => {
  it('lists every client definition file, each under its file name', () => {
    expect(CLIENTS.map((c) => c.id).sort()).toEqual(unitIds('clients'));
  });

  it('uses only client ids from the contract', () => {
    for (const client of CLIENTS) expect(CLIENT_IDS).toContain(client.id);
  });

  it('lists every rule file, each under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(unitIds('rules'));
  });

  it('has no duplicate ids', () => {
    expect(new Set(CLIENTS.map((c) => c.id)).size).toBe(CLIENTS.length);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
