/**
 * Export and import of the user's settings and checklist answers as one JSON file, e.g. to move them
 * to another browser. Import validates everything; invalid parts and settings the organisation locked
 * are skipped and named, the rest is applied.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { CHECKLIST_KEY, type ChecklistAnswers, parseChecklist, readChecklist } from './checklist';
import { LOCKABLE_SETTINGS, type LockableSetting, type ManagedPolicy } from './schema';
import { readUserSettings, SETTING_KEYS, type UserSettings, userSettingSchemas } from './settings';

export const EXPORT_FORMAT = 'meeting-privacy-lens/settings';
export const EXPORT_VERSION = 1;

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: UserSettings;
  checklist: ChecklistAnswers;
}

export async function exportSettings(now = new Date().toISOString()): Promise<SettingsFile> {
  const [settings, checklist] = await Promise.all([readUserSettings(), readChecklist()]);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, settings, checklist };
}

export interface ImportPlan {
  /** storage.local items to write. */
  items: Record<string, unknown>;
  applied: LockableSetting[];
  locked: LockableSetting[];
  invalid: string[];
  checklistEntries: number;
}

/** What importing `raw` would change, given the policy in force; `null` when it is no settings file. */
export function planImport(raw: unknown, policy: ManagedPolicy): ImportPlan | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const file = raw as Partial<Record<keyof SettingsFile, unknown>>;
  if (file.format !== EXPORT_FORMAT || file.version !== EXPORT_VERSION) return null;
  const plan: ImportPlan = { items: {}, applied: [], locked: [], invalid: [], checklistEntries: 0 };
  const settings = typeof file.settings === 'object' && file.settings !== null ? file.settings : {};
  for (const [name, value] of Object.entries(settings)) {
    const setting = LOCKABLE_SETTINGS.find((candidate) => candidate === name);
    if (!setting) {
      plan.invalid.push(`settings.${name}`);
      continue;
    }
    const parsed = v.safeParse(userSettingSchemas[setting], value);
    if (!parsed.success) plan.invalid.push(`settings.${name}`);
    else if (policy.lockedSettings?.includes(setting) && policy[setting] !== undefined)
      plan.locked.push(setting);
    else {
      plan.items[SETTING_KEYS[setting]] = parsed.output;
      plan.applied.push(setting);
    }
  }
  const { answers, dropped } = parseChecklist(file.checklist);
  if (dropped > 0) plan.invalid.push(`checklist (${dropped})`);
  plan.checklistEntries = Object.values(answers).reduce((sum, items) => sum + Object.keys(items).length, 0);
  if (file.checklist !== undefined) plan.items[CHECKLIST_KEY] = answers;
  return plan;
}

export async function applyImport(plan: ImportPlan): Promise<void> {
  if (Object.keys(plan.items).length > 0) await browser.storage.local.set(plan.items);
}
