// Writes assets/managed_schema.json from the valibot policy schema (src/policy/schema.ts).
// `npm run schema`; a unit test fails when the file and the schema differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { root } from './browser.mjs';

export async function generateManagedSchema() {
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    stdin: {
      contents: "export { managedSchema } from './src/policy/draft03.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    loader: { '.json': 'json' },
    logLevel: 'warning',
  });
  const code = outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return `${JSON.stringify(module.managedSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  writeFileSync(join(root, 'assets/managed_schema.json'), await generateManagedSchema());
  console.log('wrote assets/managed_schema.json');
}
