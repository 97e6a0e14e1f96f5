/**
 * The in-page live-alert banner: a small box in a closed shadow root, so the page can neither read nor
 * restyle it and our own text never becomes evidence. It closes by its button, Escape, or after a while.
 */
import type { ContentRuntime } from './runtime';

const VISIBLE_MS = 20_000;
const STYLE = `
:host { all: initial; }
.box { position: fixed; top: 12px; right: 12px; z-index: 2147483647; max-width: 340px; padding: 10px 12px;
  font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff8e1; border: 2px solid #b26a00;
  border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 25%); display: flex; gap: 8px; align-items: start; }
p { margin: 0 0 4px; }
button { font: inherit; cursor: pointer; background: #fff; border: 1px solid #b26a00; border-radius: 4px; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
`;

let current: HTMLElement | null = null;

export function showBanner(texts: string[], closeLabel: string): void {
  current?.remove();
  const host = document.createElement('meeting-privacy-lens-alert');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const body = document.createElement('div');
  for (const text of texts) {
    const line = document.createElement('p');
    line.textContent = text;
    body.append(line);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', closeLabel);
  const remove = () => {
    host.remove();
    if (current === host) current = null;
  };
  close.addEventListener('click', remove);
  box.addEventListener('keydown', (event) => event.key === 'Escape' && remove());
  box.append(body, close);
  root.append(style, box);
  document.documentElement.append(host);
  current = host;
  setTimeout(remove, VISIBLE_MS);
}

function isShowAlert(raw: unknown): raw is { texts: string[]; closeLabel: string } {
  const message = raw as { type?: unknown; texts?: unknown; closeLabel?: unknown } | null;
  return (
    message?.type === 'show-alert' &&
    Array.isArray(message.texts) &&
    message.texts.every((text) => typeof text === 'string') &&
    typeof message.closeLabel === 'string'
  );
}

/** Only the top frame shows the banner; the background addresses frame 0. */
export function listenForAlerts(runtime: ContentRuntime): void {
  runtime.onMessage.addListener((raw: unknown) => {
    if (!isShowAlert(raw)) return undefined;
    showBanner(raw.texts.slice(0, 5), raw.closeLabel);
    return undefined;
  });
}
