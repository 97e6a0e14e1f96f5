// An esbuild plugin for the client definitions (src/clients/*.ts): every probe carries a `note` saying
// where its selector or text comes from ([S]/[K]). The notes are documentation for people reading the
// source and the fixtures; no code reads them, so the bundles ship without them (they were a sixth of
// the content script).
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** The source without `note: …` properties of object literals (and the comma after each). */
export function withoutNotes(source, fileName = 'client.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const cuts = [];
  const visit = (node) => {
    const isNote =
      ts.isPropertyAssignment(node) &&
      ts.isObjectLiteralExpression(node.parent) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'note' &&
      ts.isStringLiteralLike(node.initializer);
    if (isNote) cuts.push([node.getStart(file), node.getEnd()]);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.reverse()) {
    const comma = /^\s*,/.exec(out.slice(end))?.[0].length ?? 0;
    out = out.slice(0, start) + out.slice(end + comma);
  }
  return out;
}

export const stripProbeNotes = {
  name: 'strip-probe-notes',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]clients[\\/][^\\/]+\.ts$/ }, async ({ path }) => ({
      contents: withoutNotes(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};
