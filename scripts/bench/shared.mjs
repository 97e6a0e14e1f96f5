// Helpers of the bench modules (not a measurement itself: it exports no `measure`).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function jitsiTabId(extension) {
  return extension.worker.evaluate(
    async () => (await chrome.tabs.query({ url: 'https://meet.jit.si/*' }))[0]?.id,
  );
}

export const MUTATIONS_PER_SECOND = 200;
export const BUSY_NODES = 5000;

/**
 * A meeting page as busy as a large call: 5,000 nodes of participant tiles, ~200 mutations a second of
 * speaking indicators and timers, and a chat line a second.
 */
export function busyPage() {
  const tiles = Array.from(
    { length: BUSY_NODES / 5 },
    (_, i) =>
      `<div class="tile" data-i="${i}"><span class="displayname">Person ${i}</span><button aria-label="Mute ${i}"></button><i class="icon"></i><em>${i}</em></div>`,
  ).join('');
  return `<!doctype html><html><head><title>busy</title></head><body><div id="videospace"><div id="new-toolbox"></div>${tiles}</div><ul id="chat"></ul>
<script>
  let n = 0;
  const tiles = document.querySelectorAll('.tile em');
  const chat = document.getElementById('chat');
  setInterval(() => {
    const tile = tiles[n % tiles.length];
    tile.textContent = String(Date.now() % 1000);
    tile.parentElement.classList.toggle('speaking');
    if (n % ${MUTATIONS_PER_SECOND} === 0) {
      const line = document.createElement('li');
      line.textContent = 'Person ' + (n % 997) + ': message ' + n;
      chat.append(line);
      if (chat.children.length > 50) chat.firstElementChild.remove();
    }
    n++;
  }, ${1000 / MUTATIONS_PER_SECOND});
</script></body></html>`;
}
