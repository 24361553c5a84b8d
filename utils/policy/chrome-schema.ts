import { z } from 'zod';
import { teamPolicySchema } from './team-policy';

/**
 * Chrome's `storage.managed_schema`, generated from the team policy's zod schema. Chrome reads a restricted JSON
 * Schema: every schema has exactly one `type` (or a `$ref`), the top level is an object without
 * `additionalProperties`, and only the keywords below exist (no `oneOf`/`anyOf`, no `null`, no lengths or item
 * counts, no `const`). A manifest whose schema Chrome cannot read does not load at all, so everything else is
 * lowered or left out here; what Chrome cannot check, checkTeamPolicy (the zod schema) still does, in the extension
 * and in `npm run policy -- check`.
 */

export const CHROME_SCHEMA_KEYWORDS = [
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'required',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  '$ref',
  'id',
] as const;
export const CHROME_SCHEMA_TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'] as const;

type JsonSchema = Record<string, unknown>;

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Regular expressions Chrome's engine (RE2) cannot run are left to the zod check. */
const re2Compatible = (pattern: string) => !/\(\?[=!<]|\\[1-9]/.test(pattern);

/** One JSON Schema node (z.toJSONSchema's 2020-12 output) in Chrome's dialect. */
export function lowerToChromeDialect(node: JsonSchema): JsonSchema {
  // `X or null` (an optional nullable field): Chrome has no null, and an absent field says the same.
  for (const union of ['anyOf', 'oneOf'] as const) {
    const options = node[union];
    if (!Array.isArray(options)) continue;
    const kept = options.filter((option) => isSchema(option) && option.type !== 'null') as JsonSchema[];
    const merged = kept.length === 1 ? kept[0]! : mergeObjects(kept);
    const { [union]: _union, ...rest } = node;
    return lowerToChromeDialect({ ...merged, ...rest });
  }
  const out: JsonSchema = {};
  if ('const' in node) out.enum = [node.const];
  for (const keyword of CHROME_SCHEMA_KEYWORDS) {
    if (!(keyword in node)) continue;
    const value = node[keyword];
    if (keyword === 'properties' || keyword === 'patternProperties') {
      out[keyword] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([key, child]) => [key, lowerToChromeDialect(child)]),
      );
    } else if (keyword === 'items' || keyword === 'additionalProperties') {
      // `additionalProperties: false` is a boolean Chrome refuses; unknown keys are reported by the zod check.
      if (isSchema(value)) out[keyword] = lowerToChromeDialect(value);
    } else if (keyword === 'pattern') {
      if (re2Compatible(String(value))) out.pattern = value;
    } else if (keyword === 'required') {
      if (Array.isArray(value) && value.length > 0) out.required = value;
    } else {
      out[keyword] = value;
    }
  }
  return out;
}

/** A union of objects (a discriminated union) as one object: every field of every option, required where all are. */
function mergeObjects(options: readonly JsonSchema[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  let required: string[] | null = null;
  for (const option of options) {
    for (const [key, child] of Object.entries((option.properties ?? {}) as Record<string, JsonSchema>)) {
      const earlier = properties[key];
      const values = (schema: JsonSchema | undefined) =>
        schema ? ('const' in schema ? [schema.const] : ((schema.enum as unknown[]) ?? [])) : [];
      properties[key] =
        earlier && (values(earlier).length > 0 || 'const' in child)
          ? { type: child.type, enum: [...values(earlier), ...values(child)] }
          : child;
    }
    const own = (option.required as string[] | undefined) ?? [];
    required = required === null ? own : required.filter((key) => own.includes(key));
  }
  return { type: 'object', properties, ...(required && required.length > 0 ? { required } : {}) };
}

/** The file `public/managed-schema.json` holds (a unit test fails when it differs). */
export function chromeManagedSchema(): JsonSchema {
  const generated = z.toJSONSchema(teamPolicySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const lowered = lowerToChromeDialect(generated);
  const { additionalProperties: _none, ...topLevel } = lowered;
  return { ...topLevel, type: 'object' };
}

export const serializeManagedSchema = (): string => `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`;
