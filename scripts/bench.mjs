#!/usr/bin/env node
// `npm run bench [-- --json] [-- --quick] [-- --only <module>]`: measures the budgets of design.md and
// prints one table against them (or JSON with --json). Each measurement is a module in scripts/bench/
// that exports `title` and `measure({ quick })`, resolving to rows
// `{ what, measured, budget, ok: true | false | null (no budget), note }`; a new module there is picked
// up by itself. --quick runs a short version of each, to check that the bench works, not for numbers.
// Needs the built extension (`npm run build`) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPath, root } from './browser.mjs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

async function benchModules() {
  const dir = join(root, 'scripts/bench');
  const modules = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.mjs'))
    .sort()) {
    const name = file.replace(/\.mjs$/, '');
    if (only && name !== only) continue;
    const module = await import(pathToFileURL(join(dir, file)).href);
    if (typeof module.measure === 'function') modules.push({ name, ...module });
  }
  if (modules.length === 0) throw new Error(only ? `no bench module "${only}"` : 'no bench modules');
  return modules;
}

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')[0]
      .trim();
  } catch {
    // The modules that need Chromium say so themselves.
  }
  const cpu = cpus();
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
  };
}

function verdict(ok) {
  if (ok === null) return '—';
  return ok ? 'within' : 'OVER';
}

function printTable(result) {
  const headers = ['what', 'measured', 'budget', 'result'];
  const cells = result.rows.map((row) => [row.what, row.measured, row.budget, verdict(row.ok)]);
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    `\nMeeting Privacy Lens ${result.version}, ${result.date}${result.quick ? ' — QUICK RUN, not for the record' : ''}`,
  );
  const m = result.machine;
  console.log(`Machine: ${m.cpu}, ${m.memory} RAM, ${m.platform}; Node ${m.node}; ${m.chromium}\n`);
  console.log(line(headers));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of cells) console.log(line(row));
  const notes = result.rows.filter((row) => row.note);
  if (notes.length > 0) {
    console.log('\nNotes:');
    for (const row of notes) console.log(`- ${row.what}: ${row.note}`);
  }
  const over = result.rows.filter((row) => row.ok === false);
  console.log(
    over.length === 0
      ? '\nEvery budget is met.'
      : `\n${over.length} budget(s) missed: ${over.map((row) => row.what).join('; ')} (see the notes).`,
  );
  console.log(`Bench took ${result.seconds} s.`);
}

async function main() {
  const started = Date.now();
  const rows = [];
  for (const module of await benchModules()) {
    if (!asJson) process.stderr.write(`measuring ${module.title ?? module.name} …\n`);
    try {
      rows.push(...(await module.measure({ quick })));
    } catch (error) {
      rows.push({
        what: module.title ?? module.name,
        measured: 'failed',
        budget: '—',
        ok: false,
        note: `the measurement failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      });
    }
  }
  const result = {
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    date: new Date().toISOString(),
    quick,
    machine: machine(),
    seconds: Math.round((Date.now() - started) / 1000),
    rows,
  };
  if (asJson) console.log(JSON.stringify(result, null, 2));
  else printTable(result);
  process.exitCode = rows.some((row) => row.measured === 'failed') ? 1 : 0;
}

await main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 2;
});
