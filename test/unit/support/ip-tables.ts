import { gunzipSync } from 'node:zlib';
import { compileIpTables } from '../../../scripts/build-ipdb.mjs';
import { decodeIpTables, installIpTables } from '../../../src/network/ip-country';

function plain(bytes: Uint8Array): ArrayBuffer {
  const unzipped = gunzipSync(bytes);
  return unzipped.buffer.slice(unzipped.byteOffset, unzipped.byteOffset + unzipped.byteLength);
}

/** Installs the tables the build ships, compiled from the pinned CSV (cached in .cache/ipdb). */
export function installShippedIpTables(): void {
  const compiled = compileIpTables();
  installIpTables(decodeIpTables(compiled.meta, plain(compiled.v4), plain(compiled.v6)));
}
