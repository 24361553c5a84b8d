// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '@/utils/keyboard/commands';
import { paletteItems, searchPalette, type PaletteItem } from '@/utils/keyboard/palette';
import { builtinMacros } from '@/utils/macros/registry';
import { builtinTemplates } from '@/utils/templates/registry';

const items = paletteItems({ commands: COMMANDS, templates: builtinTemplates, macros: builtinMacros });
const keys = (found: readonly PaletteItem[]) => found.map((item) => item.key);

/** A library the size agents reach: the built-ins plus a thousand of their own templates. */
function bigLibrary(): PaletteItem[] {
  const words = ['refund', 'battery', 'screen', 'courier', 'delay', 'invoice', 'voucher', 'charger', 'scratch', 'keyboard'];
  const own = Array.from({ length: 1_070 }, (_, index) => ({
    id: `own-${index}`,
    title: `${words[index % words.length]} reply ${index} about ${words[(index * 7) % words.length]}`,
    folder: 'Mine',
    tags: [words[(index * 3) % words.length]!],
  }));
  return paletteItems({ commands: COMMANDS, templates: [...builtinTemplates, ...own], macros: builtinMacros });
}

describe('paletteItems', () => {
  it('lists actions, then macros, then templates when nothing is typed', () => {
    const kinds = searchPalette(items, '', 1000).map((item) => item.kind);
    expect(kinds).toEqual(
      [...kinds].sort((a, b) => ['command', 'macro', 'template'].indexOf(a) - ['command', 'macro', 'template'].indexOf(b)),
    );
    expect(kinds[0]).toBe('command');
    expect(kinds.at(-1)).toBe('template');
    expect(items.length).toBe(items.filter((item) => item.kind === 'command').length + builtinMacros.length + builtinTemplates.length);
  });

  it('leaves out what the palette cannot run and lists an action a macro duplicates once, as the macro with its chord', () => {
    expect(keys(items)).not.toContain('command:open-palette');
    expect(keys(items)).not.toContain('command:open-panel');
    expect(keys(items)).not.toContain('command:copy-waybill');
    expect(items.find((item) => item.key === 'macro:copy-waybill')).toMatchObject({ label: 'Copy the waybill number', chord: 'Alt+4' });
    // Without that macro (hidden by the agent), the action is back.
    const withoutMacro = paletteItems({ commands: COMMANDS, templates: [], macros: [] });
    expect(keys(withoutMacro)).toContain('command:copy-waybill');
  });

  it('shows a template’s folder and abbreviation', () => {
    expect(items.find((item) => item.key === 'template:return-label-dhl-pickup')).toMatchObject({
      detail: 'Return labels · ;dhl',
      chord: null,
    });
  });
});

describe('searchPalette', () => {
  it('ranks a label starting with the words typed above labels that only contain them', () => {
    const found = keys(searchPalette(items, 'check', 10));
    expect(found.slice(0, 2)).toEqual(['command:check-conversation', 'command:check-photos']);
    expect(found).toContain('macro:request-missing-photos'); // "Checks the photos" in its description
    expect(found.indexOf('macro:request-missing-photos')).toBeGreaterThan(1);
  });

  it('ranks word starts above matches inside words', () => {
    const found = keys(searchPalette(items, 'photo', 50));
    const wordStart = found.indexOf('command:check-photos');
    const inside = found.indexOf('template:warranty-coverage'); // matches only in no label: must not come first
    expect(wordStart).toBeGreaterThanOrEqual(0);
    if (inside >= 0) expect(inside).toBeGreaterThan(wordStart);
  });

  it('needs every word, prefers the phrase as typed, and ignores case and accents', () => {
    expect(keys(searchPalette(items, 'DHL pickup', 3))[0]).toBe('macro:dhl-pickup-with-waybill');
    expect(keys(searchPalette(items, 'dhl pickup', 5))).toContain('template:return-label-dhl-pickup');
    expect(searchPalette(items, 'dhl refund', 5)).toEqual([]);
    expect(keys(searchPalette(items, 'RÉPAIRED', 3))).toContain('template:warranty-exclusion-third-party-repair');
  });

  it('finds a template by its abbreviation and a macro by its chord', () => {
    expect(keys(searchPalette(items, ';dhl', 3))[0]).toBe('template:return-label-dhl-pickup');
    expect(keys(searchPalette(items, 'alt+2', 3))[0]).toBe('macro:dhl-pickup-with-waybill');
  });

  it('finds letters typed in order as a last resort', () => {
    expect(keys(searchPalette(items, 'rqmsph', 5))).toContain('macro:request-missing-photos');
  });

  it('searches over a 1,100-item library and stops at the limit', () => {
    const big = bigLibrary();
    expect(big.length).toBeGreaterThan(1_100);
    const found = searchPalette(big, 'refund', 20);
    expect(found).toHaveLength(20);
    // Label starts first ("refund reply 0 …"), before labels that only end with the word.
    expect(found[0]!.label).toMatch(/^refund reply/);
    expect(searchPalette(big, 'batt scr', 500).every((item) => item.label.includes('batt') && item.label.includes('scr'))).toBe(true);
    // Searching again (the prepared text is cached) gives the same answer.
    expect(searchPalette(big, 'refund', 20)).toEqual(found);
  });
});
