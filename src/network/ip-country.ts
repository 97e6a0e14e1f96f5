/**
 * IP → country from the range tables scripts/build-ipdb.mjs compiles out of
 * @ip-location-db/geo-whois-asn-country (data: NRO, CC BY 4.0). Binary search over typed arrays; the
 * tables are loaded once (`installIpTables`) and `countryOf` stays synchronous.
 */

export interface IpTableMeta {
  source: string;
  dataDate: string;
  licence: string;
  /** Index 0 is "no country" (a gap in the data). */
  countries: string[];
}

interface V4Table {
  starts: Uint32Array;
  countries: Uint8Array;
}

interface V6Table {
  hi: Uint32Array;
  lo: Uint32Array;
  countries: Uint8Array;
  detail: [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  detailCountries: Uint8Array;
}

export interface IpTables {
  meta: IpTableMeta;
  v4: V4Table;
  v6: V6Table;
}

const DETAIL = 255;
let tables: IpTables | null = null;

/** Reads the table files (already decompressed). The files are written little-endian, as typed arrays are here. */
export function decodeIpTables(meta: IpTableMeta, v4Bytes: ArrayBuffer, v6Bytes: ArrayBuffer): IpTables {
  const v4Count = new Uint32Array(v4Bytes, 0, 1)[0] ?? 0;
  const v4: V4Table = {
    starts: new Uint32Array(v4Bytes, 4, v4Count),
    countries: new Uint8Array(v4Bytes, 4 + 4 * v4Count, v4Count),
  };
  const [mainCount = 0, detailCount = 0] = new Uint32Array(v6Bytes, 0, 2);
  let offset = 8;
  const words = (count: number): Uint32Array => {
    const array = new Uint32Array(v6Bytes, offset, count);
    offset += 4 * count;
    return array;
  };
  const bytes = (count: number): Uint8Array => {
    const array = new Uint8Array(v6Bytes, offset, count);
    offset += count + ((4 - (count % 4)) % 4);
    return array;
  };
  const hi = words(mainCount);
  const lo = words(mainCount);
  const countries = bytes(mainCount);
  const detail: V6Table['detail'] = [
    words(detailCount),
    words(detailCount),
    words(detailCount),
    words(detailCount),
  ];
  const detailCountries = bytes(detailCount);
  return { meta, v4, v6: { hi, lo, countries, detail, detailCountries } };
}

export function installIpTables(loaded: IpTables | null): void {
  tables = loaded;
}

export function ipTableMeta(): IpTableMeta | null {
  return tables?.meta ?? null;
}

/** Index of the last entry whose key is ≤ the address, by a caller-supplied comparison. */
function lastAtOrBelow(length: number, isAbove: (index: number) => boolean): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (isAbove(mid)) high = mid - 1;
    else low = mid;
  }
  return low;
}

function compareWords(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function lookupV4(table: V4Table, address: number): number {
  const { starts } = table;
  const index = lastAtOrBelow(starts.length, (i) => (starts[i] ?? 0) > address);
  return table.countries[index] ?? 0;
}

function lookupV6(table: V6Table, address: readonly number[]): number {
  const { hi, lo } = table;
  const top = [address[0] ?? 0, address[1] ?? 0];
  const index = lastAtOrBelow(hi.length, (i) => compareWords([hi[i] ?? 0, lo[i] ?? 0], top) > 0);
  const country = table.countries[index] ?? 0;
  if (country !== DETAIL) return country;
  const [w0, w1, w2, w3] = table.detail;
  const at = (i: number) => [w0[i] ?? 0, w1[i] ?? 0, w2[i] ?? 0, w3[i] ?? 0];
  return table.detailCountries[lastAtOrBelow(w0.length, (i) => compareWords(at(i), address) > 0)] ?? 0;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Dotted quad → unsigned 32-bit number, or null. */
export function parseIpv4(text: string): number | null {
  const parts = IPV4.exec(text);
  if (parts === null) return null;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(parts[i]);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

function groupsOf(part: string): number[] | null {
  if (part === '') return [];
  const groups: number[] = [];
  const pieces = part.split(':');
  for (const [i, piece] of pieces.entries()) {
    const embedded = i === pieces.length - 1 ? parseIpv4(piece) : null;
    if (embedded !== null) groups.push(embedded >>> 16, embedded & 0xffff);
    else if (/^[0-9a-f]{1,4}$/i.test(piece)) groups.push(Number.parseInt(piece, 16));
    else return null;
  }
  return groups;
}

/** IPv6 text (with `::`, zone or embedded IPv4) → four 32-bit words, or null. */
export function parseIpv6(text: string): number[] | null {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return [0, 2, 4, 6].map((i) => (((groups[i] ?? 0) << 16) | (groups[i + 1] ?? 0)) >>> 0);
}

/** `::ffff:a.b.c.d` carries an IPv4 address. */
function mappedIpv4(words: readonly number[]): number | null {
  return words[0] === 0 && words[1] === 0 && words[2] === 0xffff ? (words[3] ?? 0) : null;
}

/** ISO country code for an address, or null when it is unknown, malformed or the tables are not loaded. */
export function countryOf(ip: string): string | null {
  if (tables === null) return null;
  const v4 = parseIpv4(ip);
  let index: number;
  if (v4 !== null) index = lookupV4(tables.v4, v4);
  else {
    const v6 = parseIpv6(ip);
    if (v6 === null) return null;
    const mapped = mappedIpv4(v6);
    index = mapped !== null ? lookupV4(tables.v4, mapped) : lookupV6(tables.v6, v6);
  }
  return index === 0 ? null : (tables.meta.countries[index] ?? null);
}
