export const DETAIL: number;
export interface CompiledIpTables {
  meta: { source: string; dataDate: string; licence: string; countries: string[] };
  v4: Uint8Array;
  v6: Uint8Array;
}
export function packageDir(): string;
export function dataDateOf(version: string): string;
export function compileIpTables(): CompiledIpTables;
export function writeIpTables(outDir: string, tables?: CompiledIpTables): void;
