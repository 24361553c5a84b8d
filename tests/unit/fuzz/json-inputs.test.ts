import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTemplateFile, serializeTemplateFile, templateFileSchema } from '@/utils/templates/import-export';
import { repairSettings, settingsSchema, DEFAULT_SETTINGS } from '@/utils/settings';
import * as messages from '@/utils/messages';
import { parseSelectorOverrides } from '@/utils/sites/selector-overrides';
import { sampleSnapshot } from '../helpers/snapshot';
import { forEachCase, type Random } from './prng';

/**
 * Random JSON into everything that parses JSON from outside: template files an agent imports, settings read back
 * from storage, the messages between the extension's parts, and selector overrides pasted by an admin. Each either
 * accepts a value that then validates again, or explains what is wrong; nothing throws, nothing echoes a
 * megabyte-long value back at the agent, and no `__proto__` key reaches any object's prototype.
 */

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  'toString',
  'hasOwnProperty',
  'id',
  'type',
  'text',
  'version',
  'en-gb',
  '',
];

/** A random JSON value: any type, deep nesting, huge strings, hostile keys. */
function randomJson(random: Random, depth = 0): unknown {
  switch (random.int(0, depth > 4 ? 5 : 8)) {
    case 0:
      return null;
    case 1:
      return random.bool();
    case 2:
      return random.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, random.int(-1000, 1000)]);
    case 3:
      return random.string(random.int(0, 30));
    case 4:
      return random.bool(0.1)
        ? 'x'.repeat(random.int(20_000, 300_000))
        : random.pick(['', ' ', 'returndesk-templates', 'panel->content:insert-text', '{{first_name}}', 'https://evil.example']);
    case 5: {
      let nested: unknown = random.string(3);
      for (let i = random.int(1, 200); i > 0; i--) nested = random.bool() ? [nested] : { a: nested };
      return nested;
    }
    case 6:
    case 7:
      return Array.from({ length: random.int(0, 6) }, () => randomJson(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = random.int(0, 6); i > 0; i--) {
        // defineProperty: a "__proto__" key stays an own key, as JSON.parse makes it.
        Object.defineProperty(object, random.pick(KEYS), {
          value: randomJson(random, depth + 1),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return object;
    }
  }
}

type Json = unknown;

/** Every container (object or array) in a value, with a way to replace its children. */
function containers(value: Json, found: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (value && typeof value === 'object') {
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** Changes a copy of a valid value in a few random places: values replaced, keys removed, renamed or added. */
function mutate(valid: Json, random: Random): Json {
  const copy = JSON.parse(JSON.stringify(valid)) as Json;
  for (let i = random.int(1, 4); i > 0; i--) {
    const all = containers(copy);
    if (all.length === 0) return randomJson(random);
    const target = random.pick(all);
    const keys = Object.keys(target);
    const key = keys.length ? random.pick(keys) : '0';
    switch (random.int(0, 4)) {
      case 0:
        (target as Record<string, unknown>)[key] = randomJson(random);
        break;
      case 1:
        if (Array.isArray(target)) target.splice(Number(key), 1);
        else Reflect.deleteProperty(target, key);
        break;
      case 2:
        Object.defineProperty(target, random.pick(KEYS), {
          value: randomJson(random),
          enumerable: true,
          configurable: true,
          writable: true,
        });
        break;
      case 3:
        if (Array.isArray(target)) for (let n = random.int(1, 50); n > 0; n--) target.push(structuredClone(target[0]));
        else (target as Record<string, unknown>)[key] = random.pick([null, '', 0, [], {}, 'x'.repeat(100_000)]);
        break;
      default:
        (target as Record<string, unknown>)[key] = JSON.parse(JSON.stringify(valid));
    }
  }
  return copy;
}

// ---- Template files ---------------------------------------------------------------------------------------

const VALID_TEMPLATE_FILE = {
  format: 'returndesk-templates',
  version: 2,
  exportedAt: '2026-11-22T10:00:00.000Z',
  templates: [
    {
      id: 'refund-sent',
      title: 'Refund sent',
      folder: 'Refunds',
      tags: ['refund'],
      bodies: { 'en-gb': 'Hello {{first_name}}, your refund is on its way.', 'en-us': 'Hi {{first_name}}, your refund is on its way.' },
    },
  ],
  overrides: [{ id: 'imei-request', hidden: true, edit: null }],
  macros: [
    {
      id: 'refund-and-next',
      name: 'Refund, then next',
      chord: 'Alt+Shift+R',
      steps: [{ kind: 'insert-template', templateId: 'refund-sent' }, { kind: 'next-conversation' }],
    },
  ],
  macroOverrides: [],
};

function expectWordedErrors(errors: readonly { path: string; message: string }[], context: string): void {
  expect(errors.length, context).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.path.startsWith('$'), `${context}: ${error.path}`).toBe(true);
    expect(error.message.length, context).toBeGreaterThan(0);
    // A huge value in the file is named, not pasted back into the options page.
    expect(error.message.length + error.path.length, `${context}: ${error.message.slice(0, 200)}`).toBeLessThan(2000);
  }
}

describe('fuzz: template import files', () => {
  it('the valid seed parses (if not, update VALID_TEMPLATE_FILE to the current format)', () => {
    const parsed = parseTemplateFile(JSON.stringify(VALID_TEMPLATE_FILE));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('accepts a file that validates again, or names every problem with its path', async () => {
    let accepted = 0;
    await forEachCase('template files', 400, (random) => {
      const value = random.bool(0.8) ? mutate(VALID_TEMPLATE_FILE, random) : randomJson(random);
      let text = JSON.stringify(value) ?? 'undefined';
      if (random.bool(0.1)) text = text.slice(0, random.int(0, text.length));
      const parsed = parseTemplateFile(text);
      if (parsed.ok) {
        accepted++;
        expect(templateFileSchema.safeParse(parsed.file).success).toBe(true);
        expect(parseTemplateFile(serializeTemplateFile(parsed.file)).ok).toBe(true);
        expect(Object.getPrototypeOf(parsed.file)).toBe(Object.prototype);
      } else {
        expectWordedErrors(parsed.errors, text.slice(0, 300));
      }
    });
    expect(accepted).toBeGreaterThan(5);
  });
});

// ---- Settings ---------------------------------------------------------------------------------------------

describe('fuzz: settings read back from storage', () => {
  const VALID = {
    retentionDays: 14,
    selectorOverrides: { backoffice: { composer: 'textarea.reply' } },
    extraOrigins: ['https://support.example.com'],
  };

  it('always repairs to valid settings, keeps every valid field, and is stable', async () => {
    await forEachCase('settings', 400, (random) => {
      const raw = random.bool(0.7) ? mutate(VALID, random) : randomJson(random);
      const { settings, repaired } = repairSettings(raw);
      expect(settingsSchema.safeParse(settings).success, JSON.stringify(raw)?.slice(0, 300)).toBe(true);
      expect(repaired.every((field) => typeof field === 'string')).toBe(true);
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        for (const key of Object.keys(settingsSchema.shape) as (keyof typeof DEFAULT_SETTINGS)[]) {
          const field = settingsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key]);
          if (field.success) expect(settings[key]).toEqual(field.data);
          else if (Object.hasOwn(raw, key)) expect(repaired).toContain(key);
        }
      }
      expect(repairSettings(settings)).toEqual({ settings, repaired: [] });
      expect(Object.getPrototypeOf(settings.selectorOverrides)).toBe(Object.prototype);
    });
  });
});

