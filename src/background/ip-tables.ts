import browser from 'webextension-polyfill';
import type { IpTableMeta } from '../network/ip-country';
import { decodeIpTables, installIpTables, ipTableMeta } from '../network/ip-country';

let loading: Promise<void> | null = null;

/** Reads one of the extension's own packaged files: no network request leaves the browser. */
async function packaged(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

async function unzipped(path: string): Promise<ArrayBuffer> {
  const body = (await packaged(path)).body;
  if (body === null) throw new Error(`${path}: empty`);
  return new Response(body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

async function load(): Promise<void> {
  const meta = (await (await packaged('ipdb/ipdb.json')).json()) as IpTableMeta;
  const [v4, v6] = await Promise.all([unzipped('ipdb/ipv4.bin.gz'), unzipped('ipdb/ipv6.bin.gz')]);
  installIpTables(decodeIpTables(meta, v4, v6));
}

/**
 * Loads the IP → country tables once per worker lifetime. If that fails, countries stay unknown
 * (findings say "could not see") and the next report tries again.
 */
export function ensureIpTables(): Promise<void> {
  if (ipTableMeta() !== null) return Promise.resolve();
  loading ??= load().catch(() => {
    loading = null;
  });
  return loading;
}
