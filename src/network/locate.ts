/**
 * Where a tab's data goes: server countries of the hosts it talked to (webRequest `details.ip`), the
 * media routes its peer connections use (page-world getStats), and whether a proxy hides both.
 */
import type { MediaEndpointEvidence } from '../evidence';
import type { MediaBasis, ProxyReason, ReportMedia } from '../report';
import { isNonPublicAddress } from './address-space';
import { registrableDomain } from './classify';
import { countryOf, parseIpv4, parseIpv6 } from './ip-country';

interface HostIps {
  host: string;
  ips: string[];
}

/**
 * Behind an explicit or PAC proxy, or a filtering gateway, every request shows the proxy's address:
 * then no country can be claimed for page traffic. Media (WebRTC/UDP) usually bypasses such proxies.
 */
export function proxyReasonOf(hosts: readonly HostIps[]): ProxyReason | null {
  const seen = hosts.filter((h) => h.ips.length > 0);
  const ips = new Set(seen.flatMap((h) => h.ips));
  if (ips.size === 0) return null;
  if ([...ips].every(isNonPublicAddress)) return 'non-public-addresses';
  const sites = new Set(seen.map((h) => registrableDomain(h.host)));
  if (ips.size === 1 && seen.length >= 3 && sites.size >= 2) return 'single-address';
  return null;
}

/** Countries of a host's addresses, sorted; none under a suspected proxy or for non-public addresses. */
export function serverCountriesOf(ips: readonly string[], proxy: ProxyReason | null): string[] {
  if (proxy !== null) return [];
  const countries = ips.filter((ip) => !isNonPublicAddress(ip)).map(countryOf);
  return [...new Set(countries.filter((c): c is string => c !== null))].sort();
}

function basisOf(endpoint: MediaEndpointEvidence): {
  relay: boolean;
  p2p: boolean | null;
  basis: MediaBasis;
} {
  const relay = endpoint.localType === 'relay' || endpoint.remoteType === 'relay';
  if (relay) return { relay, p2p: false, basis: 'relay' };
  if (endpoint.remoteIceLite) return { relay, p2p: false, basis: 'ice-lite-server' };
  const reflexive = endpoint.remoteType === 'srflx' || endpoint.remoteType === 'prflx';
  if (reflexive || endpoint.address.endsWith('.local')) return { relay, p2p: true, basis: 'peer-candidate' };
  return { relay, p2p: null, basis: 'unclear' };
}

/** A participant's own address is not ours to copy into a report: keep its /24 (IPv4) or /48 (IPv6). */
export function maskAddress(ip: string): string {
  const v4 = parseIpv4(ip);
  if (v4 !== null) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  const v6 = parseIpv6(ip);
  if (v6 === null) return '';
  const [w0 = 0, w1 = 0] = v6;
  return `${(w0 >>> 16).toString(16)}:${(w0 & 0xffff).toString(16)}:${(w1 >>> 16).toString(16)}::/48`;
}

export function mediaRoutesOf(endpoints: readonly MediaEndpointEvidence[]): ReportMedia[] {
  const routes = new Map<string, ReportMedia>();
  for (const endpoint of endpoints) {
    const { relay, p2p, basis } = basisOf(endpoint);
    const publicIp = endpoint.address !== '' && !isNonPublicAddress(endpoint.address);
    const country = publicIp ? countryOf(endpoint.address) : null;
    const ip = p2p === true ? maskAddress(endpoint.address) : endpoint.address;
    const key = `${ip}|${basis}`;
    if (!routes.has(key)) routes.set(key, { ip, country, relay, p2p, basis });
  }
  return [...routes.values()];
}
