import { getDomain } from 'tldts';
import data from '../data/third-parties.json';
import type { Party } from '../report';

export const THIRD_PARTY_CATEGORIES = [
  'analytics',
  'session-replay',
  'error-reporting',
  'advertising',
  'tag-manager',
  'cdn',
  'consent',
  'support-chat',
  'user-guidance',
  'captcha',
  'ai-notetaker',
  'social',
  'media-hosting',
  'performance-monitoring',
  'fonts',
  'ab-testing',
] as const;

export type ThirdPartyCategory = (typeof THIRD_PARTY_CATEGORIES)[number];

export interface ThirdPartyEntry {
  /** Registrable domain or a more specific host suffix, lower-case. */
  domain: string;
  owner: string;
  /** ISO 3166-1 alpha-2 code of the owner's headquarters. */
  country: string;
  category: ThirdPartyCategory;
  source: string;
  /** What is uncertain about the entry. */
  note?: string;
}

export interface HostClassification {
  party: Party;
  owner: string | null;
  country: string | null;
  category: string | null;
}

interface RawEntry {
  domain: string;
  owner: string;
  country: string;
  category: string;
  source: string;
  note?: string;
}

const CATEGORY_SET: ReadonlySet<string> = new Set(THIRD_PARTY_CATEGORIES);

export function isThirdPartyCategory(value: string): value is ThirdPartyCategory {
  return CATEGORY_SET.has(value);
}

function toEntry(raw: RawEntry): ThirdPartyEntry | null {
  const { category } = raw;
  if (!isThirdPartyCategory(category)) return null;
  return { ...raw, category };
}

const entries: readonly ThirdPartyEntry[] = data.entries
  .map(toEntry)
  .filter((entry): entry is ThirdPartyEntry => entry !== null);

export const thirdPartyList: {
  dataDate: string;
  licence: string;
  entries: readonly ThirdPartyEntry[];
} = { dataDate: data.dataDate, licence: data.licence, entries };

const entriesBySuffix: ReadonlyMap<string, ThirdPartyEntry> = new Map(
  entries.map((entry) => [entry.domain, entry]),
);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function isIpLiteral(hostname: string): boolean {
  return IPV4.test(hostname) || hostname.includes(':');
}

/** Lower-cases and strips brackets, port and trailing dots; null when nothing usable is left. */
export function normalizeHost(host: string): string | null {
  let hostname = host.trim().toLowerCase();
  if (hostname.includes('/') || hostname.includes('@')) return null;
  if (hostname.startsWith('[')) {
    const end = hostname.indexOf(']');
    hostname = end === -1 ? '' : hostname.slice(1, end);
  } else if (hostname.indexOf(':') !== -1 && hostname.indexOf(':') === hostname.lastIndexOf(':')) {
    // One colon means host:port; more than one is a bare IPv6 literal.
    hostname = hostname.slice(0, hostname.indexOf(':'));
  }
  while (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  return hostname === '' ? null : hostname;
}

function domainOfNormalized(hostname: string): string | null {
  if (isIpLiteral(hostname)) return hostname;
  // Private suffixes (github.io, cloudfront.net, …) separate sites the way browsers do.
  return getDomain(hostname, { allowPrivateDomains: true, extractHostname: false });
}

export function registrableDomain(host: string): string | null {
  const hostname = normalizeHost(host);
  return hostname === null ? null : domainOfNormalized(hostname);
}

/**
 * Walks the host's dot-boundary suffixes, longest first: a.b.c → b.c → c.
 * O(labels in host), independent of the size of the lookup.
 */
function findBySuffix<T>(hostname: string, lookup: (suffix: string) => T | undefined): T | undefined {
  let suffix = hostname;
  for (;;) {
    const found = lookup(suffix);
    if (found !== undefined) return found;
    const dot = suffix.indexOf('.');
    if (dot === -1) return undefined;
    suffix = suffix.slice(dot + 1);
  }
}

function findEntry(hostname: string): ThirdPartyEntry | null {
  if (isIpLiteral(hostname)) return entriesBySuffix.get(hostname) ?? null;
  return findBySuffix(hostname, (suffix) => entriesBySuffix.get(suffix)) ?? null;
}

/** The list entry for a host (longest matching suffix), or null. */
export function findThirdParty(host: string): ThirdPartyEntry | null {
  const hostname = normalizeHost(host);
  return hostname === null ? null : findEntry(hostname);
}

// Callers pass the same client-definition array for every request of a tab.
const firstPartySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function firstPartySet(domains: readonly string[]): ReadonlySet<string> {
  let set = firstPartySets.get(domains);
  if (set === undefined) {
    set = new Set(domains.map(normalizeHost).filter((domain): domain is string => domain !== null));
    firstPartySets.set(domains, set);
  }
  return set;
}

let lastPageHost: string | null = null;
let lastPageDomain: string | null = null;

function pageDomainOf(pageHost: string | null): string | null {
  if (pageHost === null) return null;
  if (pageHost !== lastPageHost) {
    lastPageHost = pageHost;
    lastPageDomain = registrableDomain(pageHost);
  }
  return lastPageDomain;
}

/** The host equals one of the suffixes or lies below one at a dot boundary. */
export function matchesHostSuffix(host: string, suffixes: readonly string[]): boolean {
  const hostname = normalizeHost(host);
  if (hostname === null || suffixes.length === 0) return false;
  return findBySuffix(hostname, (suffix) => (suffixes.includes(suffix) ? true : undefined)) === true;
}

function isFirstParty(hostname: string, firstParty: ReadonlySet<string>, pageDomain: string | null): boolean {
  if (pageDomain !== null && domainOfNormalized(hostname) === pageDomain) return true;
  if (isIpLiteral(hostname)) return firstParty.has(hostname);
  return findBySuffix(hostname, (suffix) => (firstParty.has(suffix) ? true : undefined)) === true;
}

function describe(party: Party, entry: ThirdPartyEntry | null): HostClassification {
  return {
    party,
    owner: entry?.owner ?? null,
    country: entry?.country ?? null,
    category: entry?.category ?? null,
  };
}

export function classifyHost(
  host: string,
  firstPartyDomains: readonly string[],
  pageHost: string | null,
): HostClassification {
  const hostname = normalizeHost(host);
  if (hostname === null) return describe('unknown', null);
  const entry = findEntry(hostname);
  if (isFirstParty(hostname, firstPartySet(firstPartyDomains), pageDomainOf(pageHost))) {
    return describe('first', entry);
  }
  return describe(entry === null ? 'unknown' : 'third', entry);
}
