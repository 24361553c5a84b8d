// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listDemoConversations, loadDemoData } from '@/scripts/demo-platform/data/index';
import { careFolderView } from '@/scripts/demo-platform/data/view';
import {
  SCALE_FOLDER_ID,
  SCALE_MESSAGE_COUNT,
  SCALE_PHOTO_COUNT,
  SCALE_PHOTOS,
  scaleCareFolder,
} from '@/scripts/demo-platform/scale-folder';

/**
 * The long conversation of the scale benchmark: the sizes the benchmark reports against, the Care API's shape,
 * and that it stays out of the conversations every browser suite visits.
 */

type Schema = Record<string, unknown>;
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(node)) copy[key] = key === 'example' ? value : closeObjects(value);
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

describe('scale benchmark conversation', () => {
  const folder = scaleCareFolder();
  const view = careFolderView(folder, loadDemoData().catalog);

  it('has 300 messages and 150 distinct photos from the customer', () => {
    expect(view.messages).toHaveLength(SCALE_MESSAGE_COUNT);
    const urls = view.messages.flatMap((message) => message.attachments.map((attachment) => attachment.url));
    expect(urls).toHaveLength(SCALE_PHOTO_COUNT);
    expect(new Set(urls).size).toBe(SCALE_PHOTO_COUNT);
    expect(view.messages.filter((message) => message.attachments.length > 0).every((message) => message.role === 'customer')).toBe(true);
    expect(urls).toEqual(SCALE_PHOTOS.map((spec) => `/attachments/${spec.file}`));
    expect(view.productTitle).toMatch(/iPhone 13/);
  });

  it('matches getCareFolderDetailsResponse', () => {
    const specFile = path.resolve(__dirname, '../../fixtures/backmarket-api/care-api-openapi.yml');
    const spec = parse(readFileSync(specFile, 'utf8')) as { components: { schemas: Schema } };
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    ajv.addSchema({ $id: 'care', components: { schemas: closeObjects(spec.components.schemas) } });
    const validate = ajv.getSchema('care#/components/schemas/getCareFolderDetailsResponse')!;
    expect(validate(folder), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is not one of the demo conversations the browser suites visit, and reuses no folder id', () => {
    expect(listDemoConversations().map((conversation) => conversation.folderId)).not.toContain(SCALE_FOLDER_ID);
    expect(loadDemoData().careFolders.map((candidate) => String(candidate.id))).not.toContain(SCALE_FOLDER_ID);
  });
});
