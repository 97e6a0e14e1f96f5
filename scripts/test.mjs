#!/usr/bin/env node
// `npm test`: type-check, lint, build, web-ext lint of the Firefox build, then every Vitest project
// (unit and end-to-end in real Chromium). Ends with one line "N passed, N failed" counting the
// tests plus each gate, and writes it to .cache/summary.txt for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './browser.mjs';

const cache = join(root, '.cache');
mkdirSync(cache, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function webExtLint() {
  console.log('\n▶ web-ext lint (dist/firefox)');
  const result = spawnSync(
    bin('web-ext'),
    ['lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output', 'json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  try {
    const report = JSON.parse(result.stdout);
    for (const m of [...report.errors, ...report.warnings])
      console.log(`  ${m.type} ${m.code} ${m.file ?? ''}`);
    console.log(`  ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
    return report.summary.errors === 0;
  } catch {
    console.log(result.stdout, result.stderr);
    return false;
  }
}

const gates = [
  ['type-check (tsc --noEmit)', () => run('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])],
  ['lint (biome)', () => run('lint', bin('biome'), ['check', '.'])],
  ['build', () => run('build', process.execPath, ['build.mjs'])],
  ['web-ext lint', webExtLint],
];

let passed = 0;
let failed = 0;
for (const [name, gate] of gates) {
  if (gate()) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${name} failed`);
  }
}

const vitestJson = join(cache, 'vitest.json');
run('vitest (unit + e2e)', bin('vitest'), [
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
try {
  const results = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numTotalTestSuites === 0 ? 1 : 0);
  // A suite that failed to load has no tests to count; count it as a failure.
  failed += results.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
} catch {
  console.log('✗ vitest wrote no results');
  failed += 1;
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(cache, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exitCode = failed === 0 ? 0 : 1;
