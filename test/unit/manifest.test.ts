import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../build.mjs';
import { ENTERPRISE_ID, ENTERPRISE_KEY, extensionIdFromKey } from '../../scripts/enterprise-key.mjs';
import { CLIENTS } from '../../src/clients/index';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

/** A manifest match pattern as a RegExp (scheme `*` = http/https, host `*.` = any subdomain or none). */
function patternToRegExp(pattern: string): RegExp {
  const match = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!match) throw new Error(`unsupported pattern ${pattern}`);
  const [, scheme, anySub, host, path] = match;
  const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${scheme === '*' ? 'https?' : scheme}://${anySub ? '(?:[^/]+\\.)?' : ''}${escapeRegExp(host ?? '')}${escapeRegExp(path ?? '').replace(/\*/g, '.*')}$`,
  );
}

describe('manifest', () => {
  const scripts: { matches: string[]; js: string[]; world?: string }[] = manifest.content_scripts;

  it('injects the content script and the page-world script into every example URL of every client', () => {
    for (const file of ['content.js', 'page-world.js']) {
      const entry = scripts.find((s) => s.js.includes(file));
      const patterns = (entry?.matches ?? []).map(patternToRegExp);
      for (const client of CLIENTS) {
        for (const url of client.examples)
          expect(
            patterns.some((p) => p.test(url)),
            `${file} ${url}`,
          ).toBe(true);
      }
    }
  });

  it('asks for no access to every site', () => {
    const required = [...manifest.permissions, ...manifest.host_permissions];
    expect(required).not.toContain('<all_urls>');
    expect(required.filter((p: string) => /^\*:\/\/\*\/|^https?:\/\/\*\//.test(p))).toEqual([]);
  });

  it('runs the page-world hook in the MAIN world', () => {
    expect(scripts.find((s) => s.js.includes('page-world.js'))?.world).toBe('MAIN');
  });

  it('writes a service worker for Chrome and event-page scripts plus a gecko id for Firefox', () => {
    const chrome = manifestFor('chrome', manifest);
    const firefox = manifestFor('firefox', manifest);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it('gives only the enterprise build a key, and with it the documented fixed id', () => {
    expect(manifestFor('chrome', manifest)).not.toHaveProperty('key');
    expect(manifestFor('firefox', manifest)).not.toHaveProperty('key');
    const enterprise = manifestFor('enterprise', manifest);
    expect(enterprise.key).toBe(ENTERPRISE_KEY);
    expect({ ...enterprise, key: undefined }).toEqual({ ...manifestFor('chrome', manifest), key: undefined });
    expect(extensionIdFromKey(ENTERPRISE_KEY)).toBe(ENTERPRISE_ID);
    expect(ENTERPRISE_ID).toBe('gpkkophnankbmgjnmaidbpkppkfobocg');
  });

  it('points Chrome at the managed-policy schema', () => {
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
  });
});
