/**
 * Answers to the checklist of points no page can show (processor contract, legal basis, DPIA, …),
 * kept in storage.local under `checklist.answers`:
 *
 *   { [scope]: { [itemId]: { answer: 'yes' | 'no' | 'unsure', note?: string, answeredAt: ISO date } } }
 *
 * `scope` is the client id of a hosted service (`zoom`) or the origin of a self-hosted instance
 * (`https://meet.example.org`); `itemId` is the checklist item's kebab-case id. The checklist itself
 * writes answers with `setChecklistAnswer`; the options page lists, edits and resets them. Entries that
 * do not validate are left out when read and never crash a reader.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';

export const CHECKLIST_KEY = 'checklist.answers';
export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

const MAX_NOTE = 2000;
const MAX_ID = 200;

export const ChecklistEntrySchema = v.object({
  answer: v.picklist(ANSWERS),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  answeredAt: v.pipe(v.string(), v.maxLength(64)),
});
export type ChecklistEntry = v.InferOutput<typeof ChecklistEntrySchema>;
export type ChecklistAnswers = Record<string, Record<string, ChecklistEntry>>;

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The valid answers of any stored or imported value, and how many entries were left out. */
export function parseChecklist(raw: unknown): { answers: ChecklistAnswers; dropped: number } {
  const answers: ChecklistAnswers = {};
  let dropped = 0;
  if (raw === undefined) return { answers, dropped };
  if (!isPlainObject(raw)) return { answers, dropped: 1 };
  for (const [scope, items] of Object.entries(raw)) {
    if (!v.is(Id, scope) || !isPlainObject(items)) {
      dropped += 1;
      continue;
    }
    for (const [itemId, entry] of Object.entries(items)) {
      const parsed = v.safeParse(ChecklistEntrySchema, entry);
      if (!v.is(Id, itemId) || !parsed.success) {
        dropped += 1;
        continue;
      }
      answers[scope] = { ...answers[scope], [itemId]: parsed.output };
    }
  }
  return { answers, dropped };
}

export async function readChecklist(): Promise<ChecklistAnswers> {
  const stored = await browser.storage.local.get(CHECKLIST_KEY);
  return parseChecklist(stored[CHECKLIST_KEY]).answers;
}

function writeChecklist(answers: ChecklistAnswers): Promise<void> {
  return browser.storage.local.set({ [CHECKLIST_KEY]: answers });
}

/** Sets one answer, or removes it with `null`. */
export async function setChecklistAnswer(
  scope: string,
  itemId: string,
  entry: Omit<ChecklistEntry, 'answeredAt'> | null,
  now = new Date().toISOString(),
): Promise<void> {
  const answers = await readChecklist();
  const items = { ...answers[scope] };
  if (entry) items[itemId] = { ...entry, answeredAt: now };
  else delete items[itemId];
  if (Object.keys(items).length > 0) answers[scope] = items;
  else delete answers[scope];
  await writeChecklist(answers);
}

/** Forgets the answers of one scope, or all answers without one. */
export async function resetChecklist(scope?: string): Promise<void> {
  if (scope === undefined) {
    await browser.storage.local.remove(CHECKLIST_KEY);
    return;
  }
  const answers = await readChecklist();
  delete answers[scope];
  await writeChecklist(answers);
}
