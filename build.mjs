// Bundles every entry with esbuild and writes dist/chrome, dist/firefox and dist/enterprise from the one
// manifest.json. `node build.mjs --watch` rebuilds on change.
//
// dist/enterprise is dist/chrome plus a manifest `key`, so that an unpacked copy has a stable extension
// id (scripts/enterprise-key.mjs) that a managed policy can be addressed to. dist/chrome never has a
// key: its id follows from its path, and tests of the other parts rely on that.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { compileIpTables, writeIpTables } from './scripts/build-ipdb.mjs';
import { ENTERPRISE_KEY } from './scripts/enterprise-key.mjs';
import { stripProbeNotes } from './scripts/strip-notes.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const staging = join(dist, '.bundle');
const TARGETS = ['chrome', 'firefox', 'enterprise'];

const entries = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  'page-world': 'src/content/page-world.ts',
  'ui/popup/popup': 'src/ui/popup/main.tsx',
  'ui/options/options': 'src/ui/options/main.tsx',
  'ui/report/report': 'src/ui/report/main.tsx',
};

const buildOptions = {
  absWorkingDir: root,
  entryPoints: Object.entries(entries).map(([out, input]) => ({ in: input, out })),
  outdir: staging,
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  plugins: [stripProbeNotes],
};

/**
 * Chrome uses the service worker; Firefox uses event-page scripts and needs the gecko id; the
 * enterprise build is the Chrome one with the key that fixes its id.
 */
export function manifestFor(target, source) {
  const manifest = structuredClone(source);
  if (target === 'enterprise') return { ...manifestFor('chrome', source), key: ENTERPRISE_KEY };
  if (target === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
  }
  return manifest;
}

function copyUiStatics(outDir) {
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|css)$/.test(name)) {
        const to = join(outDir, 'ui', relative(join(root, 'src/ui'), path));
        mkdirSync(dirname(to), { recursive: true });
        cpSync(path, to);
      }
    }
  };
  walk(join(root, 'src/ui'));
}

let ipTables = null;

function assemble() {
  ipTables ??= compileIpTables();
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  for (const target of TARGETS) {
    const outDir = join(dist, target);
    rmSync(outDir, { recursive: true, force: true });
    cpSync(staging, outDir, { recursive: true });
    cpSync(join(root, 'assets'), outDir, { recursive: true });
    copyUiStatics(outDir);
    writeIpTables(outDir, ipTables);
    writeFileSync(
      join(outDir, 'manifest.json'),
      `${JSON.stringify(manifestFor(target, manifest), null, 2)}\n`,
    );
  }
}

async function buildOnce() {
  rmSync(staging, { recursive: true, force: true });
  await esbuild.build(buildOptions);
  assemble();
}

async function watchMode() {
  const ctx = await esbuild.context({
    ...buildOptions,
    plugins: [
      ...buildOptions.plugins,
      { name: 'assemble', setup: (b) => b.onEnd((r) => r.errors.length === 0 && assemble()) },
    ],
  });
  await ctx.watch();
  for (const dir of ['assets', 'src/ui']) {
    watch(join(root, dir), { recursive: true }, () => existsSync(staging) && assemble());
  }
  watch(join(root, 'manifest.json'), () => assemble());
  console.log('watching for changes; dist/chrome, dist/firefox and dist/enterprise are rebuilt on save');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--watch')) await watchMode();
  else {
    await buildOnce();
    console.log('built dist/chrome, dist/firefox and dist/enterprise');
  }
}
