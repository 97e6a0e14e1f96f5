import type { Phase } from '../evidence';
import type { CustomReader, FlagReader, Localised } from './types';

/** A secret in the meeting link: anyone who gets the link (forwarded mail, chat, logs) gets in. */
export function secretInUrl(params: string[]): CustomReader {
  return ({ url }) => {
    const found = params.filter((name) => (url.searchParams.get(name) ?? '').length > 0);
    if (found.length > 0) return { value: true, source: `URL parameter ${found.join(', ')}` };
    return { value: false, source: `no ${params.join('/')} parameter in the URL` };
  };
}

/** A short non-reversible id for meeting keys built from session tokens (FNV-1a, 32 bit). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A toggle whose label names the action it offers, as most clients do: "Turn off camera" shown means
 * the camera is on. Read on the pre-join screen (and lobby) by default.
 */
export function actionToggle(
  note: string,
  whenOn: Localised,
  whenOff: Localised,
  readIn: Phase[] = ['prejoin', 'lobby'],
): FlagReader {
  return { on: [{ note, labels: whenOn }], off: [{ note, labels: whenOff }], readIn };
}
