import type { Plugin } from 'esbuild';

export function withoutNotes(source: string, fileName?: string): string;
export const stripProbeNotes: Plugin;
