/**
 * The extension runtime as the content script needs it: send a message, hear one. Not through
 * webextension-polyfill, which alone is a sixth of the content script's 60 KB budget: Firefox's
 * `browser` and Chrome's MV3 `chrome` both return a promise from `sendMessage`.
 */
export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown) => undefined): void };
}

const scope = globalThis as unknown as {
  browser?: { runtime: ContentRuntime };
  chrome: { runtime: ContentRuntime };
};

export const runtime: ContentRuntime = (scope.browser ?? scope.chrome).runtime;
