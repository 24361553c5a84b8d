// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseKeyMap } from '@/utils/keyboard/chords';
import { checkMacro } from '@/utils/macros/check';
import type { MacroDefinition } from '@/utils/macros/define';
import { builtinMacros, getBuiltinMacro } from '@/utils/macros/registry';
import { builtinTemplates } from '@/utils/templates/registry';

const builtinDir = fileURLToPath(new URL('../../../utils/macros/builtin/', import.meta.url));
const files = readdirSync(builtinDir).filter((name) => name.endsWith('.ts'));
const templateIds = builtinTemplates.map((template) => template.id);

describe('built-in macro files', () => {
  it.each(files)('%s is registered, and its id is its file name', async (file) => {
    const module = (await import(join(builtinDir, file))) as { default: MacroDefinition };
    const id = file.replace(/\.ts$/, '');
    expect(module.default.id, `rename the file or the id: ${file} declares "${module.default.id}"`).toBe(id);
    expect(builtinMacros, `add ${id} to utils/macros/registry.ts`).toContain(module.default);
    expect(getBuiltinMacro(id)).toBe(module.default);
  });

  it('every registered macro has its own file, and ids are unique', () => {
    const ids = builtinMacros.map((macro) => macro.id);
    expect(new Set(ids).size, `duplicate ids: ${ids.join(', ')}`).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.map((file) => file.replace(/\.ts$/, '')).sort());
  });

  it.each(builtinMacros.map((macro) => [macro.id, macro] as const))('%s validates against the real template registry', (_id, macro) => {
    const checked = checkMacro(macro, { templateIds });
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    // Stored in normal form, so the key map and the help compare the same text.
    if (checked.ok) expect(checked.macro).toEqual(macro);
    expect(macro.description?.trim(), 'describe what it does for the options page').toBeTruthy();
  });

  it('default shortcuts are distinct, well-formed and not reserved', () => {
    const { errors } = parseKeyMap(builtinMacros.flatMap((macro) => (macro.chord ? [{ command: macro.id, chord: macro.chord }] : [])));
    expect(errors).toEqual([]);
  });

  it('ships the common flows with the shortcuts the design gives them', () => {
    expect(Object.fromEntries(builtinMacros.map((macro) => [macro.id, macro.chord]))).toMatchObject({
      'request-missing-photos': 'Alt+1',
      'dhl-pickup-with-waybill': 'Alt+2',
      'dhl-service-point-with-waybill': 'Alt+3',
      'copy-waybill': 'Alt+4',
    });
    expect(getBuiltinMacro('dhl-pickup-with-waybill')?.steps).toEqual([
      { kind: 'read-numbers' },
      { kind: 'insert-template', templateId: 'return-label-dhl-pickup' },
      { kind: 'focus-composer' },
    ]);
  });
});
