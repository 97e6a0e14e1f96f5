// Compiles @ip-location-db/geo-whois-asn-country (CSV, data CC BY 4.0 NRO) into the compact range tables
// that src/network/ip-country.ts reads: one gzip file per address family plus ipdb.json (countries, date,
// licence). Overlapping rows in the source are nested (a geofeed entry inside a WHOIS block): the
// narrowest row wins, and a test checks lookups against the CSV answer computed the same way.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = '@ip-location-db/geo-whois-asn-country';
const GAP = 0;
/** Country index meaning "this /64 mixes countries; look in the detail table". */
export const DETAIL = 255;
const LOW64 = (1n << 64n) - 1n;

export function packageDir() {
  const require = createRequire(join(root, 'package.json'));
  return dirname(require.resolve(`${PACKAGE}/package.json`));
}

/** `2.3.2026061719` → `2026-06-17`: the package version carries the data's date. */
export function dataDateOf(version) {
  const stamp = /\.(\d{4})(\d{2})(\d{2})\d*$/.exec(version);
  if (stamp === null) throw new Error(`${PACKAGE}@${version}: no data date in the version`);
  return `${stamp[1]}-${stamp[2]}-${stamp[3]}`;
}

/** Rows of a `-num.csv` file: [start, end, country] with BigInt bounds. */
export function readRows(file) {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [start, end, country] = line.split(',');
      return { start: BigInt(start), end: BigInt(end), country };
    });
}

/**
 * Turns possibly nested ranges into change points [{start, country}] covering the address space from 0;
 * `country` null marks a gap. Rows sorted by start, wider first, so an inner row is pushed after its outer.
 */
export function flatten(rows) {
  const sorted = [...rows].sort((a, b) =>
    a.start === b.start ? (a.end > b.end ? -1 : a.end < b.end ? 1 : 0) : a.start < b.start ? -1 : 1,
  );
  const points = [{ start: 0n, country: null }];
  const emit = (start, country) => {
    const last = points[points.length - 1];
    if (last.start === start) {
      last.country = country;
      const before = points[points.length - 2];
      if (before !== undefined && before.country === country) points.pop();
    } else if (last.country !== country) points.push({ start, country });
  };
  const active = [];
  const closeBefore = (limit) => {
    while (active.length > 0 && active[active.length - 1].end < limit) {
      const done = active.pop();
      while (active.length > 0 && active[active.length - 1].end <= done.end) active.pop();
      emit(done.end + 1n, active[active.length - 1]?.country ?? null);
    }
  };
  for (const row of sorted) {
    closeBefore(row.start);
    emit(row.start, row.country);
    active.push(row);
  }
  closeBefore(1n << 129n);
  return points;
}

function countryIndex(points4, points6) {
  const codes = new Set();
  for (const point of [...points4, ...points6]) if (point.country !== null) codes.add(point.country);
  const countries = ['', ...[...codes].sort()];
  if (countries.length >= DETAIL) throw new Error(`too many country codes: ${countries.length}`);
  const index = new Map(countries.map((code, i) => [code, i]));
  return { countries, indexOf: (country) => (country === null ? GAP : index.get(country)) };
}

function concat(parts) {
  const length = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += part.byteLength;
  }
  return out;
}

const padTo4 = (bytes) => new Uint8Array((4 - (bytes % 4)) % 4);

/** Layout: u32 count, u32 starts[count], u8 country[count]. */
function encodeV4(points, indexOf) {
  const starts = new Uint32Array(points.map((p) => Number(p.start)));
  const countries = new Uint8Array(points.map((p) => indexOf(p.country)));
  return concat([new Uint32Array([points.length]), starts, countries]);
}

function countryAt(points, address) {
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (points[mid].start <= address) low = mid;
    else high = mid - 1;
  }
  return points[low].country;
}

/**
 * IPv6 in two levels so the common case stays 64-bit: the main table is keyed by the upper 64 bits;
 * a /64 that holds a boundary inside it is marked DETAIL and resolved in a 128-bit detail table.
 */
