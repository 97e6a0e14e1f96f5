import type { CustomReader } from './types';

/** A secret in the meeting link: anyone who gets the link (forwarded mail, chat, logs) gets in. */
export function secretInUrl(params: string[]): CustomReader {
  return ({ url }) => {
    const found = params.filter((name) => (url.searchParams.get(name) ?? '').length > 0);
    if (found.length > 0) return { value: true, source: `URL parameter ${found.join(', ')}` };
    return { value: false, source: `no ${params.join('/')} parameter in the URL` };
  };
}
