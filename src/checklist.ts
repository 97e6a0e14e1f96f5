/**
 * The points of the DSK guidance no page can show — answered once per provider or self-hosted instance by
 * the host or organisation, kept in storage.local under `checklistAnswers`, shown in the popup and the
 * exported report. Shape (documented for the options page, which edits the same data):
 *
 *   checklistAnswers: {
 *     [providerKey: string]: {            // "client:zoom" for an online service, "instance:https://host"
 *       updatedAt: string;                //   for a self-hosted instance (see providerKey below)
 *       answers: { [itemId]: { answer: 'yes' | 'no' | 'partly' | 'unknown'; note?: string } };
 *     };
 *   }
 */
import browser from 'webextension-polyfill';
import type { Ref, Report } from './report';
import { dsk, gdpr } from './rules/sources';

export const CHECKLIST_KEY = 'checklistAnswers';

export const CHECKLIST_ITEMS = [
  { id: 'legal-basis', refs: [dsk('3.4'), gdpr('6')] },
  { id: 'processor-contract', refs: [dsk('3.5.2'), gdpr('28')] },
  { id: 'own-purposes', refs: [dsk('3.4.6'), gdpr('28')] },
  { id: 'third-country', refs: [dsk('3.5.6'), gdpr('44')] },
  { id: 'dpia', refs: [dsk('3.5.5'), gdpr('35')] },
  { id: 'participant-information', refs: [dsk('3.5.1'), gdpr('13')] },
  { id: 'retention', refs: [dsk('4.5'), gdpr('5')] },
  { id: 'records-of-processing', refs: [dsk('3.5.3'), gdpr('30')] },
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number]['id'];

export const CHECKLIST_ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export interface ChecklistItemAnswer {
  answer: ChecklistAnswer;
  note?: string;
}

export interface ChecklistEntry {
  updatedAt: string;
  answers: Partial<Record<ChecklistItemId, ChecklistItemAnswer>>;
}

export type ChecklistAnswers = Record<string, ChecklistEntry>;

const MAX_NOTE = 1000;

/** Whose checklist a report belongs to: the online service by client, a self-hosted one by origin. */
export function providerKey(report: Pick<Report, 'client' | 'url'>): string | null {
  if (!report.client) return null;
  if (!report.client.selfHosted) return `client:${report.client.id}`;
  try {
    return `instance:${new URL(report.url).origin}`;
  } catch {
    return null;
  }
}

function isItemId(id: string): id is ChecklistItemId {
  return CHECKLIST_ITEMS.some((item) => item.id === id);
}

function parseItem(raw: unknown): ChecklistItemAnswer | null {
  const item = raw as { answer?: unknown; note?: unknown } | null;
  if (!CHECKLIST_ANSWERS.includes(item?.answer as ChecklistAnswer)) return null;
  const answer = item?.answer as ChecklistAnswer;
  return typeof item?.note === 'string' && item.note.trim()
    ? { answer, note: item.note.slice(0, MAX_NOTE) }
    : { answer };
}

function parseEntry(raw: unknown): ChecklistEntry | null {
  const entry = raw as { updatedAt?: unknown; answers?: unknown } | null;
  if (typeof entry?.updatedAt !== 'string' || typeof entry.answers !== 'object' || !entry.answers)
    return null;
  const answers: ChecklistEntry['answers'] = {};
  for (const [id, value] of Object.entries(entry.answers)) {
    const parsed = parseItem(value);
    if (isItemId(id) && parsed) answers[id] = parsed;
  }
  return { updatedAt: entry.updatedAt, answers };
}

/** Stored answers as far as they are well-formed; anything else is dropped, never trusted. */
export function parseChecklistAnswers(raw: unknown): ChecklistAnswers {
  if (typeof raw !== 'object' || raw === null) return {};
  const result: ChecklistAnswers = {};
  for (const [key, value] of Object.entries(raw)) {
    const entry = parseEntry(value);
    if (entry) result[key] = entry;
  }
  return result;
}

export async function readChecklist(key: string): Promise<ChecklistEntry | null> {
  const stored = await browser.storage.local.get(CHECKLIST_KEY);
  return parseChecklistAnswers(stored[CHECKLIST_KEY])[key] ?? null;
}

/** Sets one answer of one provider's checklist; the other providers' answers stay as they are. */
export async function saveChecklistAnswer(
  key: string,
  id: ChecklistItemId,
  answer: ChecklistItemAnswer,
  now: string,
): Promise<ChecklistEntry> {
  const stored = await browser.storage.local.get(CHECKLIST_KEY);
  const all = parseChecklistAnswers(stored[CHECKLIST_KEY]);
  const entry: ChecklistEntry = { updatedAt: now, answers: { ...all[key]?.answers, [id]: answer } };
  await browser.storage.local.set({ [CHECKLIST_KEY]: { ...all, [key]: entry } });
  return entry;
}

export function checklistRefs(id: ChecklistItemId): readonly Ref[] {
  return CHECKLIST_ITEMS.find((item) => item.id === id)?.refs ?? [];
}
