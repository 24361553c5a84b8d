// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MacrosEditor } from '@/entrypoints/options/macros-editor';
import { ReturnDeskDatabase } from '@/utils/db';
import { saveUserMacro } from '@/utils/macros/store';
import { renderForCase } from '@/utils/templates/case-render';
import { formatBytes } from '@/utils/case-data';
import { chordProblems } from '@/utils/macros/draft-check';
import { layerMacros, layerTemplates } from '@/utils/library/layers';
import { builtinTemplates } from '@/utils/templates/registry';
import { builtinMacros } from '@/utils/macros/registry';
import { EMPTY_MACROS } from '@/utils/macros/library';
import type { StoredLibrary } from '@/utils/templates/library';
import type { TemplateDefinition } from '@/utils/templates/define';
import { setInterfaceLanguage, t, translateIn } from '@/utils/i18n/translate';
import type { InterfaceLanguage } from '@/utils/i18n/languages';
import { sampleSnapshot } from '../helpers/snapshot';
import { button, click, mount, textOf, unmount, until } from '../options/dom';

/**
 * Status lines and reasons built from values (a macro's name, a template's title, the facts a reply lacks) used to be
 * English template literals, which the interface-text guard cannot see: here they are read in French and German.
 */

const bodies = { 'en-gb': 'IMEI {{imei}}, {{order_date}}', 'en-us': 'IMEI {{imei}}, {{order_date}}' };
const check: TemplateDefinition = { id: 'my-check', title: 'Check', folder: 'Mine', tags: [], bodies };

function inLanguage<T>(language: InterfaceLanguage, read: () => T): T {
  setInterfaceLanguage(language);
  try {
    return read();
  } finally {
    setInterfaceLanguage('en');
  }
}

const missingFacts = () => renderForCase(check, { snapshot: sampleSnapshot(), photoRequest: null, readValues: {}, now: new Date() });

describe('a reply the conversation lacks facts for', () => {
  it('names the facts in the interface’s language, acronyms kept in capitals', () => {
    expect(missingFacts()).toMatchObject({
      ok: false,
      message: '“Check” needs IMEI and order date, which this conversation does not show',
    });
    expect(inLanguage('fr', missingFacts)).toMatchObject({
      message: '« Check » nécessite des éléments que cette conversation n’indique pas : IMEI et date de commande',
    });
    expect(inLanguage('de', missingFacts)).toMatchObject({
      message: '„Check“ benötigt Angaben, die diese Unterhaltung nicht zeigt: IMEI und Bestelldatum',
    });
  });
});

describe("the team's library taking an agent's keys", () => {
  const mine: StoredLibrary = {
    userTemplates: [{ id: 'my-refund', title: 'My refund', folder: 'Mine', tags: [], abbreviation: ';refund', bodies, updatedAt: 1 }],
    overrides: [],
  };
  const abbreviationTaken = () =>
    layerTemplates(builtinTemplates, mine, { templates: [{ id: 'team-refund', title: 'Team refund', bodies, abbreviation: ';refund' }] })
      .shadowed[0]?.message;
  const chordTaken = () =>
    layerMacros(builtinMacros, EMPTY_MACROS, {
      macros: [{ id: 'team-photos', name: 'Team photos', chord: 'Alt+1', steps: [{ kind: 'check-photos' }] }],
    }).shadowed[0]?.message;

  it('says which abbreviation went to the team in French and German', () => {
    expect(inLanguage('fr', abbreviationTaken)).toBe(';refund insère désormais « Team refund », de l’équipe, et non votre « My refund »');
    expect(inLanguage('de', abbreviationTaken)).toBe(';refund fügt jetzt „Team refund“ des Teams ein, nicht mehr Ihre Vorlage „My refund“');
  });

  it('names the built-in macro that lost its chord in the language too', () => {
    expect(chordTaken()).toBe("Alt+1 now runs the team's “Team photos”, not the built-in “Request missing photos”");
    expect(inLanguage('fr', chordTaken)).toBe(
      `Alt+1 lance désormais « Team photos », de l’équipe, et non la macro intégrée « ${inLanguage('fr', () => t('macro.request-missing-photos.name'))} »`,
    );
  });
});

