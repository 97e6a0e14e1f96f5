import { parseIpv4, parseIpv6 } from './ip-country';

/** [first address, prefix length] of IPv4 space that is not routed on the public internet (RFC 6890). */
const NON_PUBLIC_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

function inV4Block(address: number, [first, prefix]: readonly [string, number]): boolean {
  const size = 2 ** (32 - prefix);
  const start = parseIpv4(first) ?? 0;
  return address >= start && address < start + size;
}

function isNonPublicV6(words: readonly number[]): boolean {
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = words;
  if (w0 === 0 && w1 === 0 && w2 === 0 && (w3 === 0 || w3 === 1)) return true; // :: and ::1
  const top16 = w0 >>> 16;
  if ((top16 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((top16 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  return w0 === 0x20010db8; // documentation 2001:db8::/32
}

/**
 * True for private, carrier-grade NAT, loopback, link-local and documentation addresses: a country
 * cannot be claimed for them, and page traffic seen at such an address went through a local proxy.
 */
export function isNonPublicAddress(ip: string): boolean {
  const v4 = parseIpv4(ip);
  if (v4 !== null) return NON_PUBLIC_V4.some((block) => inV4Block(v4, block));
  const v6 = parseIpv6(ip);
  if (v6 === null) return false;
  const [w0, w1, w2, w3 = 0] = v6;
  if (w0 === 0 && w1 === 0 && w2 === 0xffff) return NON_PUBLIC_V4.some((block) => inV4Block(w3, block));
  return isNonPublicV6(v6);
}

export function isIpAddress(text: string): boolean {
  return parseIpv4(text) !== null || parseIpv6(text) !== null;
}
