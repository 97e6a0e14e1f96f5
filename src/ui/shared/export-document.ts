import { providerKey, readChecklist } from '../../checklist';
import type { Audience, Report } from '../../report';
import { buildExport, type ExportDocument } from '../../report-export';

/** The export of a report for a role, with this provider's checklist answers as stored now. */
export async function exportDocument(report: Report, role: Audience): Promise<ExportDocument> {
  const provider = providerKey(report);
  const checklist = provider ? await readChecklist(provider) : null;
  return buildExport(report, role, new Date().toISOString(), provider, checklist);
}

export function reportPageUrl(base: string, tabId: number, lang: string, role: Audience): string {
  return `${base}ui/report/report.html?${new URLSearchParams({ tabId: String(tabId), lang, role })}`;
}
