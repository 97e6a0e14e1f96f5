/** `https://host[:port]` only: an origin, no path, no wildcard, no plain http. */
export function toInstanceOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.hostname.includes('*')) return null;
    return url.origin;
  } catch {
    return null;
  }
}
