// Bundle sizes of the built Chrome extension against the budgets of design.md.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../browser.mjs';

const KB = 1024;

function dirSize(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? dirSize(path) : statSync(path).size);
  }, 0);
}

export const title = 'bundle sizes';

export async function measure() {
  const dist = join(root, 'dist/chrome');
  const size = (file) => statSync(join(dist, file)).size;
  const content = size('content.js');
  const total = dirSize(dist);
  const info = ['background.js', 'page-world.js', 'ui/popup/popup.js', 'ui/options/options.js'].map(
    (file) => ({
      what: `bundle ${file} (minified)`,
      measured: `${(size(file) / KB).toFixed(1)} KB`,
      budget: '—',
      ok: null,
      note: '',
    }),
  );
  return [
    {
      what: 'content script bundle, all clients (minified)',
      measured: `${(content / KB).toFixed(1)} KB`,
      budget: '≤ 60 KB',
      ok: content <= 60 * KB,
      note:
        content <= 60 * KB
          ? ''
          : 'over budget: move code the content script does not need into the background',
    },
    {
      what: 'extension size (unpacked, dist/chrome)',
      measured: `${(total / KB / KB).toFixed(2)} MB`,
      budget: '≤ 5 MB',
      ok: total <= 5 * KB * KB,
      note: '',
    },
    ...info,
  ];
}
