import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageDir } from '../../../scripts/build-ipdb.mjs';
import {
  countryOf,
  installIpTables,
  ipTableMeta,
  parseIpv4,
  parseIpv6,
} from '../../../src/network/ip-country';
import { installShippedIpTables } from '../support/ip-tables';

interface SourceRow {
  text: string;
  start: bigint;
  end: bigint;
  country: string;
}

/** The source CSV pairs: textual addresses from one file, numbers from its `-num` twin, row by row. */
function sourceRows(family: 'ipv4' | 'ipv6'): SourceRow[] {
  const base = join(packageDir(), `geo-whois-asn-country-${family}`);
  const texts = readFileSync(`${base}.csv`, 'utf8').trim().split('\n');
  const numbers = readFileSync(`${base}-num.csv`, 'utf8').trim().split('\n');
  return numbers.map((line, i) => {
    const [start = '', end = '', country = ''] = line.split(',');
    return { text: texts[i]?.split(',')[0] ?? '', start: BigInt(start), end: BigInt(end), country };
  });
}

/** The source's answer: the narrowest row that contains the address (rows nest), or null in a gap. */
function sourceAnswer(rows: SourceRow[], address: bigint): string | null {
  let best: SourceRow | null = null;
  for (const row of rows) {
    if (row.start > address) break;
    if (row.end >= address && (best === null || row.end - row.start < best.end - best.start)) best = row;
  }
  return best?.country ?? null;
}

function v4Text(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join('.');
}

function v6Text(value: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((value >> shift) & 0xffffn).toString(16));
  return groups.join(':');
}

let v4Rows: SourceRow[];
let v6Rows: SourceRow[];

beforeAll(() => {
  installShippedIpTables();
  v4Rows = sourceRows('ipv4');
  v6Rows = sourceRows('ipv6');
}, 60_000);

describe('countryOf agrees with the source CSV', () => {
  it('for 40 named addresses: first rows, nested rows, gaps, sub-/64 IPv6 ranges, well-known resolvers', () => {
    const v4Samples = [
      '1.0.0.0', // first row
      '2.58.196.10', // outer row of a nested pair (DE)
      '2.58.197.15', // the inner single address (BE)
      '2.58.197.16', // back in the outer row
      '3.2.35.44', // nested TR inside DE
      '3.2.35.60', // nested DE
      '3.2.41.170', // nested VN inside SG
      '8.8.8.8',
      '1.1.1.1',
      '9.9.9.9',
      '52.28.0.1', // AWS eu-central-1 (geofeed)
      '13.107.6.152', // Microsoft
      '170.114.0.1', // Zoom
      '194.25.0.60', // Deutsche Telekom
      '81.169.145.1',
      '0.0.0.1', // reserved, no row
      '10.1.2.3', // private, no row
      '100.64.0.1', // CGNAT, no row
      '127.0.0.1',
      '255.255.255.255',
    ];
    const v6Samples = [
      '2001:2::1',
      '2001:200::',
      '2001:418:1439::29f', // end of a sub-/64 row (US)
      '2001:418:1439::2a0', // single-address row inside the /64 (CA)
      '2001:418:1439::2a1',
      '2001:506:9::4', // BR between US rows in one /64
      '2001:506:9::2e', // RO
      '2001:506:9::45',
      '2001:420:4000::1', // three rows nested at the same start (JP ⊃ NL ⊃ GB)
      '2001:420:4480::1',
      '2001:4860:4860::8888', // Google DNS
      '2606:4700:4700::1111', // Cloudflare DNS
      '2a00:1450:4001:800::200e', // Google Europe
      '2a01:111:f400::1', // Microsoft
      '2620:123:2000::1',
      '2a03:2880:f003:c07:face:b00c::2',
      'fe80::1', // link-local, no row
      'fd00::1', // unique local, no row
      '::1',
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    ];
    const compare = (ip: string, address: bigint, rows: SourceRow[]) => [
      ip,
      countryOf(ip),
      sourceAnswer(rows, address),
    ];
    const v4 = v4Samples.map((ip) => compare(ip, BigInt(parseIpv4(ip) ?? -1), v4Rows));
    const v6 = v6Samples.map((ip) => {
      const words = parseIpv6(ip) ?? [];
      const value = words.reduce((sum, word) => (sum << 32n) | BigInt(word), 0n);
      return compare(ip, value, v6Rows);
    });
    for (const [ip, ours, source] of [...v4, ...v6]) expect(ours, String(ip)).toBe(source);
    const answered = [...v4, ...v6].filter(([, ours]) => ours !== null);
    expect(answered.length).toBeGreaterThanOrEqual(30);
  });

  it('at the first and last address of every row that no other row overlaps (about a million lookups)', {
    timeout: 60_000,
  }, () => {
    const mismatches: string[] = [];
    const check = (rows: SourceRow[], format: (value: bigint) => string) => {
      let reach = -1n;
      rows.forEach((row, i) => {
        const next = rows[i + 1];
        const alone = row.start > reach && (next === undefined || next.start > row.end);
        if (row.end > reach) reach = row.end;
        if (!alone) return;
        for (const edge of [row.start, row.end]) {
          const ip = format(edge);
          if (countryOf(ip) !== row.country) mismatches.push(`${ip}: ${countryOf(ip)} ≠ ${row.country}`);
        }
      });
    };
    check(v4Rows, v4Text);
    check(v6Rows, v6Text);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('reads the source text form of every 5,000th row', () => {
    for (const rows of [v4Rows, v6Rows]) {
      for (let i = 0; i < rows.length; i += 5000) {
        const row = rows[i] as SourceRow;
        expect(countryOf(row.text), row.text).toBe(sourceAnswer(rows, row.start));
      }
    }
  });
});

describe('countryOf input handling', () => {
  it('reads IPv4-mapped IPv6, brackets and zone ids', () => {
    expect(countryOf('::ffff:8.8.8.8')).toBe(countryOf('8.8.8.8'));
    expect(countryOf('[2001:4860:4860::8888]')).toBe(countryOf('2001:4860:4860::8888'));
    expect(countryOf('fe80::1%eth0')).toBeNull();
  });

  it.each([
    '',
    'example.com',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '2001:db8::1::1',
    '2001:db8:1:2:3:4:5:6:7',
    'g::1',
    ':::',
  ])('gives null for %j', (ip) => {
    expect(countryOf(ip)).toBeNull();
  });

  it('names the data, its date and licence', () => {
    expect(ipTableMeta()).toMatchObject({
      source: expect.stringMatching(/^@ip-location-db\/geo-whois-asn-country@2\.3\./),
      dataDate: '2026-06-17',
      licence: expect.stringContaining('CC BY 4.0'),
    });
  });

  it('answers null before the tables are installed', () => {
    const meta = ipTableMeta();
    installIpTables(null);
    expect(countryOf('8.8.8.8')).toBeNull();
    expect(meta).not.toBeNull();
  });
});