describe('the options’ macro editor in German', () => {
  let container: HTMLElement | undefined;
  let db: ReturnDeskDatabase | undefined;
  afterEach(() => {
    if (container) unmount(container);
    container = undefined;
    db?.close();
    db = undefined;
    setInterfaceLanguage('en');
    fakeBrowser.reset();
  });

  it('says a macro was deleted and restored in German', async () => {
    setInterfaceLanguage('de');
    db = new ReturnDeskDatabase(`status-messages-de-${Date.now()}`);
    await saveUserMacro(db, { id: 'mine', name: 'Mine', chord: null, steps: [{ kind: 'check-photos' }] });
    const view = mount(<MacrosEditor db={db} />);
    container = view;
    await until(() => expect(textOf(view)).toContain('Mine'));
    await click(button(view, 'Mine'));
    await click(button(view, t('macros.delete')));
    await until(() => expect(textOf(view)).toContain('Makro „Mine“ gelöscht.'));
    await click(button(view, t('macros.undoDelete')));
    await until(() => expect(textOf(view)).toContain('Makro „Mine“ wiederhergestellt.'));
  });
});

describe('a macro chord’s problems (the macro editor’s chordProblems)', () => {
  const context = {
    macros: builtinMacros.map((macro) => ({ ...macro, builtin: true, hidden: false })),
    templateIds: new Set<string>(),
    manifestChords: [],
  };
  const photosName = (language: InterfaceLanguage) => inLanguage(language, () => t('macro.request-missing-photos.name'));

  it('say why in French and German, naming the built-in macro in the language', () => {
    expect(inLanguage('fr', () => chordProblems('mine', 'Mine', 'Alt+1', context))).toEqual([
      `Alt+1 est déjà associé à « ${photosName('fr')} »`,
    ]);
    expect(inLanguage('de', () => chordProblems('mine', 'Mine', 'Shift+D', context))).toEqual([
      'Shift+D würde beim Tippen auslösen: Fügen Sie Ctrl oder Alt hinzu',
    ]);
    expect(inLanguage('fr', () => chordProblems('mine', 'Mine', 'Hyper+K', context))).toEqual([
      '« Hyper » n’est pas une touche de modification (Ctrl, Alt, Shift, Meta)',
    ]);
  });
});

describe('stored data sizes (the options’ privacy table)', () => {
  it('are written with the language’s decimal separator, and French units', () => {
    expect([formatBytes(120), formatBytes(830_000), formatBytes(1_450_000)]).toEqual(['120 B', '830 kB', '1.5 MB']);
    expect(inLanguage('fr', () => [formatBytes(120), formatBytes(830_000), formatBytes(1_450_000)])).toEqual(['120 o', '830 ko', '1,5 Mo']);
    expect(inLanguage('de', () => formatBytes(1_450_000))).toBe('1,5 MB');
    expect(inLanguage('es', () => formatBytes(12_000_000))).toBe('12,0 MB');
    expect(inLanguage('it', () => formatBytes(2_340_000))).toBe('2,3 MB');
  });
});

describe('French round millions', () => {
  it('take "de" (or "d’" before a vowel), as Spanish and Italian do', () => {
    const french = (key: Parameters<typeof translateIn>[1], count: number) => translateIn('fr', key, { count }).replace(/\u202f/g, ' ');
    expect(french('palette.resultCount', 1_000_000)).toBe('1 000 000 de résultats');
    expect(french('palette.resultCount', 1_000_001)).toBe('1 000 001 résultats');
    expect(french('numbers.withoutNumbers', 2_000_000)).toBe('2 000 000 d’images sans numéro');
    expect(french('photos.missingCount', 1)).toBe('1 photo manquante');
  });
});
