import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/browser.mjs';
import { withoutNotes } from '../../scripts/strip-notes.mjs';

const clients = join(root, 'src/clients');

function syntaxErrors(source: string): string[] {
  const result = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext },
  });
  return (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the build drops probe notes', () => {
  it('removes `note` properties of object literals and nothing else', () => {
    const source = [
      "const probe = { note: 'it\\'s [S source], with a comma', selectors: ['#a'] };",
      'const last = { texts: { en: [] }, note: `multi',
      'line` };',
      "const call = reader('note kept: an argument, not a property', { on: [] });",
      "const other = { notes: 'kept', annotate: 'kept' };",
    ].join('\n');
    const stripped = withoutNotes(source);
    expect(stripped).not.toMatch(/\bnote:/);
    expect(stripped).toContain("selectors: ['#a']");
    expect(stripped).toContain("'note kept: an argument, not a property'");
    expect(stripped).toContain("notes: 'kept', annotate: 'kept'");
    expect(syntaxErrors(stripped)).toEqual([]);
  });

  it.each(readdirSync(clients).filter((name) => name.endsWith('.ts')))(
    'leaves %s valid TypeScript',
    (name) => {
      const stripped = withoutNotes(readFileSync(join(clients, name), 'utf8'), name);
      expect(stripped).not.toMatch(/\bnote: ['`"]/);
      expect(syntaxErrors(stripped)).toEqual([]);
    },
  );
});
