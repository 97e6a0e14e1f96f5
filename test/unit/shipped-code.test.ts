/**
 * What the extension ships: no remote or generated code in the built bundles (dist/, written by
 * `npm run build`, which `npm test` runs first), the default content security policy, and exactly the
 * permissions README.md lists and justifies.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/browser.mjs';

const TARGETS = ['chrome', 'firefox'];
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Patterns that run code that is not in the package, or turn strings into code. */
const REMOTE_OR_GENERATED_CODE: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string timer', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /importScripts\s*\(/],
  ['dynamic import', /(?<![\w$.])import\s*\(/],
  ['script element', /createElement\s*\(\s*["'`]script["'`]\s*\)/i],
  ['remote script', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
  ['remote module', /\bfrom\s*["'](?:https?:)?\/\//],
];

describe('the built extension', () => {
  for (const target of TARGETS) {
    const dir = join(root, 'dist', target);

    it(`${target}: is built (npm run build)`, () => {
      expect(existsSync(join(dir, 'manifest.json')), `${dir} is missing: run npm run build`).toBe(true);
    });

    it(`${target}: ships no remote or generated code`, () => {
      const code = filesUnder(dir).filter((file) => /\.(m?js|html)$/.test(file));
      expect(code.length).toBeGreaterThanOrEqual(5);
      const found = code.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return REMOTE_OR_GENERATED_CODE.filter(([, pattern]) => pattern.test(text)).map(
          ([what]) => `${what} in ${file.slice(dir.length + 1)}`,
        );
      });
      expect(found).toEqual([]);
    });

    it(`${target}: keeps the browser's default content security policy`, () => {
      const built = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(built.content_security_policy).toBeUndefined();
      expect(built.sandbox).toBeUndefined();
      expect(built.externally_connectable).toBeUndefined();
      expect(built.web_accessible_resources).toBeUndefined();
    });
  }

  it('the scan catches what it looks for', () => {
    const samples = [
      'eval("1")',
      'x=new Function("a","return a")',
      'Function("return this")()',
      'setTimeout("alert(1)",1)',
      'importScripts("https://cdn.example/x.js")',
      'import("https://cdn.example/x.js")',
      'document.createElement("script")',
      '<script src="https://cdn.example/x.js"></script>',
      'import x from "https://cdn.example/x.js"',
    ];
    for (const sample of samples)
      expect(
        REMOTE_OR_GENERATED_CODE.some(([, pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
    expect(REMOTE_OR_GENERATED_CODE.some(([, pattern]) => pattern.test('retrieval(x); o.eval(y)'))).toBe(
      false,
    );
  });
});

interface PermissionRow {
  names: string[];
  kind: string;
  why: string;
}

/** The rows of README's "## Permissions" table: backticked names, kind, justification. */
function readmePermissions(): PermissionRow[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = /^## Permissions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [names = '', kind = '', why = ''] = line.split('|').slice(1, -1);
      return {
        names: [...names.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''),
        kind: kind.trim(),
        why: why.trim(),
      };
    });
}

describe('permissions', () => {
  const rows = readmePermissions();
  const listed = (kind: string) =>
    rows
      .filter((row) => row.kind === kind)
      .flatMap((row) => row.names)
      .sort();

  it('README lists each permission with a reason', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.why.length, row.names.join(', ')).toBeGreaterThan(20);
  });

  it('required API permissions are exactly those README lists', () => {
    expect(listed('required')).toEqual([...manifest.permissions].sort());
  });

  it('required host permissions are exactly those README lists', () => {
    expect(listed('required host')).toEqual([...manifest.host_permissions].sort());
  });

  it('optional permissions are exactly those README lists', () => {
    expect(listed('optional')).toEqual([...(manifest.optional_permissions ?? [])].sort());
    expect(listed('optional host')).toEqual([...(manifest.optional_host_permissions ?? [])].sort());
  });

  it('README names no kind of permission the manifest does not know', () => {
    const kinds = new Set(['required', 'required host', 'optional', 'optional host']);
    expect(rows.filter((row) => !kinds.has(row.kind))).toEqual([]);
  });
});
