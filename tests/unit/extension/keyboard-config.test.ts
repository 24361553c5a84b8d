import { describe, expect, it } from 'vitest';
import { assembleKeyboardConfig } from '@/utils/extension/keyboard-config';
import { keyboardConfigSchema } from '@/utils/messages';
import { builtinTemplates } from '@/utils/templates/registry';
import { EMPTY_LIBRARY, mergeLibrary } from '@/utils/templates/library';
import { builtinMacros } from '@/utils/macros/registry';
import { EMPTY_MACROS, mergeMacros, type LibraryMacro } from '@/utils/macros/library';

const templates = mergeLibrary(builtinTemplates, EMPTY_LIBRARY);
const macros = mergeMacros(builtinMacros, EMPTY_MACROS);
const manifestChords = [
  { name: '_execute_action', chord: 'Alt+Shift+D' },
  { name: 'check-conversation', chord: 'Alt+Shift+L' },
  { name: 'open-palette', chord: 'Alt+Shift+K' },
  { name: 'repeat-last-macro', chord: 'Alt+Shift+M' },
];

describe('what the platform page gets to know about the keyboard', () => {
  it('binds the built-in macros, lists abbreviations, palette entries and help, and fits the message schema', () => {
    const config = assembleKeyboardConfig({ templates, macros, manifestChords, browser: 'chrome' });
    expect(keyboardConfigSchema.safeParse(config).success).toBe(true);
    expect(config.bindings).toContainEqual({ chord: 'Alt+2', request: { kind: 'macro', id: 'dhl-pickup-with-waybill' } });
    expect(config.abbreviations).toContainEqual({ abbreviation: ';dhl', templateId: 'return-label-dhl-pickup' });
    expect(config.palette.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['command', 'macro', 'template']));
    expect(config.palette.find((entry) => entry.id === 'check-conversation')?.chord).toBe('Alt+Shift+L');
    expect(config.help).toContainEqual({ keys: 'Alt+Shift+D', action: 'Open the ReturnDesk panel', where: 'any tab' });
  });

  it('leaves out a macro chord that clashes with a browser shortcut, and abbreviations that clash', () => {
    const clashing: LibraryMacro = {
      id: 'mine',
      name: 'Mine',
      chord: 'Alt+Shift+K',
      steps: [{ kind: 'focus-composer' }],
      builtin: false,
      hidden: false,
    };
    const withDuplicate = [
      ...templates,
      { ...templates.find((t) => t.id === 'packing-instructions')!, id: 'my-packing', abbreviation: ';dhl' },
    ];
    const config = assembleKeyboardConfig({ templates: withDuplicate, macros: [...macros, clashing], manifestChords, browser: 'firefox' });
    expect(config.bindings.some((binding) => binding.chord === 'Alt+Shift+K')).toBe(false);
    // The later owner of ";dhl" loses it (the options page reports the clash); the built-in keeps it.
    expect(config.abbreviations.filter((entry) => entry.abbreviation === ';dhl')).toEqual([
      { abbreviation: ';dhl', templateId: 'return-label-dhl-pickup' },
    ]);
    expect(config.abbreviations.some((entry) => entry.templateId === 'my-packing')).toBe(false);
  });
});
