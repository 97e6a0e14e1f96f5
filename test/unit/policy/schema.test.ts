import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateManagedSchema } from '../../../scripts/managed-schema.mjs';
import { type Draft03, managedSchema } from '../../../src/policy/draft03';
import { parsePolicy } from '../../../src/policy/parse';
import { POLICY_KEYS } from '../../../src/policy/schema';

const asset: Draft03 = JSON.parse(
  readFileSync(new URL('../../../assets/managed_schema.json', import.meta.url), 'utf8'),
);

/** The type checks Chrome applies to managed values (draft-03 `type`, `properties`, `items`, …). */
function draft03Accepts(schema: Draft03, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
    case 'boolean':
      return typeof value === schema.type;
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return (
        Array.isArray(value) &&
        (!schema.items || value.every((item) => draft03Accepts(schema.items as Draft03, item)))
      );
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      return Object.entries(value).every(([name, item]) => {
        const entry = schema.properties?.[name] ?? schema.additionalProperties;
        // Chrome drops unknown properties rather than rejecting the value.
        return entry ? draft03Accepts(entry, item) : true;
      });
    }
  }
}

/** One valid value per key, and values of the wrong shape. */
const SAMPLES: Record<string, { valid: unknown; wrongShape: unknown[] }> = {
  approvedClients: { valid: ['zoom', 'jitsi-meet'], wrongShape: ['zoom', [1], { zoom: true }, true] },
  selfHostedInstances: {
    valid: ['https://meet.example.org'],
    wrongShape: ['https://meet.example.org', [null], 3],
  },
  allowedCountries: { valid: ['eu-eea', 'adequacy', 'CH'], wrongShape: ['CH', [['CH']], {}] },
  ruleOverrides: {
    valid: { 'recording-announced': 'low', 'passcode-in-url': 'off' },
    wrongShape: [['off'], { 'passcode-in-url': 1 }, 'off'],
  },
  alerts: { valid: { notifications: false, banner: true }, wrongShape: [true, { banner: 'yes' }, []] },
  organisationName: { valid: 'Example University', wrongShape: [42, ['x'], { name: 'x' }] },
  helpUrl: { valid: 'https://intranet.example.org/meetings', wrongShape: [false, ['https://x.example.org']] },
  defaultRole: { valid: 'host', wrongShape: [1, ['host']] },
  language: { valid: 'de', wrongShape: [null, { de: true }] },
  lockedSettings: { valid: ['alerts', 'defaultRole'], wrongShape: ['alerts', [1], { alerts: true }] },
};

describe('managed_schema.json', () => {
  it('is generated from the valibot schema (run `npm run schema` after changing src/policy/schema.ts)', async () => {
    expect(asset).toEqual(managedSchema());
    expect(`${JSON.stringify(asset, null, 2)}\n`).toBe(await generateManagedSchema());
  });

  it('follows Chrome rules: an object at the top, no additionalProperties there, one type per schema', () => {
    expect(asset.type).toBe('object');
    expect(asset).not.toHaveProperty('additionalProperties');
    const walk = (schema: Draft03) => {
      expect(typeof schema.type).toBe('string');
      for (const child of [
        ...Object.values(schema.properties ?? {}),
        ...(schema.items ? [schema.items] : []),
        ...(schema.additionalProperties ? [schema.additionalProperties] : []),
      ])
        walk(child);
    };
    walk(asset);
  });

  it('names exactly the keys the run-time validation knows, each with a title and description', () => {
    expect(Object.keys(asset.properties ?? {})).toEqual(POLICY_KEYS);
    expect(Object.keys(SAMPLES).sort()).toEqual([...POLICY_KEYS].sort());
    for (const key of POLICY_KEYS) {
      expect(asset.properties?.[key]?.title, key).toBeTruthy();
      expect(asset.properties?.[key]?.description, key).toBeTruthy();
    }
  });

  describe.each(POLICY_KEYS)('%s: schema and valibot agree', (key) => {
    const sample = SAMPLES[key];
    const schema = asset.properties?.[key] as Draft03;

    it('both accept a valid value', () => {
      expect(draft03Accepts(schema, sample?.valid)).toBe(true);
      expect(parsePolicy({ [key]: sample?.valid })).toEqual({ policy: { [key]: sample?.valid }, issues: [] });
    });

    it.each((sample?.wrongShape ?? []).map((value) => [value]))('both reject the shape of %j', (value) => {
      expect(draft03Accepts(schema, value)).toBe(false);
      const { issues } = parsePolicy({ [key]: value });
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((issue) => issue.path.startsWith(key))).toBe(true);
    });
  });
});
