/**
 * The points of the DSK guidance no page can show — answered once per provider or self-hosted instance by
 * the host or organisation, shown in the popup and the exported report. Stored the way issue 6's options
 * page reads, edits and exports them (storage.local, key `checklist.answers`):
 *
 *   { [scope]: { [itemId]: { answer: 'yes' | 'no' | 'unsure', note?: string, answeredAt: ISO date } } }
 *
 * `scope` is the client id of a hosted service (`zoom`) or the origin of a self-hosted instance
 * (`https://meet.example.org`); item ids are those of CHECKLIST_ITEMS. No entry means not answered.
 * Entries of other items or scopes are kept as they are when one answer is saved.
 */
import browser from 'webextension-polyfill';
import type { Ref, Report } from './report';
import { dsk, gdpr } from './rules/sources';

export const CHECKLIST_KEY = 'checklist.answers';

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

export const CHECKLIST_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export interface ChecklistItemAnswer {
  answer: ChecklistAnswer;
  note?: string;
  answeredAt: string;
}

/** One scope's answers by item id. */
export type ChecklistEntry = Partial<Record<ChecklistItemId, ChecklistItemAnswer>>;
type StoredAnswers = Record<string, Record<string, ChecklistItemAnswer>>;

const MAX_NOTE = 2000;

/** Whose checklist a report belongs to: an online service by client id, a self-hosted one by origin. */
export function providerKey(report: Pick<Report, 'client' | 'url'>): string | null {
  if (!report.client) return null;
  if (!report.client.selfHosted) return report.client.id;
  try {
    return new URL(report.url).origin;
  } catch {
    return null;
  }
}

export function checklistRefs(id: ChecklistItemId): readonly Ref[] {
  return CHECKLIST_ITEMS.find((item) => item.id === id)?.refs ?? [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseItem(raw: unknown): ChecklistItemAnswer | null {
  if (!isRecord(raw)) return null;
  const { answer, note, answeredAt } = raw;
  if (!CHECKLIST_ANSWERS.includes(answer as ChecklistAnswer) || typeof answeredAt !== 'string') return null;
  const item: ChecklistItemAnswer = { answer: answer as ChecklistAnswer, answeredAt };
  if (typeof note === 'string' && note.trim()) item.note = note.slice(0, MAX_NOTE);
  return item;
}

/** Stored answers as far as they are well-formed; anything else is dropped, never trusted. */
export function parseChecklistAnswers(raw: unknown): StoredAnswers {
  const result: StoredAnswers = {};
  if (!isRecord(raw)) return result;
  for (const [scope, items] of Object.entries(raw)) {
    if (!isRecord(items)) continue;
    for (const [id, value] of Object.entries(items)) {
      const item = parseItem(value);
      if (item) result[scope] = { ...result[scope], [id]: item };
    }
  }
  return result;
}

function knownItems(items: Record<string, ChecklistItemAnswer> | undefined): ChecklistEntry {
  const entry: ChecklistEntry = {};
  for (const { id } of CHECKLIST_ITEMS) if (items?.[id]) entry[id] = items[id];
  return entry;
}

export async function readChecklist(scope: string): Promise<ChecklistEntry> {
  const stored = await browser.storage.local.get(CHECKLIST_KEY);
  return knownItems(parseChecklistAnswers(stored[CHECKLIST_KEY])[scope]);
}

/** Sets one answer of one scope, or removes it with `null`; everything else stays as stored. */
export async function saveChecklistAnswer(
  scope: string,
  id: ChecklistItemId,
  answer: { answer: ChecklistAnswer; note?: string } | null,
  now: string,
): Promise<ChecklistEntry> {
  const stored = await browser.storage.local.get(CHECKLIST_KEY);
  const all = parseChecklistAnswers(stored[CHECKLIST_KEY]);
  const items = { ...all[scope] };
  if (answer) items[id] = { ...answer, answeredAt: now };
  else delete items[id];
  if (Object.keys(items).length > 0) all[scope] = items;
  else delete all[scope];
  await browser.storage.local.set({ [CHECKLIST_KEY]: all });
  return knownItems(items);
}

/** The latest answer time of a scope's answers, or null when nothing is answered. */
export function lastAnswered(entry: ChecklistEntry): string | null {
  const times = Object.values(entry).map((item) => item?.answeredAt ?? '');
  return times.sort().at(-1) || null;
}