// ---- Messages between the extension's parts --------------------------------------------------------------

const schemas: [string, z.ZodType][] = Object.entries(messages as Record<string, unknown>).flatMap(([name, value]) =>
  value instanceof z.ZodType ? [[name, value] as [string, z.ZodType]] : [],
);

const VALID_MESSAGES: unknown[] = [
  { type: 'panel->content:get-snapshot' },
  { type: 'panel->content:insert-text', text: 'Hello' },
  { type: 'content->extension:snapshot-changed', read: { status: 'ok', snapshot: sampleSnapshot() } },
  { type: 'content->extension:snapshot-changed', read: { status: 'unreadable', message: 'The conversation could not be read.' } },
  {
    status: 'ok',
    snapshot: sampleSnapshot({
      messages: [
        {
          id: 'm1',
          author: 'customer',
          authorName: 'A',
          date: null,
          text: 'hi',
          attachments: [{ url: 'https://www.backmarket.fr/a.jpg', name: 'a.jpg', mimeHint: null }],
        },
      ],
    }),
  },
  { ok: true, method: 'execCommand' },
];

describe('fuzz: messages between the panel, the content script and the background', () => {
  /** Each valid sample with the schemas that accept it: mutations then probe the edges of that schema. */
  const pairs = VALID_MESSAGES.flatMap((sample) =>
    schemas.filter(([, schema]) => schema.safeParse(sample).success).map(([name, schema]) => ({ name, schema, sample })),
  );

  it('covers the message schemas', () => {
    expect(pairs.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['snapshotReadSchema', 'panelToContentSchema', 'contentToExtensionSchema', 'insertResultSchema']),
    );
  });

  it('accepts only values that validate again, and never throws', async () => {
    let accepted = 0;
    await forEachCase('messages', 600, (random) => {
      const pair = random.bool(0.7) ? random.pick(pairs) : null;
      const [name, schema] = pair ? [pair.name, pair.schema] : random.pick(schemas);
      const value = pair ? mutate(pair.sample, random) : randomJson(random);
      const parsed = schema.safeParse(value);
      if (!parsed.success) return;
      accepted++;
      expect(schema.safeParse(JSON.parse(JSON.stringify(parsed.data))).success, name).toBe(true);
      for (const container of containers(parsed.data)) {
        expect([Object.prototype, Array.prototype, null]).toContain(Object.getPrototypeOf(container));
      }
    });
    expect(accepted).toBeGreaterThan(20);
  });

  it('a snapshot never carries a non-http(s) attachment, however it is dressed up', async () => {
    await forEachCase('attachment urls', 300, (random) => {
      const url = random.pick([
        'javascript:alert(1)',
        'data:image/png;base64,AAAA',
        'blob:https://www.backmarket.fr/1',
        'file:///etc/passwd',
        ' javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'java\tscript:alert(1)',
        'vbscript:x',
        'about:blank',
        'chrome-extension://id/x',
        random.string(random.int(0, 40)),
      ]);
      const read = {
        status: 'ok',
        snapshot: sampleSnapshot({
          messages: [
            { id: 'm', author: 'customer', authorName: null, date: null, text: '', attachments: [{ url, name: 'x.jpg', mimeHint: null }] },
          ],
        }),
      };
      const parsed = messages.snapshotReadSchema.safeParse(read);
      if (parsed.success && parsed.data.status === 'ok') {
        expect(new URL(parsed.data.snapshot.messages[0]!.attachments[0]!.url).protocol, url).toMatch(/^https?:$/);
      }
    });
  });
});

// ---- Selector overrides pasted in the options page --------------------------------------------------------

describe('fuzz: selector overrides', () => {
  it('accepts known sites and parts with valid selectors, or lists every mistake', async () => {
    const valid = { backoffice: { composer: 'textarea.reply' }, demo: { carrier: '[data-test="shipper"]' } };
    const isValidSelector = (selector: string) => {
      try {
        document.createDocumentFragment().querySelector(selector);
        return true;
      } catch {
        return false;
      }
    };
    let accepted = 0;
    await forEachCase('selector overrides', 300, (random) => {
      const value = random.bool(0.8) ? mutate(valid, random) : randomJson(random);
      const text = random.bool(0.1) ? random.string(random.int(0, 200)) : (JSON.stringify(value) ?? '');
      const parsed = parseSelectorOverrides(text, isValidSelector);
      if (parsed.ok) {
        accepted++;
        expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
        expect(repairSettings({ selectorOverrides: parsed.value }).repaired).toEqual([]);
      } else {
        expect(parsed.errors.length).toBeGreaterThan(0);
        for (const error of parsed.errors) expect(error.length).toBeLessThan(2000);
      }
    });
    expect(accepted).toBeGreaterThan(5);
  });
});
