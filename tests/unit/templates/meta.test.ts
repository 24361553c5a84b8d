// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_LOCALES, type TemplateDefinition } from '@/utils/templates/define';
import { CLOSING, type TranslatedLocale } from '@/utils/templates/builtin/shared/letter';
import { builtinTemplates } from '@/utils/templates/registry';
import { parseTemplate } from '@/utils/templates/render';
import { knownVariables, TEMPLATE_VARIABLES } from '@/utils/templates/variables';
import { suggestWhen } from '@/utils/templates/suggest';
import { CATEGORY_IDS } from '@/utils/checklist/define';

// Top-level files only: builtin/shared/ holds helpers the template files call, not templates.
const builtinDir = fileURLToPath(new URL('../../../utils/templates/builtin/', import.meta.url));
const files = readdirSync(builtinDir).filter((name) => name.endsWith('.ts'));
const byId = builtinTemplates.map((template) => [template.id, template] as const);

describe('built-in template files', () => {
  it.each(files)('%s is registered, and its id is its file name', async (file) => {
    const module = (await import(join(builtinDir, file))) as { default: TemplateDefinition };
    const id = file.replace(/\.ts$/, '');
    expect(module.default.id, `rename the file or the id: ${file} declares "${module.default.id}"`).toBe(id);
    expect(builtinTemplates, `add ${id} to utils/templates/registry.ts`).toContain(module.default);
  });

  it('every registered template has its own file, and ids are unique kebab-case', () => {
    const ids = builtinTemplates.map((template) => template.id);
    expect(new Set(ids).size, `duplicate ids: ${ids.join(', ')}`).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.map((file) => file.replace(/\.ts$/, '')).sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every checklist category has its own photo request', () => {
    for (const category of CATEGORY_IDS) expect(files).toContain(`photo-request-${category}.ts`);
  });
});

describe.each(byId)('%s', (_id, template) => {
  it('has a title, a folder and tags', () => {
    expect(template.title.trim().length).toBeGreaterThan(5);
    expect(template.folder.trim()).not.toBe('');
    expect(template.tags.length).toBeGreaterThan(0);
    for (const tag of template.tags) expect(tag.trim(), 'empty tag').not.toBe('');
  });

  it('has British and American bodies that parse with only known variables', () => {
    for (const locale of ['en-gb', 'en-us'] as const) {
      const body = template.bodies[locale];
      expect(body.trim(), `${locale} body is empty`).not.toBe('');
      const parsed = parseTemplate(body, knownVariables);
      expect(parsed.ok ? [] : parsed.errors.map((error) => `${locale}: ${error.message}`)).toEqual([]);
    }
  });

  it('has a body in every locale, each parsing with only known variables and ending with its closing', () => {
    const closings: Record<TranslatedLocale, string> = CLOSING;
    for (const locale of TEMPLATE_LOCALES) {
      const body = template.bodies[locale];
      if (locale.startsWith('en-')) continue;
      if (template.regions) {
        expect(body, `${template.id} is offered in ${template.regions.join(', ')} only: no ${locale} body`).toBeUndefined();
        continue;
      }
      expect(body, `write the ${locale} body`).toBeDefined();
      const parsed = parseTemplate(body ?? '', knownVariables);
      expect(parsed.ok ? [] : parsed.errors.map((error) => `${locale}: ${error.message}`)).toEqual([]);
      expect(body).toMatch(new RegExp(`${closings[locale as TranslatedLocale]}$`));
    }
  });

  it('keeps each locale to its own words', () => {
    const gb = template.bodies['en-gb'];
    const us = template.bodies['en-us'];
    expect(gb).toMatch(/Kind regards$/);
    expect(us).toMatch(/Best regards$/);
    expect(us, 'American bodies say package, not parcel (except DPD "parcelshop")').not.toMatch(/\bparcels?\b/i);
    expect(gb, 'British bodies say parcel, not package').not.toMatch(/\bpackages?\b/i);
    expect(gb).not.toMatch(/\b(?:color|center|finalize)\b/);
    expect(us).not.toMatch(/\b(?:colour|centre|finalise)\b/);
  });
});

describe('template variables', () => {
  it('are defined once, each with a label, a description and an example', () => {
    const names = TEMPLATE_VARIABLES.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
    for (const variable of TEMPLATE_VARIABLES) {
      expect(variable.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(variable.label.trim()).not.toBe('');
      expect(variable.description.length).toBeGreaterThan(10);
      expect(Array.isArray(variable.example)).toBe(variable.list === true);
      if (!Array.isArray(variable.example) && variable.validate) {
        expect(variable.validate(variable.example as string), `${variable.name}'s example must be valid`).toBeNull();
      }
    }
  });

  it('include every name caseValues fills and the facts the panel adds', () => {
    for (const name of ['first_name', 'last_name', 'order_id', 'product', 'category', 'carrier', 'tracking_number']) {
      expect(knownVariables.has(name), name).toBe(true);
    }
    for (const name of ['imei', 'waybill', 'order_date', 'device_weight', 'missing_shots', 'reshoot_shots', 'today']) {
      expect(knownVariables.has(name), name).toBe(true);
    }
  });
});

describe('suggestion rules', () => {
  it('name only registered templates', () => {
    const ids = new Set(builtinTemplates.map((template) => template.id));
    for (const rule of suggestWhen) {
      const templates = typeof rule.templates === 'function' ? [] : rule.templates;
      for (const id of templates) expect(ids.has(id), `rule ${rule.id} names unknown template ${id}`).toBe(true);
    }
  });
});