function splitV6(points, indexOf) {
  const mixed = new Set(points.filter((p) => (p.start & LOW64) !== 0n).map((p) => p.start >> 64n));
  const main = new Map();
  for (const point of points) {
    const block = point.start >> 64n;
    if (!mixed.has(block)) main.set(block, indexOf(point.country));
  }
  for (const block of mixed) {
    main.set(block, DETAIL);
    const next = block + 1n;
    if (!main.has(next) && !mixed.has(next) && next <= LOW64) {
      main.set(next, indexOf(countryAt(points, next << 64n)));
    }
  }
  const mainKeys = [...main.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mainRows = [];
  for (const key of mainKeys) {
    const country = main.get(key);
    if (mainRows.length === 0 || mainRows[mainRows.length - 1].country !== country || country === DETAIL) {
      mainRows.push({ key, country });
    }
  }
  const inBlock = new Map([...mixed].map((block) => [block, []]));
  for (const point of points) inBlock.get(point.start >> 64n)?.push(point);
  const detail = [];
  for (const block of [...mixed].sort((a, b) => (a < b ? -1 : 1))) {
    const first = block << 64n;
    detail.push({ start: first, country: indexOf(countryAt(points, first)) });
    for (const point of inBlock.get(block) ?? []) {
      if (point.start !== first) detail.push({ start: point.start, country: indexOf(point.country) });
    }
  }
  return { mainRows, detail };
}

const word = (value, shift) => Number((value >> BigInt(shift)) & 0xffffffffn);

/** Layout: u32 mainCount, u32 detailCount, u32 hi[], u32 lo[], u8 country[], pad, u32 w0..w3[], u8 country[]. */
function encodeV6(points, indexOf) {
  const { mainRows, detail } = splitV6(points, indexOf);
  const mainCountries = new Uint8Array(mainRows.map((r) => r.country));
  return concat([
    new Uint32Array([mainRows.length, detail.length]),
    new Uint32Array(mainRows.map((r) => word(r.key, 32))),
    new Uint32Array(mainRows.map((r) => word(r.key, 0))),
    mainCountries,
    padTo4(mainCountries.byteLength),
    ...[96, 64, 32, 0].map((shift) => new Uint32Array(detail.map((d) => word(d.start, shift)))),
    new Uint8Array(detail.map((d) => d.country)),
  ]);
}

function sourceFingerprint(dir) {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(join(dir, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

/** Compiles (or reuses from .cache) the tables; returns {meta, v4, v6} with gzip bytes. */
export function compileIpTables() {
  const dir = packageDir();
  const cacheDir = join(root, '.cache', 'ipdb', sourceFingerprint(dir));
  const files = ['ipdb.json', 'ipv4.bin.gz', 'ipv6.bin.gz'].map((name) => join(cacheDir, name));
  if (files.every(existsSync)) {
    const [meta, v4, v6] = files.map((file) => readFileSync(file));
    return { meta: JSON.parse(meta.toString('utf8')), v4, v6 };
  }
  const base = join(dir, 'geo-whois-asn-country');
  const points4 = flatten(readRows(`${base}-ipv4-num.csv`));
  const points6 = flatten(readRows(`${base}-ipv6-num.csv`));
  const { countries, indexOf } = countryIndex(points4, points6);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const meta = {
    source: `${PACKAGE}@${version}`,
    dataDate: dataDateOf(version),
    licence: 'CC BY 4.0, Number Resource Organization (nro.net); compiled by sapics/ip-location-db (CC0)',
    countries,
  };
  const v4 = gzipSync(encodeV4(points4, indexOf), { level: 9 });
  const v6 = gzipSync(encodeV6(points6, indexOf), { level: 9 });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(files[0], `${JSON.stringify(meta)}\n`);
  writeFileSync(files[1], v4);
  writeFileSync(files[2], v6);
  return { meta, v4, v6 };
}

/** Writes the tables into an extension directory under ipdb/. */
export function writeIpTables(outDir, tables = compileIpTables()) {
  const dir = join(outDir, 'ipdb');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ipdb.json'), `${JSON.stringify(tables.meta)}\n`);
  writeFileSync(join(dir, 'ipv4.bin.gz'), tables.v4);
  writeFileSync(join(dir, 'ipv6.bin.gz'), tables.v6);
}
