import type { Report } from '../src/report';

export interface AuditOptions {
  url: string;
  json: boolean;
  resolve: string[];
  insecure: boolean;
  wait: number;
  screenshot?: string;
  lang: 'en' | 'de';
  /** Use dist/enterprise (fixed id) so a managed policy for that id applies. */
  enterprise: boolean;
}
export function parseAuditArgs(argv: string[]): AuditOptions | { help: true };
export function formatTable(report: Report): string;
export function exitCodeFor(report: Report): 0 | 1;
export function audit(options: AuditOptions): Promise<Report>;
