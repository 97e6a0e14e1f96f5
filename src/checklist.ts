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
import {
  ANSWERS,
  readChecklist as readAllAnswers,
  type ChecklistEntry as StoredEntry,
  setChecklistAnswer,
} from './policy/checklist';
import type { Ref, Report } from './report';
import { dsk, gdpr } from './rules/sources';

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

export const CHECKLIST_ANSWERS = ANSWERS;
export type ChecklistAnswer = (typeof ANSWERS)[number];

export type ChecklistItemAnswer = StoredEntry;

/** One scope's answers by item id. */
export type ChecklistEntry = Partial<Record<ChecklistItemId, ChecklistItemAnswer>>;

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

function knownItems(items: Record<string, ChecklistItemAnswer> | undefined): ChecklistEntry {
  const entry: ChecklistEntry = {};
  for (const { id } of CHECKLIST_ITEMS) if (items?.[id]) entry[id] = items[id];
  return entry;
}

export async function readChecklist(scope: string): Promise<ChecklistEntry> {
  return knownItems((await readAllAnswers())[scope]);
}

/** Sets one answer of one scope, or removes it with `null`; everything else stays as stored. */
export async function saveChecklistAnswer(
  scope: string,
  id: ChecklistItemId,
  answer: { answer: ChecklistAnswer; note?: string } | null,
  now: string,
): Promise<ChecklistEntry> {
  await setChecklistAnswer(scope, id, answer, now);
  return readChecklist(scope);
}

/** The latest answer time of a scope's answers, or null when nothing is answered. */
export function lastAnswered(entry: ChecklistEntry): string | null {
  const times = Object.values(entry).map((item) => item?.answeredAt ?? '');
  return times.sort().at(-1) || null;
}
