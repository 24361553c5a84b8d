// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDemoData } from '@/scripts/demo-platform/data/index';

/**
 * Every demo fixture must have exactly the shape of Back Market's published API, so the extension is built
 * against real responses. Unknown properties fail (additionalProperties: false is added everywhere), so a typo
 * such as `declared_waranty_state` cannot slip through as "extra data".
 */

const specsDir = path.resolve(__dirname, '../../fixtures/backmarket-api');

type Schema = Record<string, unknown>;

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(node)) copy[key] = key === 'example' ? value : closeObjects(value);
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

function validatorFor(specFile: string, component: string): ValidateFunction {
  const spec = parse(readFileSync(path.join(specsDir, specFile), 'utf8')) as { components: { schemas: Schema } };
  // OpenAPI annotations (example, deprecated, x-*) are not validation keywords: strict mode off.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema({ $id: specFile, components: { schemas: closeObjects(spec.components.schemas) } });
  const validate = ajv.getSchema(`${specFile}#/components/schemas/${component}`);
  if (!validate) throw new Error(`${component} not found in ${specFile}`);
  return validate;
}

const data = loadDemoData();
const validateCareFolder = validatorFor('care-api-openapi.yml', 'getCareFolderDetailsResponse');
const validateBuybackOrder = validatorFor('buyback-api-openapi.yml', 'buyback-order');
const validateBuybackMessage = validatorFor('buyback-api-openapi.yml', 'buyback-message');

describe('demo care folders match getCareFolderDetailsResponse', () => {
  it('has the folders the demo needs', () => {
    expect(data.careFolders.length).toBeGreaterThanOrEqual(8);
  });

  it.each(data.careFolders.map((folder) => [folder.id, folder] as const))('folder %s', (_id, folder) => {
    const valid = validateCareFolder(folder);
    expect(validateCareFolder.errors ?? [], JSON.stringify(validateCareFolder.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a misspelt property (the check is strict)', () => {
    const folder = structuredClone(data.careFolders[0]!) as Record<string, unknown> & { lines: Record<string, unknown>[] };
    folder.lines[0]!.declared_waranty_state = 'IN_WARRANTY';
    expect(validateCareFolder(folder)).toBe(false);
  });

  it('rejects a warranty state outside the enum', () => {
    const folder = structuredClone(data.careFolders[0]!);
    folder.lines![0]!.declared_warranty_state = 'BROKEN' as never;
    expect(validateCareFolder(folder)).toBe(false);
  });
});

describe('demo trade-in threads match the BuyBack API', () => {
  it.each(data.buybackThreads.map((thread) => [thread.order.orderPublicId, thread] as const))('order %s', (_id, thread) => {
    expect(validateBuybackOrder(thread.order), JSON.stringify(validateBuybackOrder.errors, null, 2)).toBe(true);
    for (const message of thread.messages) {
      expect(validateBuybackMessage(message), JSON.stringify(validateBuybackMessage.errors, null, 2)).toBe(true);
    }
    expect(Object.keys(thread).sort()).toEqual(['messages', 'order']);
  });

  it('rejects a message with an unknown author', () => {
    expect(validateBuybackMessage({ date: '2026-11-06T13:02:18-05:00', author: 'Robot', body: 'x' })).toBe(false);
  });
});
