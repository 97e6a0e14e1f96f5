/**
 * Chrome's managed-storage schema (JSON Schema draft-03 with Chrome's limits: one `type` per schema,
 * no `additionalProperties` at the top level) generated from the valibot policy schema.
 *
 * It states types and structure only. Value checks (known ids, origins, lengths) stay with valibot on
 * purpose: Chrome drops a whole key when any part of it fails the schema, silently for the extension,
 * while our validation drops just the bad entry and tells the administrator why.
 */
import type * as v from 'valibot';
import { POLICY_KEYS, POLICY_SCHEMA } from './schema';

export interface Draft03 {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, Draft03>;
  additionalProperties?: Draft03;
  items?: Draft03;
}

type Node = v.GenericSchema & {
  pipe?: { type: string; title?: string; description?: string }[];
  item?: Node;
  value?: Node;
  entries?: Record<string, Node>;
  wrapped?: Node;
};

const SCALARS: Record<string, Draft03['type']> = {
  string: 'string',
  picklist: 'string',
  boolean: 'boolean',
  number: 'number',
};

function metadata(node: Node): Pick<Draft03, 'title' | 'description'> {
  const title = node.pipe?.find((action) => action.type === 'title')?.title;
  const description = node.pipe?.find((action) => action.type === 'description')?.description;
  return { ...(title && { title }), ...(description && { description }) };
}

export function toDraft03(schema: v.GenericSchema): Draft03 {
  const node = schema as Node;
  const meta = metadata(node);
  if (node.type === 'optional' && node.wrapped) return toDraft03(node.wrapped);
  if (node.type === 'array' && node.item) return { type: 'array', ...meta, items: toDraft03(node.item) };
  if (node.type === 'record' && node.value)
    return { type: 'object', ...meta, additionalProperties: toDraft03(node.value) };
  if ((node.type === 'strict_object' || node.type === 'object') && node.entries) {
    const properties = Object.fromEntries(
      Object.entries(node.entries).map(([name, entry]) => [name, toDraft03(entry)]),
    );
    return { type: 'object', ...meta, properties };
  }
  const scalar = SCALARS[node.type];
  if (!scalar) throw new Error(`no draft-03 type for valibot "${node.type}"`);
  return { type: scalar, ...meta };
}

/** The content of assets/managed_schema.json. */
export function managedSchema(): Draft03 {
  return {
    type: 'object',
    properties: Object.fromEntries(POLICY_KEYS.map((key) => [key, toDraft03(POLICY_SCHEMA[key])])),
  };
}
