/**
 * The exported report: the report object (design.md) plus what a filed document needs — when it was
 * exported, for which role, the checklist answers for this provider and the dates of our data sources.
 * Documented as JSON Schema in docs/report.schema.json. Pure: the UI passes in what it read.
 */
import {
  CHECKLIST_ITEMS,
  type ChecklistAnswer,
  type ChecklistEntry,
  type ChecklistItemId,
  lastAnswered,
} from './checklist';
import { dataDate as thirdPartiesDate } from './data/third-parties.json';
import type { Audience, Report } from './report';

/**
 * The date of each source a filed report rests on. (Issue 4's report lists its shipped network data in
 * `report.dataSources`; these are the guidance, the law and the third-party list.)
 */
export interface SourceDate {
  id: 'dsk-oh-2020' | 'gdpr' | 'third-parties';
  date: string;
}

export const SOURCE_DATES: readonly SourceDate[] = [
  { id: 'dsk-oh-2020', date: '2020-10-23' },
  { id: 'gdpr', date: '2016-04-27' },
  { id: 'third-parties', date: thirdPartiesDate },
];

export interface ExportedChecklist {
  provider: string;
  updatedAt: string | null;
  items: {
    id: ChecklistItemId;
    answer: ChecklistAnswer | 'unanswered';
    note?: string;
    answeredAt?: string;
  }[];
}

export interface ExportDocument extends Report {
  exportedAt: string;
  role: Audience;
  sourceDates: SourceDate[];
  checklist: ExportedChecklist | null;
}

/**
 * Scheme, host and path only: query and fragment can carry passcodes (`pwd=`), tokens (`jwt=`,
 * `sessionToken=`) or invitation secrets. The report URL is already stripped when it is collected;
 * this is the export's own guarantee.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split(/[?#]/, 1)[0] ?? '';
  }
}

function exportChecklist(provider: string | null, entry: ChecklistEntry | null): ExportedChecklist | null {
  if (!provider) return null;
  return {
    provider,
    updatedAt: entry ? lastAnswered(entry) : null,
    // Every point is listed: one nobody answered is exported as unanswered, not left out.
    items: CHECKLIST_ITEMS.map(({ id }) => {
      const given = entry?.[id];
      if (!given) return { id, answer: 'unanswered' as const };
      return { id, ...given };
    }),
  };
}

export function buildExport(
  report: Report,
  role: Audience,
  now: string,
  provider: string | null,
  checklist: ChecklistEntry | null,
): ExportDocument {
  return {
    ...report,
    url: redactUrl(report.url),
    exportedAt: now,
    role,
    sourceDates: [...SOURCE_DATES],
    checklist: exportChecklist(provider, checklist),
  };
}

/** The checklist's provider as a reader knows it: the service's name, or the instance's address. */
export function providerLabel(doc: Pick<ExportDocument, 'checklist' | 'client'>): string {
  const provider = doc.checklist?.provider ?? '';
  return provider.startsWith('https://') || provider.startsWith('http://')
    ? provider
    : (doc.client?.name ?? provider);
}
