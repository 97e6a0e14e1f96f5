/**
 * Validation of a managed policy key by key, and inside lists and maps entry by entry: a bad entry is
 * dropped with a reason, everything valid still applies, and nothing throws.
 */
import * as v from 'valibot';
import { type Lang, t } from '../i18n';
import { MAX_ITEMS, type ManagedPolicy, POLICY_KEYS, POLICY_SCHEMA, type PolicyKey } from './schema';

/** One ignored part of the policy: where (`approvedClients[2]`), why (an issue code) and what it held. */
export interface PolicyIssue {
  path: string;
  code: string;
  value?: string;
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  issues: PolicyIssue[];
}

const PREVIEW = 60;

/** A short, printable glimpse of a rejected value (it may be huge or deeply nested). */
export function preview(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  return shown.length > PREVIEW ? `${shown.slice(0, PREVIEW - 1)}…` : shown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function codeOf(result: v.SafeParseResult<v.GenericSchema>): string {
  return result.issues?.[0]?.message ?? 'type';
}

type Sink = (issue: PolicyIssue) => void;

function check(
  schema: v.GenericSchema,
  raw: unknown,
  path: string,
  report: Sink,
): { ok: boolean; value?: unknown } {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, value: result.output };
  report({ path, code: codeOf(result), value: preview(raw) });
  return { ok: false };
}

/** valibot takes an array for an object; JSON policies must not. */
function wrongType(raw: unknown, path: string, report: Sink): { ok: false } {
  report({ path, code: 'type', value: preview(raw) });
  return { ok: false };
}

function parseList(schema: v.ArraySchema<v.GenericSchema, string>, raw: unknown, key: string, report: Sink) {
  if (!Array.isArray(raw)) return check(schema, raw, key, report);
  const kept: unknown[] = [];
  raw.forEach((item, index) => {
    if (index >= MAX_ITEMS) {
      if (index === MAX_ITEMS) report({ path: `${key}[${MAX_ITEMS}…]`, code: 'too-many' });
      return;
    }
    const parsed = check(schema.item, item, `${key}[${index}]`, report);
    if (parsed.ok && !kept.includes(parsed.value)) kept.push(parsed.value);
  });
  return { ok: true, value: kept };
}

function parseMap(
  schema: v.RecordSchema<v.GenericSchema<string>, v.GenericSchema, string>,
  raw: unknown,
  key: string,
  report: Sink,
) {
  if (!isPlainObject(raw)) return wrongType(raw, key, report);
  const kept: Record<string, unknown> = {};
  Object.entries(raw).forEach(([name, value], index) => {
    if (index >= MAX_ITEMS) {
      if (index === MAX_ITEMS) report({ path: `${key}.…`, code: 'too-many' });
      return;
    }
    const path = `${key}.${preview(name).slice(1, -1) || '""'}`;
    const checkedName = v.safeParse(schema.key, name);
    if (!checkedName.success) {
      report({ path, code: codeOf(checkedName) });
      return;
    }
    const parsed = check(schema.value, value, path, report);
    if (parsed.ok) kept[checkedName.output] = parsed.value;
  });
  return { ok: true, value: kept };
}

function parseObject(
  schema: v.StrictObjectSchema<v.ObjectEntries, string>,
  raw: unknown,
  key: string,
  report: Sink,
) {
  if (!isPlainObject(raw)) return wrongType(raw, key, report);
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const path = `${key}.${preview(name).slice(1, -1)}`;
    const entry = Object.hasOwn(schema.entries, name) ? schema.entries[name] : undefined;
    if (!entry) {
      report({ path, code: 'unknown-key' });
      continue;
    }
    const parsed = check(entry, value, path, report);
    if (parsed.ok && parsed.value !== undefined) kept[name] = parsed.value;
  }
  return { ok: true, value: kept };
}

function parseKey(key: PolicyKey, raw: unknown, report: Sink): { ok: boolean; value?: unknown } {
  // The pipes carry only titles and descriptions at this level; the base schema says the shape.
  const schema = POLICY_SCHEMA[key] as v.GenericSchema;
  switch (schema.type) {
    case 'array':
      return parseList(schema as v.ArraySchema<v.GenericSchema, string>, raw, key, report);
    case 'record':
      return parseMap(
        schema as v.RecordSchema<v.GenericSchema<string>, v.GenericSchema, string>,
        raw,
        key,
        report,
      );
    case 'strict_object':
      return parseObject(schema as v.StrictObjectSchema<v.ObjectEntries, string>, raw, key, report);
    default:
      return check(schema, raw, key, report);
  }
}

function isPolicyKey(key: string): key is PolicyKey {
  return (POLICY_KEYS as string[]).includes(key);
}

/** The valid part of whatever storage.managed holds, and every part that was ignored with its reason. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const issues: PolicyIssue[] = [];
  const report: Sink = (issue) => {
    if (issues.length < MAX_ITEMS) issues.push(issue);
  };
  if (raw === undefined || raw === null) return { policy: {}, issues };
  if (!isPlainObject(raw)) {
    report({ path: '(policy)', code: 'type', value: preview(raw) });
    return { policy: {}, issues };
  }
  const policy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isPolicyKey(key)) {
      report({ path: preview(key).slice(1, -1), code: 'unknown-key' });
      continue;
    }
    const parsed = parseKey(key, value, report);
    if (parsed.ok) policy[key] = parsed.value;
  }
  return { policy: policy as ManagedPolicy, issues };
}

/** A policy issue in words, e.g. `approvedClients[1] ("skype"): not a meeting service this extension knows`. */
export function describeIssue(lang: Lang, issue: PolicyIssue): string {
  const where = issue.value === undefined ? issue.path : `${issue.path} (${issue.value})`;
  return `${where}: ${t(lang, `policy_error_${issue.code.replace(/-/g, '_')}`)}`;
}
